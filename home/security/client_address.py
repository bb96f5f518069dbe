"""The visitor's address: one definition for login throttling (django-axes) and the portal's
own rate limits, so that both count the same person.

Behind nginx or a load balancer, REMOTE_ADDR is the proxy's address and the visitor's is the
one the outermost trusted proxy appended to X-Forwarded-For; entries before it come from the
client and could be forged. The header is believed only when the request really comes from one
of the trusted proxies (`TRUSTED_PROXY_ADDRESSES`, the same list gunicorn's
`FORWARDED_ALLOW_IPS` holds): a client reaching gunicorn directly cannot name any address it
likes, and cannot pass as everyone else behind the proxy either.

Not django-ipware (8.0 on python-ipware 4.1, checked for this): its `proxy_list` is matched
against the addresses *inside* X-Forwarded-For, never against the peer that sent the request,
so a client reaching gunicorn directly can write a chain that passes; and without a list it
prefers the first globally routable address of the chain, which a client chooses too. django-axes
reads the address through this function (AXES_CLIENT_IP_CALLABLE), so the address is parsed in
one place only.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings


@lru_cache(maxsize=8)
def _networks(addresses):
    networks = []
    for address in addresses:
        if address == "*":
            return None  # every peer is a proxy (a platform that hides the load balancer's address)
        networks.append(ipaddress.ip_network(address, strict=False))
    return tuple(networks)


def _parse(text):
    try:
        address = ipaddress.ip_address(text.strip().strip("[]"))
    except ValueError:
        return None
    # An IPv4 visitor reaching an IPv6 socket arrives as ::ffff:a.b.c.d; count both as one.
    return address.ipv4_mapped or address if address.version == 6 else address


def is_trusted_proxy(remote_address: str) -> bool:
    networks = _networks(tuple(settings.TRUSTED_PROXY_ADDRESSES))
    if networks is None:
        return True
    address = _parse(remote_address)
    return address is not None and any(address in network for network in networks)


def client_address(request) -> str:
    """The visitor's address as the outermost trusted proxy saw it, else the peer's."""
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies and is_trusted_proxy(remote):
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= proxies:
            visitor = _parse(forwarded[-proxies])
            if visitor is not None:
                return str(visitor)
    peer = _parse(remote)
    return str(peer) if peer is not None else remote

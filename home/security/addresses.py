"""Which network addresses the portal's server may connect to on an address given to it.

The server sits next to its database, Redis and the cloud's metadata service; requests to
addresses that come from configuration or from editors go to the public internet only.
Shared by the calendar import and the machine translation engines.
"""

import ipaddress

# IPv6 prefixes that carry an IPv4 address a gateway would connect to.
NAT64 = ipaddress.ip_network("64:ff9b::/96")
NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")


def embedded_ipv4(address):
    """The IPv4 address an IPv6 address stands for (mapped, 6to4, Teredo, NAT64), if any."""
    if address.version != 6:
        return None
    if address.ipv4_mapped:
        return address.ipv4_mapped
    if address.sixtofour:
        return address.sixtofour
    if address.teredo:
        return address.teredo[1]
    if address in NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def is_loopback(address) -> bool:
    embedded = embedded_ipv4(address)
    return (embedded or address).is_loopback


def is_public(address) -> bool:
    """Whether the portal may connect to ``address``: a global unicast address, nothing local."""
    embedded = embedded_ipv4(address)
    if embedded is not None and not is_public(embedded):
        return False
    if address.version == 6 and address in NAT64_LOCAL:
        return False
    return address.is_global and not (
        address.is_multicast
        or address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_reserved
        or address.is_unspecified
    )

"""A small cache-based rate limit for the portal's public forms.

Counts submissions per client address in fixed windows; enough to stop a
script from flooding an organisation's inbox without keeping any log.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache


def client_address(request) -> str:
    """The visitor's address, also behind nginx or a load balancer.

    Behind `TRUSTED_PROXY_COUNT` proxies, REMOTE_ADDR is the nearest proxy's address and the
    visitor's is the one the outermost trusted proxy appended to X-Forwarded-For; entries
    before it come from the client and could be forged.
    """
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def client_key(request) -> str:
    # Only a hash of the address is kept, and only for the window's length.
    return hashlib.sha256(client_address(request).encode()).hexdigest()[:32]


def hit(request, scope: str, *, limit: int, window_seconds: int) -> bool:
    """Count one attempt; False once the client has used up `limit` in the window."""
    key = f"ratelimit:{scope}:{client_key(request)}"
    cache.add(key, 0, timeout=window_seconds)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window_seconds)
        count = 1
    return count <= limit

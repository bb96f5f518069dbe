"""A small cache-based rate limit for the portal's public forms.

Counts submissions per client address in fixed windows; enough to stop a
script from flooding an organisation's inbox without keeping any log.
"""

import hashlib

from django.core.cache import cache

from home.client_address import client_address


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

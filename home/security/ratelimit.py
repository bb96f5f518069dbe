"""A small cache-based rate limit for the portal's public forms and the search.

Counts per client address in fixed windows; enough to stop a script from flooding an
organisation's inbox without keeping any log. The forms count only what was stored: a visitor
who mistyped an address twice has sent nothing, and is not told otherwise. The limits are
generous, because an office, a library or a mobile network puts many people behind one address.

A cache that is down lets everything through (fail open): losing a visitor's message would be
worse than a flood of a few minutes.
"""

import hashlib
import logging

from django.core.cache import cache

from home.security.client_address import client_address

logger = logging.getLogger("mokme.ratelimit")


def client_key(request) -> str:
    # Only a hash of the address is kept, and only for the window's length.
    return hashlib.sha256(client_address(request).encode()).hexdigest()[:32]


def _key(request, scope, identity=None):
    # By default the visitor's address; `identity` counts something else (an e-mail address).
    if identity is not None:
        return f"ratelimit:{scope}:{hashlib.sha256(identity.encode()).hexdigest()[:32]}"
    return f"ratelimit:{scope}:{client_key(request)}"


def _count(key, window_seconds):
    """Adds one to the window's counter; the new count, or None when the cache is down."""
    try:
        if cache.add(key, 1, timeout=window_seconds):
            return 1
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window_seconds)
        return 1
    except Exception:
        logger.warning("Rate limit not counted: the cache is unavailable", exc_info=True)
        return None


def allows(request, scope: str, *, limit: int, identity: str | None = None) -> bool:
    """Whether the visitor may send once more in the current window; counts nothing."""
    try:
        used = cache.get(_key(request, scope, identity)) or 0
    except Exception:
        logger.warning("Rate limit not checked: the cache is unavailable", exc_info=True)
        return True
    return used < limit


def count_stored(request, scope: str, *, window_seconds: int, identity: str | None = None) -> None:
    """Counts one submission that was stored (or one mail that was sent)."""
    _count(_key(request, scope, identity), window_seconds)


def hit(request, scope: str, *, limit: int, window_seconds: int) -> bool:
    """Counts one request that costs whether or not it succeeds (a search); False once over."""
    count = _count(_key(request, scope), window_seconds)
    return count is None or count <= limit

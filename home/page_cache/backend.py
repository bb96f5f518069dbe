"""The shared cache (Redis) as something the portal can do without.

Redis holds the page cache, Wagtail's site lookup and the rate limits' counters: all of it can
be rebuilt from the database. So when Redis is down or cut off, every cache call answers as a
miss (reads) or is dropped (writes) instead of raising, and the portal serves, slower, from
PostgreSQL. After a failure, Redis is not asked again for `RETRY_AFTER_SECONDS`, so that a
dead cache costs one short timeout every few seconds, not one per call.
"""

import functools
import logging
import threading
import time

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from django.core.cache.backends.redis import RedisCache, RedisCacheClient

logger = logging.getLogger("mokme.cache")

# Errors of an unreachable or failing Redis; programming errors are not swallowed.
CACHE_OUTAGES = (redis.exceptions.RedisError, OSError)

# What each call answers while Redis is away: a miss, or "not stored".
FALLBACKS = {
    "add": lambda *args, **kwargs: False,
    "get": lambda key, default=None, version=None: default,
    "set": lambda *args, **kwargs: None,
    "touch": lambda *args, **kwargs: False,
    "delete": lambda *args, **kwargs: False,
    "get_many": lambda *args, **kwargs: {},
    "has_key": lambda *args, **kwargs: False,
    "incr": lambda *args, **kwargs: None,
    "decr": lambda *args, **kwargs: None,
    "set_many": lambda data, *args, **kwargs: list(data),
    "delete_many": lambda *args, **kwargs: None,
    "clear": lambda *args, **kwargs: False,
}


class _Outage:
    """Per process and server: whether Redis failed a moment ago (cache objects are per thread)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.until = {}

    def active(self, location):
        return time.monotonic() < self.until.get(location, 0.0)

    def begin(self, location, seconds, error):
        with self.lock:
            was_up = not self.active(location)
            self.until[location] = time.monotonic() + seconds
        if was_up:
            logger.warning("Cache unavailable, serving without it for now: %r", error)

    def end(self, location):
        if self.until.pop(location, None) is not None:
            logger.warning("Cache available again")


OUTAGE = _Outage()


def _resilient(name):
    original = getattr(RedisCache, name)
    fallback = FALLBACKS[name]

    @functools.wraps(original)
    def call(self, *args, **kwargs):
        if OUTAGE.active(self._location):
            return fallback(*args, **kwargs)
        try:
            return original(self, *args, **kwargs)
        except CACHE_OUTAGES as error:
            OUTAGE.begin(self._location, self.retry_after, error)
            return fallback(*args, **kwargs)

    return call


class ReusedClientRedisCacheClient(RedisCacheClient):
    """Django's client, which keeps one redis-py client per connection pool.

    Django makes a new redis-py client for every cache call, and redis-py fills some 170
    response callbacks into each: for a page-cache hit (page, tag versions, view count) that
    was more CPU than everything else the hit does. A redis-py client may be shared by threads:
    it takes a connection from its pool for each command.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._clients[index] = self._client(connection_pool=self._get_connection_pool(write))
        return client


# One command where a pipeline of MGET and HINCRBY took a fifth more of the client's CPU (redis-py
# builds a pipeline and parses two replies). Sent whole each time (EVAL, ~100 bytes; Redis keeps
# it compiled): EVALSHA would need a second round trip whenever Redis restarted.
GET_MANY_AND_HINCRBY = (
    "local values = redis.call('MGET', unpack(KEYS)) redis.call('HINCRBY', ARGV[1], ARGV[2], 1) return values"
)


class ResilientRedisCache(RedisCache):
    """Django's Redis cache that answers a miss instead of raising while Redis is away.

    OPTIONS as for Django's RedisCache, plus ``RETRY_AFTER_SECONDS`` (default 5). Connecting
    and each command time out after half a second and are not retried by redis-py: the
    portal would rather render a page afresh than wait for the cache.
    """

    def __init__(self, server, params):
        params = dict(params)
        options = dict(params.get("OPTIONS") or {})
        self.retry_after = float(options.pop("RETRY_AFTER_SECONDS", 5))
        options.setdefault("socket_connect_timeout", 0.5)
        options.setdefault("socket_timeout", 0.5)
        options.setdefault("retry", Retry(NoBackoff(), 0))
        params["OPTIONS"] = options
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient
        self._location = server if isinstance(server, str) else ",".join(server)

    def get_many_and_hincrby(self, keys, name, field):
        """``get_many(keys)`` and one HINCRBY of ``field`` in the hash ``name``, in one round trip.

        The page cache looks a page up and counts its view together (home.page_views). While
        Redis is away: nothing found, nothing counted, as for every other call.
        """
        if OUTAGE.active(self._location):
            return {}, False
        # The page cache's own keys (a hash and tag paths), so not checked for memcached's
        # forbidden characters letter by letter, as Django's calls do.
        redis_keys = [self.make_key(key) for key in keys]
        try:
            client = self._cache.get_client(write=True)
            values = client.eval(
                GET_MANY_AND_HINCRBY, len(redis_keys), *redis_keys, self.make_key(name), field
            )
        except CACHE_OUTAGES as error:
            OUTAGE.begin(self._location, self.retry_after, error)
            return {}, False
        loads = self._cache._serializer.loads
        return {key: loads(value) for key, value in zip(keys, values, strict=True) if value is not None}, True

    def is_available(self) -> bool:
        """Asks Redis itself, also during an outage (the readiness probe)."""
        try:
            self._cache.get_client(write=True).ping()
        except CACHE_OUTAGES:
            return False
        OUTAGE.end(self._location)
        return True


for _name in FALLBACKS:
    setattr(ResilientRedisCache, _name, _resilient(_name))

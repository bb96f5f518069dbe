"""What several test modules of the portal's core share."""

import pytest

from django.core.cache import caches


def _record_cache_calls(monkeypatch, record):
    """Calls ``record`` with the keys of each read of the shared cache, one call per round trip.

    The tests' local-memory cache answers ``get_many`` with a ``get`` per key; those are part of
    the one call, as Redis answers it in one round trip."""
    cache = caches["default"]
    get, get_many = cache.get, cache.get_many
    inside = []

    def counted_get(key, *args, **kwargs):
        if not inside:
            record([key])
        return get(key, *args, **kwargs)

    def counted_get_many(keys, *args, **kwargs):
        record(list(keys))
        inside.append(True)
        try:
            return get_many(keys, *args, **kwargs)
        finally:
            inside.pop()

    monkeypatch.setattr(cache, "get", counted_get)
    monkeypatch.setattr(cache, "get_many", counted_get_many)


@pytest.fixture
def cache_reads(monkeypatch):
    """The keys the request asked the shared cache for, in order."""
    reads = []
    _record_cache_calls(monkeypatch, reads.extend)
    return reads


@pytest.fixture
def cache_calls(monkeypatch):
    """The shared cache's reads, each a list of the keys it asked for."""
    calls = []
    _record_cache_calls(monkeypatch, calls.append)
    return calls

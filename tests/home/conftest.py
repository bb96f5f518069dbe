"""What several test modules of the portal's core share."""

import pytest

from django.core.cache import caches


@pytest.fixture
def cache_reads(monkeypatch):
    """The keys the request asked the shared cache for, in order."""
    cache = caches["default"]
    reads = []
    get, get_many = cache.get, cache.get_many

    def counted_get(key, *args, **kwargs):
        reads.append(key)
        return get(key, *args, **kwargs)

    def counted_get_many(keys, *args, **kwargs):
        reads.extend(keys)
        return get_many(keys, *args, **kwargs)

    monkeypatch.setattr(cache, "get", counted_get)
    monkeypatch.setattr(cache, "get_many", counted_get_many)
    return reads

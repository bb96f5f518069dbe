"""Helpers shared by the tests."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def count_queries(client, url, **kwargs) -> int:
    """Database queries of one request, after a first request warmed the caches."""
    assert client.get(url, **kwargs).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **kwargs)
    assert response.status_code == 200
    return len(queries)

"""Helpers shared by the tests."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.page_cache import renew
from home.page_cache.fragments import PARTS


def count_queries(client, url, **kwargs) -> int:
    """Database queries of one request, after a first request warmed the caches.

    The page's shared parts (the home page's sections) are rendered afresh, as after a change:
    what is counted is what rendering the page costs, which must not grow with what it lists.
    """
    assert client.get(url, **kwargs).status_code == 200
    renew({PARTS})
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **kwargs)
    assert response.status_code == 200
    return len(queries)


def sql_of(client, url, **kwargs) -> list[str]:
    """The SQL of every query one request runs (the page must answer 200)."""
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, **kwargs).status_code == 200
    return [query["sql"] for query in queries.captured_queries]


def tables_read(client, url, tables) -> list[str]:
    """The SQL of one request's queries that read any of ``tables`` (quoted names)."""
    return [sql for sql in sql_of(client, url) if any(table in sql for table in tables)]


def counts_run(client, url) -> int:
    """How many COUNT queries one request runs (a list's kept count runs none)."""
    return sum("COUNT(" in sql for sql in sql_of(client, url))

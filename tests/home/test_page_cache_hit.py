"""A page-cache hit does nothing a fresh page would not need: no database, no template, no
session, no language negotiation, and one round trip to Redis that also counts the view."""

import uuid
from unittest import mock

import pytest
import redis
import time_machine
from redis.connection import Connection

from django.contrib.sessions.backends.base import SessionBase
from django.core.management import call_command
from django.test import override_settings
from django.utils import translation

from home.models import PageViewCount
from home.page_views import redis_client
from tests.factories import StandardPageFactory
from tests.home.test_page_views import DESKTOP, NOW, redis_running

pytestmark = pytest.mark.skipif(not redis_running(), reason="needs the machine's Redis")

REDIS_DB = 11


@pytest.fixture
def redis_cache():
    prefix = f"hit-{uuid.uuid4().hex[:8]}"
    caches = {
        "default": {
            "BACKEND": "home.page_cache.backend.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:6379/{REDIS_DB}",
            "KEY_PREFIX": prefix,
        }
    }
    with override_settings(CACHES=caches, PAGE_CACHE_SECONDS=600), time_machine.travel(NOW, tick=False):
        yield
        client = redis_client()
        for key in client.scan_iter(match=f"{prefix}:*"):
            client.delete(key)


@pytest.fixture
def about(home_page):
    page = StandardPageFactory(parent=home_page, title="Über uns", slug="ueber-uns")
    page.save_revision().publish()
    return page


def spy(owner, name):
    return mock.patch.object(owner, name, autospec=True, side_effect=getattr(owner, name))


def views(page):
    call_command("flush_page_views", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return sum(row.views for row in PageViewCount.objects.filter(page=page))


def test_a_hit_asks_redis_once_and_nothing_else(client, redis_cache, about, django_assert_num_queries):
    first = client.get("/de/ueber-uns/", HTTP_USER_AGENT=DESKTOP)
    assert first["X-Cache"] == "miss"

    with (
        django_assert_num_queries(0),
        spy(Connection, "send_packed_command") as round_trips,
        spy(redis.Redis, "__init__") as new_clients,
        spy(SessionBase, "__init__") as sessions,
        spy(translation, "get_language_from_request") as negotiations,
        spy(translation, "get_language_from_path") as prefixes_read,
    ):
        hit = client.get("/de/ueber-uns/", HTTP_USER_AGENT=DESKTOP)

    assert hit["X-Cache"] == "hit"
    assert hit.content == first.content
    assert hit.templates == []
    assert round_trips.call_count == 1
    assert not new_clients.called
    assert not sessions.called
    assert not negotiations.called
    assert not prefixes_read.called
    # The view was counted in that round trip: the fresh visit and the hit.
    assert views(about) == 2


def test_a_view_counted_with_a_stale_lookup_is_not_counted_again_when_rendered_afresh(
    client, redis_cache, about
):
    client.get("/de/ueber-uns/", HTTP_USER_AGENT=DESKTOP)
    assert client.get("/de/ueber-uns/", HTTP_USER_AGENT=DESKTOP)["X-Cache"] == "hit"
    about.title = "Über den Verein"
    about.save_revision().publish()

    fresh = client.get("/de/ueber-uns/", HTTP_USER_AGENT=DESKTOP)

    assert fresh["X-Cache"] == "miss"
    assert "Über den Verein" in fresh.content.decode()
    assert views(about) == 3


def test_a_bots_hit_is_served_from_the_cache_and_not_counted(client, redis_cache, about):
    client.get("/de/ueber-uns/", HTTP_USER_AGENT=DESKTOP)

    hit = client.get("/de/ueber-uns/", HTTP_USER_AGENT="Mozilla/5.0 (compatible; Googlebot/2.1)")

    assert hit["X-Cache"] == "hit"
    assert views(about) == 1


def test_a_view_counted_for_a_page_since_unpublished_is_taken_back(client, redis_cache, about):
    client.get("/de/ueber-uns/", HTTP_USER_AGENT=DESKTOP)
    assert client.get("/de/ueber-uns/", HTTP_USER_AGENT=DESKTOP)["X-Cache"] == "hit"
    about.unpublish()

    assert client.get("/de/ueber-uns/", HTTP_USER_AGENT=DESKTOP).status_code == 404

    assert views(about) == 2


def test_an_answer_the_cache_cannot_keep_is_not_looked_up_again(client, redis_cache, home_page):
    """A search's results are never stored: from its second request on, the page cache does not
    ask Redis for it first (one round trip less per search), nor work out its key (the host check
    and a SHA-256 of the address)."""
    import home.page_cache as page_cache

    with spy(page_cache, "_fetch") as lookups, spy(page_cache, "_page_key") as keys:
        for _ in range(3):
            assert client.get("/de/suche/?q=Sprachcafe", HTTP_USER_AGENT=DESKTOP).status_code == 200
        # Another search is another address, asked for once.
        assert client.get("/de/suche/?q=Teestube", HTTP_USER_AGENT=DESKTOP).status_code == 200
    assert lookups.call_count == 2
    assert keys.call_count == 2


def test_an_address_that_was_not_found_is_cached_once_a_page_is_published_there(
    client, redis_cache, home_page
):
    assert client.get("/de/ueber-uns/", HTTP_USER_AGENT=DESKTOP).status_code == 404
    page = StandardPageFactory(parent=home_page, title="Über uns", slug="ueber-uns")
    page.save_revision().publish()
    fresh = client.get("/de/ueber-uns/", HTTP_USER_AGENT=DESKTOP)
    assert fresh.status_code == 200
    assert fresh["X-Cache"] == "miss"
    assert client.get("/de/ueber-uns/", HTTP_USER_AGENT=DESKTOP)["X-Cache"] == "hit"


def test_a_hit_reads_its_tags_without_unpickling_them_and_the_date_without_converting_the_time(
    client, redis_cache, about
):
    """Each hit checks the versions of the page's tags and names the day in its key and its view
    count: plain numbers to read, and a date worked out once a day, not per request."""
    import django.core.cache.backends.redis as redis_backend
    from django.utils import timezone

    first = client.get("/de/ueber-uns/", HTTP_USER_AGENT=DESKTOP)
    with (
        spy(redis_backend.pickle, "loads") as unpickled,
        spy(timezone, "get_current_timezone") as zones_looked_up,
        spy(timezone, "get_default_timezone") as default_zones_looked_up,
    ):
        hit = client.get("/de/ueber-uns/", HTTP_USER_AGENT=DESKTOP)

    assert hit["X-Cache"] == "hit"
    assert unpickled.call_count == 1  # the page; its tags (site, home, the page) are numbers
    assert not zones_looked_up.called and not default_zones_looked_up.called
    # The stored headers come back as they were sent, not checked and written one by one.
    assert {**hit.headers, "X-Cache": "miss"} == dict(first.headers)
    assert views(about) == 2

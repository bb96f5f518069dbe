"""Cookieless counts: each reader's view of a page, fresh or from the page cache, is counted once
per page, language, day and device class, in Redis, and added to PostgreSQL by the scheduled job;
bots are not counted, nothing identifies a visitor, and Redis going away loses nothing already
added and never breaks a page."""

import datetime
import socket
import time
import uuid
from unittest import mock

import pytest
import redis
import time_machine
from bs4 import BeautifulSoup

from django.core.cache import caches
from django.core.management import call_command
from django.test import override_settings

from home.models import PageViewBatch, PageViewCount, PortalSettings
from home.page_cache.backend import OUTAGE
from home.page_views import hash_key, redis_client
from tests.factories import StandardPageFactory
from tests.relay import Relay

REDIS = ("127.0.0.1", 6379)
REDIS_DB = 12
NOW = datetime.datetime(2026, 11, 26, 10, 0, tzinfo=datetime.UTC)
PHONE = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/130 Mobile Safari/537.36"
DESKTOP = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130 Safari/537.36"


def redis_running():
    try:
        socket.create_connection(REDIS, timeout=0.5).close()
    except OSError:
        return False
    return True


pytestmark = pytest.mark.skipif(not redis_running(), reason="needs the machine's Redis")


def redis_caches(port=REDIS[1]):
    return {
        "default": {
            "BACKEND": "home.page_cache.backend.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/{REDIS_DB}",
            "KEY_PREFIX": f"views-{uuid.uuid4().hex[:8]}",
            "OPTIONS": {"RETRY_AFTER_SECONDS": 0.2},
        }
    }


@pytest.fixture
def redis_cache():
    with (
        override_settings(CACHES=redis_caches(), PAGE_CACHE_SECONDS=600),
        time_machine.travel(NOW, tick=False),
    ):
        yield
        client = redis_client()
        if client is not None:
            for key in client.scan_iter(match=f"{hash_key()}*"):
                client.delete(key)


@pytest.fixture
def about(home_page):
    page = StandardPageFactory(parent=home_page, title="Über uns", slug="ueber-uns", title_tr="Hakkımızda")
    page.save_revision().publish()
    return page


def flush():
    call_command("flush_page_views", stdout=open("/dev/null", "w"))  # noqa: SIM115


def counts():
    return {
        (row.page_id, row.language, row.day.isoformat(), row.device): row.views
        for row in PageViewCount.objects.all()
    }


def fallback_counts():
    """(views, of which German in place of the language) per page and language, all devices."""
    totals = {}
    for row in PageViewCount.objects.all():
        views, fallback_views = totals.get((row.page_id, row.language), (0, 0))
        totals[(row.page_id, row.language)] = (views + row.views, fallback_views + row.fallback_views)
    return totals


def test_views_of_a_fresh_and_a_cached_page_are_counted_per_language_and_device(client, redis_cache, about):
    first = client.get("/de/ueber-uns/", HTTP_USER_AGENT=DESKTOP)
    second = client.get("/de/ueber-uns/", HTTP_USER_AGENT=DESKTOP)
    assert (first["X-Cache"], second["X-Cache"]) == ("miss", "hit")
    # The page's identity rides in the cache entry, never to the visitor.
    assert "X-Mokme-Page-View" not in second and "X-Mokme-Page-View" not in first
    client.get("/tr/ueber-uns/", HTTP_USER_AGENT=PHONE)
    client.get("/tr/ueber-uns/", HTTP_USER_AGENT=DESKTOP, HTTP_SEC_CH_UA_MOBILE="?1")
    flush()
    assert counts() == {
        (about.pk, "de", "2026-11-26", "desktop"): 2,
        (about.pk, "tr", "2026-11-26", "phone"): 2,
    }


def test_views_that_saw_the_german_text_in_place_of_a_missing_translation_are_told_apart(
    client, redis_cache, about, home_page
):
    contact = StandardPageFactory(parent=home_page, title="Kontakt", slug="kontakt")
    contact.save_revision().publish()
    # Not translated into Turkish: the Turkish address shows the German text, fresh and cached.
    first = client.get("/tr/kontakt/", HTTP_USER_AGENT=DESKTOP)
    second = client.get("/tr/kontakt/", HTTP_USER_AGENT=PHONE)
    assert (first["X-Cache"], second["X-Cache"]) == ("miss", "hit")
    assert 'lang="de"' in first.content.decode()
    client.get("/tr/ueber-uns/", HTTP_USER_AGENT=DESKTOP)
    client.get("/de/kontakt/", HTTP_USER_AGENT=DESKTOP)
    flush()
    assert fallback_counts() == {
        (contact.pk, "tr"): (2, 2),
        (about.pk, "tr"): (1, 0),
        (contact.pk, "de"): (1, 0),
    }


def test_bots_head_requests_and_missing_pages_are_not_counted(client, redis_cache, about):
    client.get("/de/ueber-uns/", HTTP_USER_AGENT="Mozilla/5.0 (compatible; Googlebot/2.1)")
    client.get("/de/ueber-uns/", HTTP_USER_AGENT="")
    client.get("/de/ueber-uns/", HTTP_USER_AGENT="Mozilla/5.0 (compatible; bingbot/2.0) crawler")
    client.head("/de/ueber-uns/", HTTP_USER_AGENT=DESKTOP)
    assert client.get("/de/gibt-es-nicht/", HTTP_USER_AGENT=DESKTOP).status_code == 404
    flush()
    assert counts() == {}


def test_flushing_twice_does_not_count_twice_and_later_views_are_added(client, redis_cache, about):
    client.get("/de/ueber-uns/", HTTP_USER_AGENT=DESKTOP)
    flush()
    flush()
    assert counts() == {(about.pk, "de", "2026-11-26", "desktop"): 1}
    client.get("/de/ueber-uns/", HTTP_USER_AGENT=DESKTOP)
    flush()
    assert counts() == {(about.pk, "de", "2026-11-26", "desktop"): 2}


def test_a_batch_left_by_a_crash_after_its_commit_is_not_added_again(client, redis_cache, about):
    from home.page_views import flush as flushing

    client.get("/de/ueber-uns/", HTTP_USER_AGENT=DESKTOP)
    # The job dies after committing, before deleting the batch from Redis.
    with (
        mock.patch.object(redis.Redis, "delete", side_effect=RuntimeError("killed")),
        pytest.raises(RuntimeError),
    ):
        flushing.flush()
    assert list(redis_client().scan_iter(match=f"{hash_key()}:batch:*"))
    flush()
    assert not list(redis_client().scan_iter(match=f"{hash_key()}:batch:*"))
    assert counts() == {(about.pk, "de", "2026-11-26", "desktop"): 1}


def test_names_of_added_batches_are_forgotten_after_a_week_and_a_retried_batch_still_counts_once(
    client, redis_cache, about
):
    from home.page_views import flush as flushing

    for days_ago in (8, 6):
        with time_machine.travel(NOW - datetime.timedelta(days=days_ago), tick=False):
            client.get("/de/ueber-uns/", HTTP_USER_AGENT=DESKTOP)
            flush()
    client.get("/de/ueber-uns/", HTTP_USER_AGENT=DESKTOP)
    # Today's job dies after committing its batch, before deleting it from Redis; the next run
    # retries that batch and forgets the names older than a week.
    with (
        mock.patch.object(redis.Redis, "delete", side_effect=RuntimeError("killed")),
        pytest.raises(RuntimeError),
    ):
        flushing.flush()
    with time_machine.travel(NOW + datetime.timedelta(minutes=5), tick=False):
        flush()
    kept = sorted(batch.flushed_at.date().isoformat() for batch in PageViewBatch.objects.all())
    assert kept == ["2026-11-20", "2026-11-26"]
    assert counts() == {
        (about.pk, "de", "2026-11-18", "desktop"): 1,
        (about.pk, "de", "2026-11-20", "desktop"): 1,
        (about.pk, "de", "2026-11-26", "desktop"): 1,
    }


def test_a_redis_outage_keeps_what_was_added_and_never_breaks_a_page(client, about):
    relay = Relay(REDIS)
    relay.start()
    try:
        with (
            override_settings(CACHES=redis_caches(relay.port), PAGE_CACHE_SECONDS=600),
            time_machine.travel(NOW, tick=False),
        ):
            client.get("/de/ueber-uns/", HTTP_USER_AGENT=DESKTOP)
            flush()
            relay.stop()
            for _ in range(3):
                assert client.get("/de/ueber-uns/", HTTP_USER_AGENT=DESKTOP).status_code == 200
            # The job finds Redis away: it changes nothing and does not fail.
            flush()
            assert counts() == {(about.pk, "de", "2026-11-26", "desktop"): 1}
            relay.start()
            OUTAGE.until.clear()
            while not caches["default"].is_available():
                time.sleep(0.05)
            client.get("/de/ueber-uns/", HTTP_USER_AGENT=DESKTOP)
            flush()
            assert counts() == {(about.pk, "de", "2026-11-26", "desktop"): 2}
            for key in redis_client().scan_iter(match=f"{hash_key()}*"):
                redis_client().delete(key)
    finally:
        relay.stop()
        OUTAGE.until.clear()


def test_the_counts_hold_no_address_and_no_identifier_of_a_visitor():
    fields = {field.name for field in PageViewCount._meta.get_fields()}
    assert fields == {"id", "page", "language", "day", "device", "views", "fallback_views"}


def test_the_privacy_statement_describes_the_counts(client, redis_cache, home_page):
    page = StandardPageFactory(parent=home_page, title="Datenschutzerklärung", slug="datenschutz")
    page.save_revision().publish()
    portal = PortalSettings.for_site(home_page.get_site())
    portal.privacy_page = page
    portal.save()
    # Independent of the catalogues: the section is found by its class and heading.
    section = BeautifulSoup(client.get("/de/datenschutz/").content, "html.parser").select_one(
        "main .privacy-page-views"
    )
    assert section is not None and section.h2 is not None
    assert len(section.p.get_text(strip=True)) > 100
    # What is stored also tells views of the German text in place of a missing translation.
    fallback = section.select_one(".privacy-page-views-fallback")
    assert fallback is not None and len(fallback.get_text(strip=True)) > 80

"""What polling clients get: an ETag on every page, iCalendar, feed and the sitemap; 304 when
nothing changed, for GET and HEAD alike, from the page cache too; compressed bodies."""

import gzip

import brotli
import pytest
import time_machine

from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from tests.factories import (
    EventPageFactory,
    NewsPageFactory,
    PressArchivePageFactory,
    PressReleasePageFactory,
    berlin,
)

NOW = "2026-10-01 10:00 +0200"

URLS = [
    "/de/",
    "/de/veranstaltungen/",
    "/de/veranstaltungen/sprachcafe/",
    "/de/veranstaltungen/ical/",
    "/de/veranstaltungen/ical/?town=hilden",
    "/de/veranstaltungen/sprachcafe/ical/",
    "/de/veranstaltungen/feed/rss/",
    "/de/veranstaltungen/feed/atom/",
    "/de/aktuelles/feed/atom/",
    "/de/presse/feed/rss/",
    "/ar/alfaaliyat/feed/atom/",
    "/sitemap.xml",
]


@pytest.fixture(autouse=True)
def portal(home_page, calendar_page, news_index):
    with time_machine.travel(NOW, tick=False):
        EventPageFactory(
            parent=calendar_page,
            title="Sprachcafé",
            slug="sprachcafe",
            start=berlin(2026, 10, 6, 18),
            frequency="weekly",
            count=5,
        )
        NewsPageFactory(parent=news_index, title="Neues Angebot")
        press = PressArchivePageFactory(parent=home_page)
        PressReleasePageFactory(parent=press, title="Interkulturelle Woche")
    with time_machine.travel(NOW, tick=False):
        yield


def test_an_unchanged_answer_is_304_for_get_and_head(client):
    for url in URLS:
        first = client.get(url)
        assert first.status_code == 200, url
        etag = first["ETag"]
        again = client.get(url, headers={"if-none-match": etag})
        assert again.status_code == 304 and again.content == b"", url
        assert again["ETag"] == etag
        assert client.head(url, headers={"if-none-match": etag}).status_code == 304, url
        plain_head = client.head(url)
        assert plain_head.status_code == 200 and plain_head["ETag"] == etag, url
        assert client.get(url, headers={"if-none-match": '"something-else"'}).status_code == 200


def test_feed_readers_polling_with_if_modified_since_get_304(client):
    for url in ["/de/veranstaltungen/feed/rss/", "/de/aktuelles/feed/atom/"]:
        last_modified = client.get(url)["Last-Modified"]
        assert client.get(url, headers={"if-modified-since": last_modified}).status_code == 304, url


def test_the_page_cache_answers_with_the_same_validator(client, calendar_page):
    with override_settings(PAGE_CACHE_SECONDS=600):
        miss = client.get("/de/veranstaltungen/ical/")
        hit = client.get("/de/veranstaltungen/ical/")
        assert (miss["X-Cache"], hit["X-Cache"]) == ("miss", "hit")
        assert hit["ETag"] == miss["ETag"]
        assert (
            client.get("/de/veranstaltungen/ical/", headers={"if-none-match": hit["ETag"]}).status_code == 304
        )
        # A published change renews the cached page and its validator: the subscriber gets it.
        EventPageFactory(parent=calendar_page, title="Neu", start=berlin(2026, 10, 20, 18))
        changed = client.get("/de/veranstaltungen/ical/", headers={"if-none-match": miss["ETag"]})
        assert changed.status_code == 200 and changed["ETag"] != miss["ETag"]
        assert b"SUMMARY:Neu" in changed.content


@pytest.mark.parametrize(
    ("encoding", "decompress"), [("br", brotli.decompress), ("gzip, deflate", gzip.decompress)]
)
@pytest.mark.parametrize("url", ["/de/", "/de/veranstaltungen/ical/", "/de/presse/feed/rss/", "/sitemap.xml"])
def test_dynamic_responses_are_compressed(client, url, encoding, decompress):
    plain = client.get(url)
    compressed = client.get(url, headers={"accept-encoding": encoding})
    assert compressed["Content-Encoding"] == encoding.split(",")[0]
    assert "Accept-Encoding" in compressed["Vary"]
    assert decompress(compressed.content) == plain.content
    assert len(compressed.content) < len(plain.content)
    # Compressed or not, a revalidation of the same body still matches.
    assert (
        client.get(url, headers={"accept-encoding": encoding, "if-none-match": plain["ETag"]}).status_code
        == 304
    )


def test_a_client_refusing_brotli_gets_gzip(client):
    response = client.get("/de/", headers={"accept-encoding": "br;q=0, gzip"})
    assert response["Content-Encoding"] == "gzip"


def test_a_form_with_a_csrf_token_is_not_compressed(client):
    """BREACH: a secret in a compressed page can be guessed from its length."""
    with translation.override("de"):
        url = reverse("barrier_report")
    response = client.get(url, headers={"accept-encoding": "br, gzip"})
    assert response.status_code == 200 and b"csrfmiddlewaretoken" in response.content
    assert not response.has_header("Content-Encoding")
    assert "Accept-Encoding" in response["Vary"]


def test_a_page_from_the_page_cache_is_compressed_once_not_for_every_visitor(client, calendar_page):
    from unittest import mock

    from home.page_cache import http

    http._compressed_pages.clear()
    with (
        override_settings(PAGE_CACHE_SECONDS=600),
        mock.patch.object(http.brotli, "compress", wraps=brotli.compress) as compress,
    ):
        answers = [client.get("/de/veranstaltungen/", headers={"accept-encoding": "br"}) for _ in range(4)]
        assert [answer["X-Cache"] for answer in answers] == ["miss", "hit", "hit", "hit"]
        assert compress.call_count == 1
        assert {brotli.decompress(answer.content) for answer in answers} == {
            brotli.decompress(answers[0].content)
        }
        # A published change is a new body with a new ETag: compressed afresh, never the old one.
        EventPageFactory(parent=calendar_page, title="Neu im Kalender", start=berlin(2026, 10, 20, 18))
        changed = client.get("/de/veranstaltungen/", headers={"accept-encoding": "br"})
        assert "Neu im Kalender" in brotli.decompress(changed.content).decode()
        assert compress.call_count == 2

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


def test_a_browsers_accepted_codings_are_read_once_per_process_not_per_response(client):
    from home.page_cache.http import accepted_encodings

    firefox, refusing_brotli = "gzip, deflate, br, zstd", "br;q=0, gzip"
    accepted_encodings.cache_clear()
    for _ in range(3):
        assert client.get("/de/", headers={"accept-encoding": firefox})["Content-Encoding"] == "br"
        assert client.get("/de/", headers={"accept-encoding": refusing_brotli})["Content-Encoding"] == "gzip"
    assert accepted_encodings.cache_info().misses == 2


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


def test_the_page_cache_keeps_a_page_in_brotli_and_serves_those_bytes_as_they_are(client, calendar_page):
    """A tenth of the memory in Redis and of the bytes a hit reads from it; a brotli client's hit,
    in whichever app server process, neither compresses nor decompresses anything."""
    from unittest import mock

    from django.core.cache import cache
    from django.test import RequestFactory

    from home import page_cache
    from home.page_cache import http

    for day in range(1, 8):
        EventPageFactory(parent=calendar_page, title=f"Sprachcafé {day}", start=berlin(2026, 10, day, 18))
    with override_settings(PAGE_CACHE_SECONDS=600):
        plain = client.get("/de/veranstaltungen/")
        assert plain["X-Cache"] == "miss" and not plain.has_header("Content-Encoding")
        _versions, _status, _headers, coding, stored = cache.get(
            page_cache._page_key(RequestFactory().get("/de/veranstaltungen/"))
        )
        assert coding == "br" and brotli.decompress(stored) == plain.content
        assert len(stored) * 4 < len(plain.content)

        # Another process: nothing of this page in its memory.
        http._compressed_pages.clear()
        with (
            mock.patch.object(http.brotli, "compress", wraps=brotli.compress) as compress,
            mock.patch.object(http.brotli, "decompress", wraps=brotli.decompress) as decompress,
        ):
            hit = client.get("/de/veranstaltungen/", headers={"accept-encoding": "gzip, deflate, br, zstd"})
            assert hit["X-Cache"] == "hit" and hit["Content-Encoding"] == "br"
            assert (compress.call_count, decompress.call_count) == (0, 0)
        assert hit.content == stored
        assert int(hit["Content-Length"]) == len(stored)
        assert "Accept-Encoding" in hit["Vary"]
        assert hit["ETag"] == f"W/{plain['ETag']}"

        # Clients that take gzip or nothing get the same page.
        gzipped = client.get("/de/veranstaltungen/", headers={"accept-encoding": "gzip"})
        assert gzipped["Content-Encoding"] == "gzip" and gzip.decompress(gzipped.content) == plain.content
        again = client.get("/de/veranstaltungen/")
        assert again["X-Cache"] == "hit" and not again.has_header("Content-Encoding")
        assert again.content == plain.content and int(again["Content-Length"]) == len(plain.content)
        assert client.get("/de/veranstaltungen/", headers={"if-none-match": hit["ETag"]}).status_code == 304

"""News index and the RSS/Atom feeds of news, events and organisations, read by feedparser."""

import datetime

import feedparser
import pytest
from bs4 import BeautifulSoup

from tests.factories import EventPageFactory, NewsPageFactory, OrganisationPageFactory, berlin
from tests.utils import count_queries


@pytest.fixture
def news(news_index, directory):
    organisation = OrganisationPageFactory(parent=directory, title="Anatolia", slug="anatolia")
    today = datetime.date.today()
    for number in range(15):
        NewsPageFactory(
            parent=news_index,
            title=f"Portal-Nachricht {number}",
            date=today - datetime.timedelta(days=number),
        )
    NewsPageFactory(parent=organisation, title="Vereinsnachricht", date=today, title_tr="Dernek haberi")
    return organisation


def test_news_index_is_paginated_and_newest_first(client, news):
    soup = BeautifulSoup(client.get("/de/aktuelles/").content, "html.parser")
    titles = [a.get_text(strip=True) for a in soup.select(".news-item h2 a")]
    assert len(titles) == 12
    assert titles[0] in ("Vereinsnachricht", "Portal-Nachricht 0")
    assert soup.select_one('.pagination a[rel="next"]')["href"] == "?page=2"


def test_news_of_one_organisation(client, news):
    soup = BeautifulSoup(client.get("/de/aktuelles/?organisation=anatolia").content, "html.parser")
    assert [a.get_text(strip=True) for a in soup.select(".news-item h2 a")] == ["Vereinsnachricht"]
    assert client.get("/de/aktuelles/?organisation=gibt-es-nicht").status_code == 400


@pytest.mark.parametrize(
    "url",
    [
        "/de/aktuelles/feed/rss/",
        "/de/aktuelles/feed/atom/",
        "/de/aktuelles/feed/rss/?organisation=anatolia",
        "/tr/aktuelles/feed/atom/?organisation=anatolia",
        "/de/veranstaltungen/feed/rss/",
        "/de/veranstaltungen/feed/atom/?town=hilden",
        "/ar/alfaaliyat/feed/rss/",
    ],
)
def test_feeds_parse_without_errors(client, news, calendar_page, url):
    EventPageFactory(
        parent=calendar_page, title="Sprachcafé", start=berlin(2030, 1, 7, 18), frequency="weekly", count=3
    )
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.entries
    assert feed.feed.language == url.split("/")[1]
    for entry in feed.entries:
        assert entry.link.startswith("http://testserver/")


def test_feed_entries_in_the_visitors_language(client, news):
    feed = feedparser.parse(client.get("/tr/aktuelles/feed/rss/?organisation=anatolia").content)
    assert feed.entries[0].title == "Dernek haberi"


def test_pages_announce_their_feeds(client, news, calendar_page):
    for url, kinds in (
        ("/de/aktuelles/", {"application/rss+xml", "application/atom+xml"}),
        ("/de/veranstaltungen/", {"application/rss+xml", "application/atom+xml", "text/calendar"}),
        ("/de/organisationen/anatolia/", {"application/rss+xml", "application/atom+xml", "text/calendar"}),
    ):
        soup = BeautifulSoup(client.get(url).content, "html.parser")
        assert {link["type"] for link in soup.find_all("link", rel="alternate", type=True)} >= kinds


def test_feed_query_count_does_not_grow(client, news_index, calendar_page):
    NewsPageFactory(parent=news_index)
    EventPageFactory(parent=calendar_page, start=berlin(2030, 1, 7, 18))
    before = (
        count_queries(client, "/de/aktuelles/feed/rss/"),
        count_queries(client, "/de/veranstaltungen/feed/atom/"),
    )
    for _ in range(25):
        NewsPageFactory(parent=news_index)
        EventPageFactory(parent=calendar_page, start=berlin(2030, 1, 7, 18))
    after = (
        count_queries(client, "/de/aktuelles/feed/rss/"),
        count_queries(client, "/de/veranstaltungen/feed/atom/"),
    )
    assert after == before

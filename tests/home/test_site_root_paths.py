"""Page URLs are built from the site rows a request reads once (home.sites.site_root_paths).

Every page URL starts from its site's root path in the active language. wagtail-modeltranslation
asked the shared cache (Redis in production) for those paths again for every page URL built
without the request and whenever the language changed: the district's iCal feed made 300
round trips, every page's language switcher and hreflang links 22.
"""

import collections

import pytest
import time_machine

from django.utils import translation

from home import sites
from home.sites import site_root_paths
from tests.factories import (
    EventCalendarPageFactory,
    EventPageFactory,
    OrganisationIndexPageFactory,
    PressArchivePageFactory,
    PressReleasePageFactory,
    StandardPageFactory,
    berlin,
)

NOW = "2026-10-01 10:00 +0200"


def reads_of(client, cache_reads, url):
    client.get(url)  # the caches of this process filled
    cache_reads.clear()
    response = client.get(url)
    assert response.status_code == 200, url
    return list(cache_reads)


FEEDS = ("/de/veranstaltungen/ical/", "/de/veranstaltungen/feed/rss/", "/de/presse/feed/rss/")


@pytest.fixture
def calendar_page(home_page):
    return EventCalendarPageFactory(parent=home_page, title="Veranstaltungen", slug="veranstaltungen")


@pytest.fixture
def press_archive(home_page):
    return PressArchivePageFactory(parent=home_page, title="Presse", slug="presse")


def add_items(calendar_page, press_archive, first, last):
    for index in range(first, last):
        EventPageFactory(
            parent=calendar_page, title=f"Treffen {index}", start=berlin(2026, 10, 20 + index % 5, 18)
        )
        PressReleasePageFactory(parent=press_archive, title=f"Mitteilung {index}")


@time_machine.travel(NOW, tick=False)
def test_feeds_ask_the_cache_as_often_for_five_items_as_for_fifty(
    client, calendar_page, press_archive, cache_reads
):
    add_items(calendar_page, press_archive, 0, 5)
    five = {url: reads_of(client, cache_reads, url) for url in FEEDS}
    add_items(calendar_page, press_archive, 5, 50)
    fifty = {url: reads_of(client, cache_reads, url) for url in FEEDS}
    for url in FEEDS:
        assert len(fifty[url]) == len(five[url]), (url, collections.Counter(fifty[url]).most_common(3))


def test_a_page_asks_the_cache_for_the_site_rows_and_the_site_pages_once(
    client, home_page, calendar_page, cache_reads
):
    """Once per request for the request's site (home.sites.site_for_hostname) and the URLs of the
    page, its menu and its eleven language links (upstream asked 22 times more); once for the
    pages the home page links to under the site (the directory, the calendar, the news)."""
    StandardPageFactory(
        parent=home_page, title="Über uns", slug="ueber-uns", title_tr="Hakkımızda", slug_tr="hakkimizda"
    )
    OrganisationIndexPageFactory(parent=home_page, title="Organisationen", slug="organisationen")
    for url in ("/de/", "/ar/", "/de/ueber-uns/", "/tr/hakkimizda/"):
        reads = reads_of(client, cache_reads, url)
        assert reads.count(sites.CACHE_KEY) == 1, (url, collections.Counter(reads))
        assert reads.count(sites.PAGES_KEY) <= 1, (url, collections.Counter(reads))
        assert not [key for key in reads if "site_root_paths" in str(key)], url
    assert reads_of(client, cache_reads, "/de/").count(sites.PAGES_KEY) == 1


def test_the_root_paths_follow_the_language_of_each_link(rf, home_page):
    request = rf.get("/de/")
    with translation.override("tr"):
        turkish = site_root_paths(home_page, request)
    with translation.override("de"):
        german = site_root_paths(home_page, request)
    assert [path.root_path for path in german] == [home_page.url_path_de]
    assert [path.root_path for path in turkish] == [home_page.url_path_tr or home_page.url_path_de]

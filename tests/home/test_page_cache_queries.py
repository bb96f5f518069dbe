"""Random query strings do not fill the page cache: only the parameters a page understands make
a cache entry, in any order, and search results are never stored."""

import pytest

from django.test import override_settings

from tests.factories import (
    EventCalendarPageFactory,
    OrganisationIndexPageFactory,
    PressArchivePageFactory,
    StandardPageFactory,
)


@pytest.fixture(autouse=True)
def page_cache():
    with override_settings(PAGE_CACHE_SECONDS=600):
        yield


@pytest.fixture
def portal(home_page):
    StandardPageFactory(parent=home_page, title="Über uns", slug="ueber-uns")
    EventCalendarPageFactory(parent=home_page)
    OrganisationIndexPageFactory(parent=home_page)
    PressArchivePageFactory(parent=home_page)


def stored(client, url):
    """Whether a second request for ``url`` comes from the cache."""
    first = client.get(url)
    assert first.status_code == 200, url
    return client.get(url).get("X-Cache") == "hit"


@pytest.mark.parametrize(
    "url",
    [
        "/de/ueber-uns/?utm_source=newsletter",
        "/de/ueber-uns/?x=1",
        "/de/veranstaltungen/?town=hilden&cachebuster=81723",
        "/de/organisationen/?zufall=abc",
    ],
)
def test_unknown_parameters_make_no_cache_entry(client, portal, url):
    assert not stored(client, url)


def test_a_thousand_random_queries_leave_the_cache_as_it_was(client, portal):
    from django.core.cache import cache

    cache.clear()
    client.get("/de/ueber-uns/")
    before = len(cache._cache)
    for number in range(50):
        assert client.get(f"/de/ueber-uns/?r={number}").status_code == 200
    assert len(cache._cache) == before


def test_the_filters_a_page_understands_are_cached_in_any_order(client, portal):
    assert stored(client, "/de/veranstaltungen/?town=hilden")
    client.get("/de/organisationen/?town=hilden&field=culture")
    assert client.get("/de/organisationen/?field=culture&town=hilden")["X-Cache"] == "hit"


def test_search_results_are_never_stored(client, portal):
    assert not stored(client, "/de/presse/?q=Integration")
    assert not stored(client, "/de/organisationen/?q=Kultur")

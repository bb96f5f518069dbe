"""Anonymous visitors get pages from the cache, and a published change is visible at once."""

import datetime
from unittest import mock

import pytest
import time_machine

from django.core.cache import cache
from django.test import override_settings

from events.calendar.recurrence import materialise
from tests.factories import (
    EventCalendarPageFactory,
    EventPageFactory,
    OrganisationIndexPageFactory,
    OrganisationPageFactory,
    StandardPageFactory,
    berlin,
)

NOW = datetime.datetime(2026, 11, 26, 10, 0, tzinfo=datetime.UTC)


@pytest.fixture(autouse=True)
def page_cache():
    with override_settings(PAGE_CACHE_SECONDS=600), time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def portal(home_page):
    about = StandardPageFactory(
        parent=home_page, title="Über uns", slug="ueber-uns", title_tr="Hakkımızda", show_in_menus=True
    )
    calendar = EventCalendarPageFactory(parent=home_page)
    directory = OrganisationIndexPageFactory(parent=home_page)
    organisation = OrganisationPageFactory(parent=directory, title="Anatolia Kulturverein", slug="anatolia")
    return {"home": home_page, "about": about, "calendar": calendar, "organisation": organisation}


def visit(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response


def test_the_second_visit_comes_from_the_cache_without_the_database(
    client, portal, django_assert_num_queries
):
    first = visit(client, "/de/ueber-uns/")
    assert first["X-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = visit(client, "/de/ueber-uns/")
    assert second["X-Cache"] == "hit"
    assert second.content == first.content
    # Neither the browser nor a proxy keeps a copy that publishing could not renew.
    assert second["Cache-Control"] == first["Cache-Control"] == "max-age=0, must-revalidate"
    # The security headers are those of the current response, not stored ones.
    assert "Content-Security-Policy" in second


def test_a_published_change_is_visible_at_once_in_every_language(client, portal):
    about = portal["about"]
    for url in ("/de/ueber-uns/", "/tr/ueber-uns/", "/ar/ueber-uns/"):
        visit(client, url)
        assert visit(client, url)["X-Cache"] == "hit"

    about.title_de = "Wer wir sind"
    about.title_tr = "Biz kimiz"
    about.save_revision().publish()

    assert "Wer wir sind" in visit(client, "/de/ueber-uns/").content.decode()
    assert "Biz kimiz" in visit(client, "/tr/ueber-uns/").content.decode()
    # Arabic falls back to the new German title.
    assert "Wer wir sind" in visit(client, "/ar/ueber-uns/").content.decode()
    # The menu on every other page names the page anew.
    assert "Wer wir sind" in visit(client, "/de/").content.decode()


def test_a_new_event_appears_at_once_in_every_listing_and_feed(client, portal):
    urls = ["/de/", "/de/veranstaltungen/", "/de/veranstaltungen/feed/rss/", "/de/organisationen/anatolia/"]
    for url in urls:
        visit(client, url)
        assert visit(client, url)["X-Cache"] == "hit"

    EventPageFactory(
        parent=portal["organisation"], title="Sprachcafé Anatolia", start=berlin(2026, 12, 3, 18)
    )

    for url in urls:
        response = visit(client, url)
        assert response["X-Cache"] == "miss", url
        assert "Sprachcafé Anatolia" in response.content.decode(), url


def test_publishing_renews_only_the_pages_that_show_it(client, portal):
    visit(client, "/de/ueber-uns/")
    visit(client, "/de/organisationen/")

    EventPageFactory(parent=portal["calendar"], title="Fest", start=berlin(2026, 12, 5, 12))

    # Neither the about page nor the directory shows events.
    assert visit(client, "/de/ueber-uns/")["X-Cache"] == "hit"
    assert visit(client, "/de/organisationen/")["X-Cache"] == "hit"


def test_an_unpublished_page_is_gone_at_once(client, portal):
    event = EventPageFactory(
        parent=portal["calendar"], title="Fest", slug="fest", start=berlin(2026, 12, 5, 12)
    )
    visit(client, "/de/veranstaltungen/fest/")
    visit(client, "/de/veranstaltungen/")

    event.unpublish()

    assert client.get("/de/veranstaltungen/fest/").status_code == 404
    assert "Fest" not in visit(client, "/de/veranstaltungen/").content.decode()


def test_a_deleted_page_leaves_its_listing_and_the_sitemap_at_once(client, portal):
    event = EventPageFactory(
        parent=portal["calendar"], title="Fest", slug="fest", start=berlin(2026, 12, 5, 12)
    )
    visit(client, "/de/veranstaltungen/")
    sitemap = client.get("/sitemap.xml")
    assert b"/de/veranstaltungen/fest/" in sitemap.content
    assert client.get("/sitemap.xml")["X-Cache"] == "hit"

    event.delete()

    assert "Fest" not in visit(client, "/de/veranstaltungen/").content.decode()
    assert b"/de/veranstaltungen/fest/" not in client.get("/sitemap.xml").content


def test_a_moved_page_is_found_at_its_new_place_and_its_old_listing_forgets_it(client, portal):
    page = StandardPageFactory(parent=portal["about"], title="Team", slug="team")
    visit(client, "/de/ueber-uns/team/")
    visit(client, "/de/ueber-uns/")

    page.move(portal["organisation"], pos="last-child")

    assert client.get("/de/ueber-uns/team/").status_code in (301, 302, 404)
    assert visit(client, "/de/organisationen/anatolia/team/")["X-Cache"] == "miss"


def test_new_dates_of_a_recurring_event_show_at_once(client, portal):
    event = EventPageFactory(
        parent=portal["calendar"], title="Nähcafé", start=berlin(2026, 12, 1, 10), frequency="weekly", count=2
    )
    assert "Nähcafé" not in visit(client, "/de/veranstaltungen/2027/1/").content.decode()
    assert visit(client, "/de/veranstaltungen/2027/1/")["X-Cache"] == "hit"

    # The scheduled job extends series without publishing them.
    event.count = 10
    event.save(update_fields=["count"])
    materialise(event)

    assert "Nähcafé" in visit(client, "/de/veranstaltungen/2027/1/").content.decode()


def test_logged_in_editors_never_see_or_fill_the_cache(admin_client, portal):
    for _ in range(2):
        response = admin_client.get("/de/ueber-uns/")
        assert response.status_code == 200
        assert "X-Cache" not in response


def test_an_anonymous_copy_is_not_served_to_an_editor(client, admin_client, portal):
    visit(client, "/de/ueber-uns/")
    response = admin_client.get("/de/ueber-uns/")
    assert "X-Cache" not in response


def test_forms_with_their_token_are_never_cached(client, portal):
    for _ in range(2):
        response = client.get("/de/barriere-melden/")
        assert response.status_code == 200
        assert "X-Cache" not in response


def test_posts_are_never_answered_from_the_cache(client, portal):
    visit(client, "/de/ueber-uns/")
    response = client.post("/de/ueber-uns/", {})
    assert "X-Cache" not in response


def test_each_filter_is_cached_on_its_own(client, portal):
    visit(client, "/de/veranstaltungen/")
    response = client.get("/de/veranstaltungen/?town=hilden")
    assert response["X-Cache"] == "miss"
    assert client.get("/de/veranstaltungen/?town=hilden")["X-Cache"] == "hit"


def test_the_calendar_starts_afresh_at_midnight(client, portal):
    visit(client, "/de/veranstaltungen/")
    with time_machine.travel(NOW + datetime.timedelta(days=1), tick=False):
        assert visit(client, "/de/veranstaltungen/")["X-Cache"] == "miss"


def test_a_broken_cache_slows_the_portal_down_but_does_not_take_it_down(client, portal):
    real_get = cache.get

    def unreachable_for_pages(key, *args, **kwargs):
        if key.startswith("pagecache:"):
            raise ConnectionError("redis down")
        return real_get(key, *args, **kwargs)

    with mock.patch.object(cache, "get", side_effect=unreachable_for_pages):
        response = visit(client, "/de/ueber-uns/")
    assert "Über uns" in response.content.decode()


def test_with_the_cache_switched_off_every_page_is_rendered(client, portal):
    with override_settings(PAGE_CACHE_SECONDS=0):
        visit(client, "/de/ueber-uns/")
        assert "X-Cache" not in visit(client, "/de/ueber-uns/")


def test_app_servers_sharing_redis_see_a_publication_at_once(client, portal):
    """Production keeps the page cache in Redis, shared by every app server."""
    import os

    from django.core.cache import caches

    redis = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/9"),
            # One key space per test process, so parallel test workers do not meet.
            "KEY_PREFIX": f"mokme-test-{os.getpid()}",
        }
    }
    with override_settings(CACHES=redis):
        caches["default"].clear()
        try:
            visit(client, "/de/ueber-uns/")
            assert visit(client, "/de/ueber-uns/")["X-Cache"] == "hit"
            about = portal["about"]
            about.title_de = "Wer wir sind"
            about.save_revision().publish()
            response = visit(client, "/de/ueber-uns/")
            assert response["X-Cache"] == "miss"
            assert "Wer wir sind" in response.content.decode()
        finally:
            caches["default"].clear()


@pytest.mark.parametrize("url", ["/de/veranstaltungen/", "/de/organisationen/"])
def test_a_renamed_organisation_is_named_anew_in_every_filter_and_listing(client, portal, url):
    visit(client, url)
    assert visit(client, url)["X-Cache"] == "hit"
    organisation = portal["organisation"]
    organisation.title_de = "Anatolia Kultur- und Bildungsverein"
    organisation.save_revision().publish()
    assert "Anatolia Kultur- und Bildungsverein" in visit(client, url).content.decode()

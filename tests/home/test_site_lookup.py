"""Which site answers a request is looked up once, then taken from the cache (home/sites.py),
and a site or root page changed as the admin changes it answers the very next request."""

import itertools
import re
import socket
import time
import uuid

import pytest
import redis

from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from wagtail.models import Site

from home import sites
from tests.factories import (
    EventCalendarPageFactory,
    OrganisationIndexPageFactory,
    SiteFactory,
    StandardPageFactory,
)
from tests.home.test_page_views import REDIS_DB, redis_running
from tests.relay import Relay


@pytest.fixture
def about(home_page):
    return StandardPageFactory(parent=home_page, title="Über uns", slug="ueber-uns")


@pytest.fixture
def contact(home_page):
    return StandardPageFactory(parent=home_page, title="Kontakt", slug="kontakt")


def shown_page(client, host, path="/de/"):
    response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200
    return response.context["page"].specific


def site_queries(client, url="/de/", **kwargs):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, **kwargs).status_code == 200
    return [query["sql"] for query in queries if '"wagtailcore_site"' in query["sql"]]


def test_a_page_asks_the_database_for_its_site_only_the_first_time(client, home_page, about):
    assert site_queries(client)
    assert site_queries(client) == []
    # Every page of the site, and another hostname the default site answers for.
    assert site_queries(client, "/de/ueber-uns/") == []
    assert site_queries(client, HTTP_HOST="www.example") == []
    assert shown_page(client, "www.example") == home_page


def test_a_changed_hostname_answers_the_next_request(client, home_page, about):
    site = SiteFactory(hostname="verein.example", root_page=about)
    assert shown_page(client, "verein.example") == about

    site.hostname = "neu.example"
    site.save()

    assert shown_page(client, "verein.example") == home_page
    assert shown_page(client, "neu.example") == about


def test_a_changed_root_page_answers_the_next_request(client, home_page, about, contact):
    site = SiteFactory(hostname="verein.example", root_page=about)
    assert shown_page(client, "verein.example") == about

    site.root_page = contact
    site.save()

    assert shown_page(client, "verein.example") == contact


def test_a_new_default_site_answers_unknown_hostnames_at_once(client, home_page, about):
    portal = Site.objects.get(is_default_site=True)
    club = SiteFactory(hostname="verein.example", root_page=about)
    assert shown_page(client, "www.example") == home_page

    # As the admin must: the old default first, then the new one.
    portal.is_default_site = False
    portal.save()
    club.is_default_site = True
    club.save()

    assert shown_page(client, "www.example") == about


def test_a_deleted_site_leaves_its_hostname_to_the_default_site(client, home_page, about):
    site = SiteFactory(hostname="verein.example", root_page=about)
    assert shown_page(client, "verein.example") == about

    site.delete()

    assert shown_page(client, "verein.example") == home_page


def test_a_new_site_answers_its_hostname_at_once(client, home_page, about):
    assert shown_page(client, "verein.example") == home_page

    SiteFactory(hostname="verein.example", root_page=about)

    assert shown_page(client, "verein.example") == about


def test_the_root_pages_title_and_first_child_show_at_once(client, home_page, about):
    """The cached site carries its root page: a new title, and a first child under a root that had
    none (treebeard's get_children() trusts the root's child count), show on the next request."""
    SiteFactory(hostname="verein.example", root_page=about)
    assert "Sprachkurse" not in client.get("/de/", HTTP_HOST="verein.example").content.decode()

    about.title = "Über den Verein"
    about.save_revision().publish()
    StandardPageFactory(parent=about, title="Sprachkurse", slug="sprachkurse", show_in_menus=True)

    response = client.get("/de/", HTTP_HOST="verein.example")
    assert response.context["page"].title == "Über den Verein"
    assert "Sprachkurse" in response.content.decode()


def test_a_moved_root_page_still_shows_its_menu(client, home_page, about, contact):
    """The cached root page's tree path changes with a move; its menu is read by that path."""
    SiteFactory(hostname="verein.example", root_page=contact)
    StandardPageFactory(parent=contact, title="Anfahrt", slug="anfahrt", show_in_menus=True)
    assert "Anfahrt" in client.get("/de/", HTTP_HOST="verein.example").content.decode()

    contact.move(about, pos="last-child")

    response = client.get("/de/", HTTP_HOST="verein.example")
    assert response.context["page"] == contact
    assert "Anfahrt" in response.content.decode()


@pytest.fixture
def unreachable_redis():
    # A port nobody listens on: every cache call fails as when Redis is down.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    caches = {
        "default": {
            "BACKEND": "home.page_cache.backend.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
        }
    }
    with override_settings(CACHES=caches):
        yield


def test_without_the_cache_pages_still_answer_from_the_database(client, home_page, about, unreachable_redis):
    for _ in range(2):
        assert shown_page(client, "testserver") == home_page
        assert shown_page(client, "testserver", "/de/ueber-uns/") == about
    assert site_queries(client) != []


@pytest.mark.skipif(not redis_running(), reason="needs the machine's Redis")
def test_through_redis_the_site_is_shared_and_renewed(client, home_page, about):
    prefix = f"sites-{uuid.uuid4().hex[:8]}"
    caches = {
        "default": {
            "BACKEND": "home.page_cache.backend.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:6379/{REDIS_DB}",
            "KEY_PREFIX": prefix,
        }
    }
    with override_settings(CACHES=caches):
        site = SiteFactory(hostname="verein.example", root_page=about)
        assert shown_page(client, "verein.example") == about
        assert site_queries(client, HTTP_HOST="verein.example") == []
        site.hostname = "neu.example"
        site.save()
        assert shown_page(client, "verein.example") == home_page
    drop_keys(prefix)


@pytest.fixture
def relayed_redis():
    relay = Relay(("127.0.0.1", 6379))
    relay.start()
    prefix = f"sites-{uuid.uuid4().hex[:8]}"
    caches = {
        "default": {
            "BACKEND": "home.page_cache.backend.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{relay.port}/{REDIS_DB}",
            "KEY_PREFIX": prefix,
            "OPTIONS": {"RETRY_AFTER_SECONDS": 0.5},
        }
    }
    with override_settings(CACHES=caches):
        yield relay
    relay.stop()
    drop_keys(prefix)


def drop_keys(prefix):
    client = redis.Redis(host="127.0.0.1", port=6379, db=REDIS_DB)
    for key in client.scan_iter(match=f"{prefix}:*"):
        client.delete(key)


@pytest.mark.skipif(not redis_running(), reason="needs the machine's Redis")
def test_a_site_changed_while_redis_was_away_is_not_hidden_by_an_older_copy(
    client, home_page, about, relayed_redis
):
    site = SiteFactory(hostname="verein.example", root_page=about)
    assert shown_page(client, "verein.example") == about

    relayed_redis.stop()
    site.hostname = "neu.example"
    site.save()
    assert shown_page(client, "verein.example") == home_page
    relayed_redis.start()
    time.sleep(0.6)  # the cache is asked again after RETRY_AFTER_SECONDS

    assert shown_page(client, "verein.example") == home_page
    assert shown_page(client, "neu.example") == about


@override_settings(SITE_LOOKUP_CACHE=False)
def test_switched_off_every_request_asks_the_database(client, home_page):
    site_queries(client)
    assert site_queries(client) != []


def test_the_cached_lookup_chooses_as_wagtails_query(home_page, about):
    """Every hostname and port against sites that share hostnames, with and without a default."""
    portal = Site.objects.get(is_default_site=True)
    SiteFactory(hostname="a.example", port=80, root_page=about)
    SiteFactory(hostname="a.example", port=8080, root_page=about)
    SiteFactory(hostname="b.example", port=8000, root_page=about)
    SiteFactory(hostname="c.example", port=81, root_page=about)
    SiteFactory(hostname="c.example", port=82, root_page=about)
    hostnames = ["localhost", "a.example", "b.example", "c.example", "unknown.example"]
    ports = [80, 81, 8000, 8080, "443"]

    def answers(lookup):
        found = {}
        for hostname, port in itertools.product(hostnames, ports):
            try:
                found[hostname, port] = lookup(hostname, port).pk
            except Site.DoesNotExist:
                found[hostname, port] = None
        return found

    with_default = answers(sites.site_for_hostname)
    assert with_default == answers(sites._query_site_for_hostname)
    assert with_default["c.example", 80] == portal.pk

    portal.is_default_site = False
    portal.save()
    without_default = answers(sites.site_for_hostname)
    assert without_default == answers(sites._query_site_for_hostname)
    assert without_default["c.example", 80] is None
    assert without_default["b.example", 80] is not None


def test_the_pages_every_home_page_links_to_are_found_once_and_renewed_at_once(client, home_page):
    # The home page (and every subsite) links to the calendar, the news and the directory: found
    # by their place under the site's root, they are kept with the sites (home.sites.site_page)
    # and dropped with them when any page changes.
    calendar = EventCalendarPageFactory(parent=home_page, title="Veranstaltungen", slug="veranstaltungen")
    directory = OrganisationIndexPageFactory(parent=home_page, title="Vereine", slug="organisationen")

    def links():
        html = client.get("/de/").content.decode()
        return {
            "calendar": re.findall(r'href="(/de/[^"]*)\?when=week"', html),
            "html": html,
        }

    client.get("/de/")
    with CaptureQueriesContext(connection) as queries:
        first = links()
    assert first["calendar"] == ["/de/veranstaltungen/"]
    looked_up = [
        query["sql"]
        for query in queries
        if '"organisations_organisationindexpage"' in query["sql"] or '"content_type_id" IN' in query["sql"]
    ]
    assert looked_up == []

    calendar.slug = "termine"
    calendar.save_revision().publish()
    assert links()["calendar"] == ["/de/termine/"]

    directory_link = '<a href="/de/organisationen/"'
    assert directory_link in links()["html"]
    directory.unpublish()
    assert directory_link not in links()["html"]

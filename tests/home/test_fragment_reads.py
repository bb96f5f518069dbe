"""A visit reads its page's kept parts, the frame and their tags' versions in one round trip.

Each kept part was a round trip of its own to Redis (an event page made seven, ~0.1 ms each on
a loopback). The process remembers which keys each address looked up when it was last rendered
and reads them all at the first lookup of the next visit: hints only, so nothing that is no
longer true is shown."""

import pytest
from bs4 import BeautifulSoup

from django.test import override_settings

from home.page_cache import fragments, renew
from home.page_cache.fragments import shared_fragment
from home.per_request import memo_for_the_request
from tests.factories import (
    EventCalendarPageFactory,
    EventPageFactory,
    OrganisationPageFactory,
    PressArchivePageFactory,
    PressReleasePageFactory,
)
from tests.organisation_fixtures import directory  # noqa: F401


@pytest.fixture
def pages(home_page, directory):  # noqa: F811
    archive = PressArchivePageFactory(parent=home_page)
    calendar_page = EventCalendarPageFactory(parent=home_page)
    return {
        "event": EventPageFactory(parent=calendar_page, title="Kulturabend").url,
        "release": PressReleasePageFactory(parent=archive, title="Neue Beratungsstelle").url,
        "subsite": OrganisationPageFactory(parent=directory, title="Anatolia").url,
    }


def fragment_reads(calls):
    return [
        keys for keys in calls if any(":fragment:" in key or key.startswith("pagecache:tag:") for key in keys)
    ]


@override_settings(PAGE_CACHE_SECONDS=0)
@pytest.mark.parametrize("kind", ["event", "release", "subsite"])
def test_a_second_visit_reads_its_kept_parts_and_their_tags_in_one_round_trip(
    client, pages, kind, cache_calls
):
    url = pages[kind]
    first = client.get(url)
    cache_calls.clear()
    second = client.get(url)
    reads = fragment_reads(cache_calls)
    assert len(reads) == 1, reads
    # The frame (menu, footer) and at least two parts of the page itself.
    assert sum(":fragment:" in key for key in reads[0]) >= 4
    assert second.content == first.content


@override_settings(PAGE_CACHE_SECONDS=0)
def test_a_title_changed_between_two_visits_shows_at_once(client, pages):
    from wagtail.models import Page

    client.get(pages["event"])
    event = Page.objects.get(url_path__endswith="/kulturabend/").specific
    event.title = "Kulturabend mit Musik"
    event.save_revision().publish()
    page = BeautifulSoup(client.get(pages["event"]).content, "html.parser")
    assert page.h1.get_text(strip=True) == "Kulturabend mit Musik"


def test_a_tag_renewed_during_a_visit_is_read_again(rf, db):
    # A visit that changes what it shows (a form's answer that renews a page's tags) must not
    # check a later fragment against the versions it read before the change.
    rendered = []

    def render(name):
        return lambda: (rendered.append(name) or f"<p>{name} {len(rendered)}</p>", None)

    request = rf.get("/de/")
    with memo_for_the_request(address="testserver/de/?"):
        shared_fragment(request, "first", {"section"}, render("first"))
        shared_fragment(request, "second", {"section"}, render("second"))
    with memo_for_the_request(address="testserver/de/?"):
        assert shared_fragment(request, "first", {"section"}, render("first")) == "<p>first 1</p>"
        renew({"section"})
        assert shared_fragment(request, "second", {"section"}, render("second")) == "<p>second 3</p>"
    assert rendered == ["first", "second", "second"]


def test_a_fragment_kept_earlier_in_the_visit_is_read_back(rf, db):
    rendered = []

    def render():
        rendered.append(1)
        return "<p>Kontakt</p>", None

    request = rf.get("/de/")
    with memo_for_the_request(address="testserver/de/?"):
        shared_fragment(request, "contact", {"section"}, render)
        assert shared_fragment(request, "contact", {"section"}, render) == "<p>Kontakt</p>"
    assert rendered == [1]


@override_settings(PAGE_CACHE_SECONDS=0)
def test_made_up_addresses_do_not_grow_what_the_process_remembers(client, home_page, monkeypatch):
    monkeypatch.setattr(fragments, "_KEYS_BY_ADDRESS", {})
    monkeypatch.setattr(fragments, "_ADDRESSES_REMEMBERED", 5)
    for number in range(12):
        assert client.get(f"/de/?utm_source={number}").status_code == 200
        assert len(fragments._KEYS_BY_ADDRESS) <= 5

"""What a subscription's entries are built from: towns read once, addresses kept per process."""

import icalendar
import pytest
import time_machine

from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.models import Page

from events.calendar import addresses
from organisations.models import Town
from tests.factories import EventPageFactory, berlin

NOW = "2026-10-01 10:00 +0200"


def entries(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, response.status_code
    calendar = icalendar.Calendar.from_ical(response.content)
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


@pytest.fixture(autouse=True)
def no_kept_addresses():
    addresses._kept.clear()
    yield
    addresses._kept.clear()


@pytest.fixture
def url_parts_built(monkeypatch):
    """The pages whose address Wagtail built (the calendar's own among them)."""
    built = []
    original = Page.get_url_parts

    def recording(page, request=None):
        built.append(page.pk)
        return original(page, request)

    monkeypatch.setattr(Page, "get_url_parts", recording)
    return built


@time_machine.travel(NOW, tick=False)
def test_a_subscription_names_each_town_from_one_read_of_the_towns(client, calendar_page):
    """Each entry's place ends with its town in the subscription's language or German, read in
    one query over the towns in those two languages, not joined to each event."""
    hilden = Town.objects.get(slug="hilden")
    untranslated = Town.objects.create(name="Wülfrath-Düssel", slug="wuelfrath-duessel")
    for number in range(6):
        EventPageFactory(
            parent=calendar_page,
            title=f"Abend {number}",
            venue_town=hilden if number % 2 else untranslated,
            start=berlin(2026, 10, 5 + number, 18),
        )
    with CaptureQueriesContext(connection) as queries:
        found = entries(client, "/ar/alfaaliyat/ical/")
    with translation.override("ar"):
        arabic_hilden = Town.objects.get(pk=hilden.pk).name
    assert arabic_hilden != "Hilden"
    assert str(found["Abend 1"]["LOCATION"]) == f"Bürgerhaus, {arabic_hilden}"
    assert str(found["Abend 0"]["LOCATION"]) == "Bürgerhaus, Wülfrath-Düssel"
    sqls = [query["sql"] for query in queries.captured_queries]
    events_read = [sql for sql in sqls if "calendar_eventpage" in sql and "organisations_town" in sql]
    assert events_read == []
    towns_read = [
        sql for sql in sqls if sql.startswith('SELECT "organisations_town"."id", "organisations_town"."name_')
    ]
    assert len(towns_read) == 1
    assert '"name_ar"' in towns_read[0] and '"name_de"' in towns_read[0] and '"name_en"' not in towns_read[0]


@time_machine.travel(NOW, tick=False)
def test_a_feed_polled_again_builds_no_address_and_follows_a_renamed_event(
    client, calendar_page, url_parts_built
):
    """Calendar apps poll the same feed: its addresses are built once per process, in each
    language and for each host, and a renamed event names its new address on the next poll."""
    events = [
        EventPageFactory(
            parent=calendar_page, title=f"Abend {number}", start=berlin(2026, 10, 5 + number, 18)
        )
        for number in range(3)
    ]
    event_pks = {event.pk for event in events}
    url_parts_built.clear()
    first = entries(client, "/de/veranstaltungen/ical/")
    assert sorted(pk for pk in url_parts_built if pk in event_pks) == sorted(event_pks)
    url_parts_built.clear()

    again = entries(client, "/de/veranstaltungen/ical/")
    assert event_pks.isdisjoint(url_parts_built)
    assert {name: str(event["URL"]) for name, event in again.items()} == {
        name: str(event["URL"]) for name, event in first.items()
    }
    assert str(again["Abend 0"]["URL"]) == "http://testserver/de/veranstaltungen/abend-0/"

    english = entries(client, "/en/veranstaltungen/ical/")
    assert str(english["Abend 0"]["URL"]) == "http://testserver/en/veranstaltungen/abend-0/"
    other_host = entries(client, "/de/veranstaltungen/ical/", HTTP_HOST="localhost")
    assert str(other_host["Abend 0"]["URL"]) == "http://localhost/de/veranstaltungen/abend-0/"

    # One request asking in two languages gets each language's address.
    request = RequestFactory().get("/de/veranstaltungen/ical/")
    with translation.override("de"):
        german = addresses.absolute_url(events[1], request)
    with translation.override("en"):
        english_address = addresses.absolute_url(events[1], request)
    assert (german, english_address) == (
        "http://testserver/de/veranstaltungen/abend-1/",
        "http://testserver/en/veranstaltungen/abend-1/",
    )

    renamed = events[0]
    renamed.slug_de = "sommerabend"
    renamed.save_revision().publish()
    url_parts_built.clear()  # publishing built its addresses too
    after = entries(client, "/de/veranstaltungen/ical/")
    assert str(after["Abend 0"]["URL"]) == "http://testserver/de/veranstaltungen/sommerabend/"
    assert str(after["Abend 1"]["URL"]) == "http://testserver/de/veranstaltungen/abend-1/"
    assert [pk for pk in url_parts_built if pk in event_pks] == [renamed.pk]

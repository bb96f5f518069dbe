"""schema.org Event JSON-LD: status, location, organiser, languages, offers."""

import json

import pytest
from bs4 import BeautifulSoup

from events.models import EventException
from organisations.models import SpokenLanguage
from tests.factories import EventPageFactory, OrganisationPageFactory, berlin


def json_ld(client, url):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return json.loads(soup.find("script", type="application/ld+json").string)


@pytest.fixture
def event(directory):
    organisation = OrganisationPageFactory(parent=directory, title="Anatolia", slug="anatolia")
    return EventPageFactory(
        parent=organisation,
        title="Kulturabend",
        slug="kulturabend",
        start=berlin(2030, 3, 7, 19),
        end=berlin(2030, 3, 7, 22),
        venue_name="Bürgerhaus",
        venue_street="Marktplatz 3",
        venue_postcode="40721",
        is_free=False,
        price="5 €",
        registration_url="https://anatolia.example/anmelden",
        event_languages=list(SpokenLanguage.objects.filter(code__in=["de", "tr"])),
    )


def test_event_json_ld(client, event):
    data = json_ld(client, event.url)
    assert data["@type"] == "Event" and data["name"] == "Kulturabend"
    assert data["startDate"] == "2030-03-07T19:00:00+01:00"
    assert data["endDate"] == "2030-03-07T22:00:00+01:00"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["address"]["postalCode"] == "40721"
    assert data["organizer"] == {
        "@type": "Organization",
        "name": "Anatolia",
        "url": "http://testserver/de/organisationen/anatolia/",
    }
    assert set(data["inLanguage"]) == {"de", "tr"}
    assert (
        data["offers"]["description"] == "5 €"
        and data["offers"]["url"] == "https://anatolia.example/anmelden"
    )


def test_cancelled_and_online_events(client, calendar_page):
    event = EventPageFactory(
        parent=calendar_page,
        title="Infoabend",
        slug="info",
        venue_name="",
        online_url="https://meet.example/x",
        start=berlin(2030, 3, 7, 19),
    )
    event.is_cancelled = True
    event.save_revision().publish()
    data = json_ld(client, event.url)
    assert data["eventStatus"] == "https://schema.org/EventCancelled"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://meet.example/x"}
    assert data["offers"]["price"] == "0"


def test_moved_date_is_rescheduled(client, calendar_page):
    event = EventPageFactory(
        parent=calendar_page,
        title="Treff",
        slug="treff",
        start=berlin(2030, 3, 5, 18),
        frequency="weekly",
        count=2,
    )
    event.exceptions = [
        EventException(original_date=event.start.date(), kind="moved", new_start=berlin(2030, 3, 6, 18))
    ]
    event.save_revision().publish()
    data = json_ld(client, event.url)
    assert data["eventStatus"] == "https://schema.org/EventRescheduled"
    assert data["previousStartDate"].startswith("2030-03-05T18:00")

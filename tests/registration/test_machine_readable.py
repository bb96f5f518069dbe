"""Search engines and calendar apps learn that a place must be booked, where, and whether one is left."""

import json

import icalendar
from bs4 import BeautifulSoup

from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.registration.models import Registration
from tests.factories import EventPageFactory
from tests.registration.helpers import with_registration


def json_ld(client, url):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return json.loads(soup.find("script", type="application/ld+json").string)


def take_places(event, people):
    Registration.objects.create(
        event=event,
        starts_at=event.start,
        name="Gruppe",
        phone="0211 1",
        people=people,
        status="confirmed",
        language="de",
    )


def test_json_ld_offers_the_registration_form_while_places_are_left(client, event):
    data = json_ld(client, event.url)
    assert data["offers"]["availability"] == "https://schema.org/InStock"
    assert data["offers"]["url"] == f"http://testserver{event.url}#registration"
    assert data["maximumAttendeeCapacity"] == 3 and data["remainingAttendeeCapacity"] == 3


def test_json_ld_says_sold_out_when_fully_booked(client, event):
    take_places(event, 3)
    data = json_ld(client, event.url)
    assert data["offers"]["availability"] == "https://schema.org/SoldOut"
    assert data["remainingAttendeeCapacity"] == 0


def test_ical_says_registration_is_required_and_where(client, event):
    calendar = icalendar.Calendar.from_ical(client.get(f"{event.url}ical/").content)
    [component] = calendar.walk("VEVENT")
    description = str(component["description"])
    assert f"http://testserver{event.url}#registration" in description
    assert "Deutsch üben" in description  # the teaser is still there


def test_the_calendars_ical_asks_no_more_queries_for_more_events_with_registration(client, calendar_page):
    def add_events(numbers):
        for number in numbers:
            with_registration(
                EventPageFactory(parent=calendar_page, title=f"Kurs {number}", slug=f"kurs-{number}"),
                places=5,
            )

    add_events(range(5))
    client.get(f"{calendar_page.url}ical/")
    with CaptureQueriesContext(connection) as few:
        client.get(f"{calendar_page.url}ical/")
    add_events(range(5, 50))
    # The first request after pages changed reads the site again (home/sites.py), as after the first five.
    client.get(f"{calendar_page.url}ical/")
    with CaptureQueriesContext(connection) as many:
        body = client.get(f"{calendar_page.url}ical/").content.decode()
    assert body.count("#registration") >= 50
    assert len(many) == len(few)

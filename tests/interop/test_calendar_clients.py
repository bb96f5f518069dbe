"""The district's and an organisation's subscriptions read by the clients subscribers use.

Mozilla's ical.js (Thunderbird, Nextcloud) and recurring-ical-events (Python calendar tools)
expand the same .ics over the next 13 months, across both changes of summer time; each must
find exactly the portal's own dates, to the minute, on Berlin's wall clock.
"""

import datetime
import zoneinfo

import icalendar
import pytest
import recurring_ical_events
import time_machine

from django.utils import timezone

from events.calendar.models import EventException, EventOccurrence
from tests.factories import EventPageFactory, OrganisationPageFactory, berlin
from tests.interop.conftest import ical_js_occurrences

pytestmark = pytest.mark.interop

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
NOW = "2026-10-01 10:00 +0200"
WINDOW_START = datetime.datetime(2026, 10, 1, tzinfo=BERLIN)
WINDOW_END = datetime.datetime(2027, 11, 1, tzinfo=BERLIN)


def _minute(value: datetime.datetime) -> str:
    value = value.astimezone(BERLIN)
    if value.second:  # an all-day date ends at 23:59:59, its .ics DTEND at midnight after it
        value += datetime.timedelta(seconds=60 - value.second)
    return value.strftime("%Y-%m-%d %H:%M")


@pytest.fixture
def district_calendar(calendar_page, directory):
    with time_machine.travel(NOW, tick=False):
        language_cafe = EventPageFactory(
            parent=calendar_page,
            title="Sprachcafé",
            start=berlin(2026, 10, 6, 18),
            end=berlin(2026, 10, 6, 20),
            frequency="weekly",
        )
        language_cafe.exceptions = [
            EventException(original_date=datetime.date(2026, 10, 20), kind="cancelled"),
            EventException(
                original_date=datetime.date(2027, 3, 30),
                kind="moved",
                new_start=berlin(2027, 3, 31, 19),
                new_end=berlin(2027, 3, 31, 21),
            ),
        ]
        language_cafe.save_revision().publish()
        EventPageFactory(
            parent=calendar_page,
            title="Elterntreff",
            start=berlin(2026, 10, 8, 19, 30),
            end=berlin(2026, 10, 8, 21),
            frequency="monthly",
            monthly_by="weekday",
            until=datetime.date(2027, 9, 30),
        )
        EventPageFactory(
            parent=calendar_page,
            title="Beratung",
            start=berlin(2026, 10, 15, 9),
            end=berlin(2026, 10, 15, 12),
            frequency="monthly",
            interval=2,
        )
        EventPageFactory(
            parent=calendar_page,
            title="Sommerfest",
            start=berlin(2027, 6, 5, 0),
            end=berlin(2027, 6, 6, 0),
            all_day=True,
        )
        EventPageFactory(parent=calendar_page, title="Lesung", start=berlin(2027, 7, 15, 20))
        organisation = OrganisationPageFactory(parent=directory, title="Anatolia", slug="anatolia")
        EventPageFactory(
            parent=organisation,
            title="Wochenendkurs",
            start=berlin(2026, 10, 3, 10),
            end=berlin(2026, 10, 3, 13),
            frequency="weekly",
            weekdays=["SA", "SU"],
            count=60,
        )
    return organisation


def portal_dates(**filters):
    rows = EventOccurrence.objects.filter(start__lt=WINDOW_END, end__gt=WINDOW_START, **filters).exclude(
        status=EventOccurrence.Status.CANCELLED
    )
    return sorted((f"event-{row.event_id}@mokme", _minute(row.start), _minute(row.end)) for row in rows)


def recurring_ical_events_dates(ics):
    dates = []
    for component in recurring_ical_events.of(icalendar.Calendar.from_ical(ics)).between(
        WINDOW_START, WINDOW_END
    ):
        if str(component.get("status", "")) == "CANCELLED":
            continue
        start, end = component["DTSTART"].dt, component["DTEND"].dt
        if not isinstance(start, datetime.datetime):
            start = datetime.datetime.combine(start, datetime.time(), BERLIN)
            end = datetime.datetime.combine(end, datetime.time(), BERLIN)
        dates.append((str(component["UID"]), _minute(start), _minute(end)))
    return sorted(dates)


def ical_js_dates(ics, tmp_path):
    return sorted(
        (
            row["uid"],
            _minute(datetime.datetime.fromisoformat(row["start"])),
            _minute(datetime.datetime.fromisoformat(row["end"])),
        )
        for row in ical_js_occurrences(ics, tmp_path, WINDOW_START, WINDOW_END)
        if row["status"] != "CANCELLED"
    )


@pytest.mark.parametrize("query", ["", "?organisation=anatolia"])
def test_every_client_reads_the_portals_own_dates_across_summer_time(
    client, district_calendar, tmp_path, query
):
    with time_machine.travel(NOW, tick=False):
        response = client.get(f"/de/veranstaltungen/ical/{query}")
    assert response.status_code == 200
    filters = {"organisation": district_calendar} if query else {}
    expected = portal_dates(**filters)
    # Both changes of summer time lie in the window, with dates on either side of each.
    assert {row[1][5:7] for row in expected} >= {"10", "11", "03", "04"}
    assert ical_js_dates(response.content, tmp_path) == expected
    assert recurring_ical_events_dates(response.content) == expected


def test_a_summer_date_is_at_its_wall_clock_time_in_thunderbird(client, calendar_page, tmp_path):
    """The Sprachcafé on 2027-03-30 at 18:00 summer time was read as 19:00 by ical.js."""
    with time_machine.travel(NOW, tick=False):
        event = EventPageFactory(
            parent=calendar_page, start=berlin(2027, 1, 5, 18), frequency="weekly", count=20
        )
        ics = client.get(f"{event.url}ical/").content
    starts = {row[1] for row in ical_js_dates(ics, tmp_path)}
    assert "2027-03-30 18:00" in starts and "2027-01-05 18:00" in starts
    assert timezone.localtime(berlin(2027, 3, 30, 18)).utcoffset() == datetime.timedelta(hours=2)

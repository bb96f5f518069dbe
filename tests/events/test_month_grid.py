"""A busy day in the month grid names three dates and links to its day for the rest."""

import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup

from tests.factories import EventPageFactory, berlin
from tests.utils import count_queries

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def november():
    with time_machine.travel(datetime.datetime(2026, 11, 2, 9, tzinfo=datetime.UTC), tick=False):
        yield


def cell_of(client, day):
    soup = BeautifulSoup(client.get("/de/veranstaltungen/2026/11/").content, "html.parser")
    link = soup.find("a", class_="day-number", href=f"/de/veranstaltungen/2026/11/{day}/")
    return link.find_parent("td")


def test_a_busy_day_names_three_dates_and_links_to_the_rest(client, calendar_page):
    for hour in range(10, 15):
        EventPageFactory(parent=calendar_page, title=f"Treffen {hour} Uhr", start=berlin(2026, 11, 14, hour))
    cell = cell_of(client, 14)
    assert [item.get_text(" ", strip=True) for item in cell.select("li")] == [
        "10:00 Treffen 10 Uhr",
        "11:00 Treffen 11 Uhr",
        "12:00 Treffen 12 Uhr",
    ]
    more = cell.select_one("a.more-events")
    assert more.get_text(strip=True) == "2 weitere Termine"
    assert more["href"] == "/de/veranstaltungen/2026/11/14/"
    # The day itself lists all five.
    day = BeautifulSoup(client.get(more["href"]).content, "html.parser")
    assert len(day.select(".occurrence-list .occurrence")) == 5


def test_a_quiet_day_has_no_link_to_more(client, calendar_page):
    EventPageFactory(parent=calendar_page, title="Lesung", start=berlin(2026, 11, 20, 19))
    cell = cell_of(client, 20)
    assert [item.get_text(" ", strip=True) for item in cell.select("li")] == ["19:00 Lesung"]
    assert cell.select_one("a.more-events") is None


def test_a_multi_day_event_counts_on_every_day_it_spans(client, calendar_page):
    for hour in range(10, 13):
        EventPageFactory(parent=calendar_page, title=f"Kurs {hour}", start=berlin(2026, 11, 22, hour))
    EventPageFactory(
        parent=calendar_page, title="Festival", start=berlin(2026, 11, 21, 12), end=berlin(2026, 11, 23, 18)
    )
    assert cell_of(client, 21).select_one("a.more-events") is None
    assert cell_of(client, 22).select_one("a.more-events").get_text(strip=True) == "1 weiterer Termin"
    assert "Festival" in cell_of(client, 23).get_text()


def test_the_grid_costs_the_same_queries_for_a_quiet_and_a_busy_month(client, calendar_page):
    for day in range(3, 8):
        EventPageFactory(parent=calendar_page, start=berlin(2026, 11, day, 18))
    quiet = count_queries(client, "/de/veranstaltungen/2026/11/")
    for day in range(3, 28):
        for hour in (9, 12):
            EventPageFactory(parent=calendar_page, start=berlin(2026, 11, day, hour))
    assert count_queries(client, "/de/veranstaltungen/2026/11/") == quiet


def test_a_date_that_began_weeks_ago_and_still_runs_is_in_the_grid_and_upcoming(client, calendar_page):
    # The calendar reads "still running" dates from the start index, bounded by the longest
    # date's length (events/calendar/models.py): the long one must not fall below that bound.
    for day in range(1, 20):
        EventPageFactory(parent=calendar_page, title=f"Vortrag {day}", start=berlin(2026, 10, day, 18))
    EventPageFactory(
        parent=calendar_page, title="Ausstellung", start=berlin(2026, 9, 15, 10), end=berlin(2026, 11, 30, 18)
    )
    assert "Ausstellung" in cell_of(client, 2).get_text()
    assert "Ausstellung" in cell_of(client, 30).get_text()
    upcoming = BeautifulSoup(client.get("/de/veranstaltungen/").content, "html.parser")
    titles = upcoming.select(".occurrence-list .occurrence")
    assert [title.get_text(" ", strip=True) for title in titles if "Ausstellung" in title.get_text()]
    assert not [title for title in titles if "Vortrag" in title.get_text()]

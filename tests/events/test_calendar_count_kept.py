"""The calendar's "Page 1 of N" is counted once per choice of filters and kept
(events.calendar.counting), yet never wrong: a date that ends moves from the upcoming list to
the archive on time, a publish or unpublish shows at once with the page cache off and on, each
choice of filters has its own count, and a failing cache only makes the list count afresh."""

import datetime
import re
from unittest import mock

import time_machine
from bs4 import BeautifulSoup

from organisations.models import Town
from tests.factories import EventPageFactory, berlin
from tests.utils import counts_run

NOW = "2026-11-20 10:00 +0100"


def weekly(calendar_page, title, start, count, **kwargs):
    return EventPageFactory(
        parent=calendar_page, title=title, start=start, frequency="weekly", count=count, **kwargs
    )


def pages_of(client, url):
    """The list's number of pages, as "Page 1 of N" tells it (1 where it shows no pagination)."""
    response = client.get(url)
    assert response.status_code == 200, url
    shown = BeautifulSoup(response.content, "html.parser").select_one(".pagination [aria-current=page]")
    return int(re.findall(r"\d+", shown.get_text())[-1]) if shown else 1


@time_machine.travel(NOW, tick=False)
def test_the_list_is_counted_once_per_choice_of_filters(client, calendar_page):
    weekly(calendar_page, "Sprachcafé", berlin(2026, 11, 23, 18), count=30)
    weekly(
        calendar_page,
        "Tanzabend",
        berlin(2026, 11, 24, 19),
        count=5,
        venue_town=Town.objects.get(slug="velbert"),
    )
    assert pages_of(client, "/de/veranstaltungen/") == 2
    # The next visitor, on any page of the same list, is not counted for again…
    assert counts_run(client, "/de/veranstaltungen/") == 0
    assert counts_run(client, "/de/veranstaltungen/?page=2") == 0
    assert pages_of(client, "/de/veranstaltungen/?page=2") == 2
    # …but a list with other filters has a count of its own.
    assert pages_of(client, "/de/veranstaltungen/?town=velbert") == 1
    assert pages_of(client, "/de/veranstaltungen/?town=hilden") == 2
    assert counts_run(client, "/de/veranstaltungen/?town=velbert") == 0


def test_a_date_that_ends_moves_to_the_archive_count_on_time(client, calendar_page):
    with time_machine.travel(NOW, tick=False) as traveller:
        # 21 dates: two pages until the first ends, then one; the archive gains its 21st date then.
        first = weekly(calendar_page, "Sprachcafé", berlin(2026, 11, 20, 9), count=21)
        weekly(calendar_page, "Rückblick", berlin(2026, 7, 1, 18), count=20)
        assert pages_of(client, "/de/veranstaltungen/") == 2
        assert pages_of(client, "/de/veranstaltungen/archive/") == 1

        traveller.move_to(berlin(2026, 11, 20, 9) + (first.end - first.start) - datetime.timedelta(minutes=1))
        assert pages_of(client, "/de/veranstaltungen/") == 2
        traveller.move_to(berlin(2026, 11, 20, 9) + (first.end - first.start) + datetime.timedelta(minutes=1))
        assert pages_of(client, "/de/veranstaltungen/") == 1
        assert pages_of(client, "/de/veranstaltungen/archive/") == 2


@time_machine.travel(NOW, tick=False)
def test_publishing_and_unpublishing_change_the_count_at_once(client, calendar_page, page_cache_off_and_on):
    weekly(calendar_page, "Sprachcafé", berlin(2026, 11, 23, 18), count=20)
    assert pages_of(client, "/de/veranstaltungen/") == 1

    added = EventPageFactory(parent=calendar_page, title="Fußballturnier", start=berlin(2026, 11, 22, 15))
    assert pages_of(client, "/de/veranstaltungen/") == 2
    # The new last page is there, not a "page not found".
    assert client.get("/de/veranstaltungen/?page=2").status_code == 200

    added.unpublish()
    assert pages_of(client, "/de/veranstaltungen/") == 1
    assert client.get("/de/veranstaltungen/?page=2").status_code == 404


@time_machine.travel(NOW, tick=False)
def test_a_failing_cache_counts_the_list_afresh(client, calendar_page):
    weekly(calendar_page, "Sprachcafé", berlin(2026, 11, 23, 18), count=25)
    assert pages_of(client, "/de/veranstaltungen/") == 2
    with mock.patch("home.page_cache.fragments.cache") as failing:
        failing.get_many.side_effect = ConnectionError("Redis is away")
        failing.set.side_effect = ConnectionError("Redis is away")
        assert counts_run(client, "/de/veranstaltungen/") == 1
        assert pages_of(client, "/de/veranstaltungen/") == 2

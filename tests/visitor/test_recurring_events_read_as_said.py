"""A weekly series reads as people say it ("jeden Dienstag, 18:00–20:00", "her salı, 18:00–20:00")
on the event page and in the calendar's list, with each date still linkable on its own.

The phrases come from the catalogues; the expected text is built with gettext under each
language, so that these tests hold before and after the catalogues are merged."""

import pytest
import time_machine
from bs4 import BeautifulSoup

from django.utils import translation
from django.utils.text import capfirst

from tests.factories import EventPageFactory, berlin

NOW = "2026-11-26 10:00 +0100"
COMMA = {"de": ", ", "tr": ", ", "ar": "، ", "kmr": ", "}


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def url_in(language, page):
    with translation.override(language):
        return page.url


def said(language, *weekdays):
    with translation.override(language):
        days = COMMA[language].join(translation.gettext(f"every {day}") for day in weekdays)
    return capfirst(f"{days}{COMMA[language]}18:00–20:00")


def text(element):
    return " ".join(element.get_text().split())


@pytest.fixture
def series(calendar_page):
    with time_machine.travel(NOW, tick=False):
        # Tuesday, 1 December 2026, then every week.
        weekly = EventPageFactory(
            parent=calendar_page,
            title="Sprachcafé",
            start=berlin(2026, 12, 1, 18),
            end=berlin(2026, 12, 1, 20),
            frequency="weekly",
            weekdays=["TU"],
            count=6,
        )
        twice = EventPageFactory(
            parent=calendar_page,
            title="Hausaufgabenhilfe",
            start=berlin(2026, 12, 2, 18),
            end=berlin(2026, 12, 2, 20),
            frequency="weekly",
            weekdays=["WE", "FR"],
            count=6,
        )
        every_other = EventPageFactory(
            parent=calendar_page,
            title="Frauenfrühstück",
            start=berlin(2026, 12, 3, 18),
            end=berlin(2026, 12, 3, 20),
            frequency="weekly",
            interval=2,
            count=3,
        )
    return weekly, twice, every_other


@time_machine.travel(NOW, tick=False)
@pytest.mark.parametrize("language", list(COMMA))
def test_event_page_says_how_the_series_repeats(client, series, language):
    weekly, twice, every_other = series
    page = soup_of(client, url_in(language, weekly))
    assert text(page.select_one(".series-when")) == said(language, "Tuesday")
    # Each date keeps its own line and address.
    dates = page.select(".occurrence-dates li")
    assert len(dates) == 6
    assert dates[1]["id"] == "date-2026-12-08-1800"
    assert dates[1].a["href"] == "#date-2026-12-08-1800"
    assert text(soup_of(client, url_in(language, twice)).select_one(".series-when")) == said(
        language, "Wednesday", "Friday"
    )
    # Every other week has no simple phrase: its dates alone say it.
    assert soup_of(client, url_in(language, every_other)).select_one(".series-when") is None


@time_machine.travel(NOW, tick=False)
@pytest.mark.parametrize("language", list(COMMA))
def test_calendar_list_says_it_and_links_each_date(client, series, calendar_page, language):
    weekly = series[0]
    page = soup_of(client, url_in(language, calendar_page))
    entries = [entry for entry in page.select(".occurrence") if "Sprachcafé" in entry.h3.get_text()]
    assert len(entries) == 6
    assert text(entries[0].select_one(".series-when")) == said(language, "Tuesday")
    assert entries[1].h3.a["href"] == f"{url_in(language, weekly)}#date-2026-12-08-1800"

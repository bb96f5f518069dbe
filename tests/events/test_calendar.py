"""The calendar: upcoming list, month grid, day, archive, filters, bad input, query counts."""

import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup

from events.calendar import views as calendar_views
from events.calendar.models import EventException, EventPage
from organisations.models import FieldOfActivity, SpokenLanguage, Town
from tests.factories import EventPageFactory, OrganisationPageFactory, berlin, bulk_events
from tests.utils import count_queries

NOW = "2026-11-26 10:00 +0100"  # a Thursday


def soup_of(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return BeautifulSoup(response.content, "html.parser")


def titles(soup):
    return [a.get_text(strip=True) for a in soup.select(".occurrence h3 a")]


@pytest.fixture
def programme(calendar_page, directory):
    """A small programme around 26 November 2026."""
    with time_machine.travel(NOW, tick=False):
        anatolia = OrganisationPageFactory(parent=directory, title="Anatolia", slug="anatolia")
        culture = FieldOfActivity.objects.get(slug="culture")
        sport = FieldOfActivity.objects.get(slug="sport")
        turkish = SpokenLanguage.objects.get(code="tr")
        EventPageFactory(
            parent=anatolia,
            title="Kulturabend",
            start=berlin(2026, 11, 28, 19),  # Saturday
            end=berlin(2026, 11, 28, 22),
            venue_town=Town.objects.get(slug="hilden"),
            fields_of_activity=[culture],
            event_languages=[turkish],
            is_free=False,
            price="5 €",
        )
        EventPageFactory(
            parent=calendar_page,
            title="Fußballturnier",
            start=berlin(2026, 11, 26, 15),  # today
            venue_town=Town.objects.get(slug="velbert"),
            fields_of_activity=[sport],
        )
        EventPageFactory(
            parent=calendar_page,
            title="Fest der Kulturen",
            start=berlin(2026, 12, 12, 11),
            end=berlin(2026, 12, 13, 20),
            venue_town=Town.objects.get(slug="ratingen"),
        )
        EventPageFactory(parent=calendar_page, title="Vergangener Vortrag", start=berlin(2026, 10, 1, 18))
        series = EventPageFactory(
            parent=calendar_page,
            title="Sprachcafé",
            start=berlin(2026, 11, 24, 18),
            frequency="weekly",
            count=4,
            venue_town=Town.objects.get(slug="mettmann"),
        )
        series.exceptions = [
            EventException(original_date=datetime.date(2026, 12, 1), kind="cancelled", note="Fällt aus"),
            EventException(
                original_date=datetime.date(2026, 12, 8), kind="moved", new_start=berlin(2026, 12, 9, 18)
            ),
        ]
        series.save_revision().publish()
        EventPageFactory(parent=calendar_page, title="Entwurf", start=berlin(2026, 11, 27, 18), live=False)
    return {"organisation": anatolia}


@time_machine.travel(NOW, tick=False)
def test_upcoming_list_shows_cancelled_and_moved_dates(client, programme):
    soup = soup_of(client, "/de/veranstaltungen/")
    assert titles(soup) == [
        "Fußballturnier",
        "Kulturabend",
        "Sprachcafé",  # 1 December, cancelled
        "Sprachcafé",  # moved from 8 to 9 December
        "Fest der Kulturen",
        "Sprachcafé",
    ]
    cancelled = soup.select(".occurrence.is-cancelled")
    assert len(cancelled) == 1 and "Abgesagt" in cancelled[0].get_text()
    assert "Fällt aus" in cancelled[0].get_text()
    assert "Verschoben vom 8. Dezember 2026" in soup.get_text()
    assert "Entwurf" not in soup.get_text() and "Vergangener Vortrag" not in soup.get_text()


@time_machine.travel(NOW, tick=False)
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("town=hilden", ["Kulturabend"]),
        ("organisation=anatolia", ["Kulturabend"]),
        ("field=sport", ["Fußballturnier"]),
        ("language=tr", ["Kulturabend"]),
        ("when=today", ["Fußballturnier"]),
        ("when=weekend", ["Kulturabend"]),
        # The home page's "this week": today and the six days after it.
        ("when=week", ["Fußballturnier", "Kulturabend", "Sprachcafé"]),
        ("town=mettmann&when=weekend", []),
        ("field=culture&town=hilden&language=tr", ["Kulturabend"]),
    ],
)
def test_filters(client, programme, query, expected):
    assert titles(soup_of(client, f"/de/veranstaltungen/?{query}")) == expected


@time_machine.travel(NOW, tick=False)
def test_free_only(client, programme):
    assert "Kulturabend" not in titles(soup_of(client, "/de/veranstaltungen/?free=on"))


@time_machine.travel(NOW, tick=False)
def test_month_grid_is_an_accessible_table(client, programme):
    soup = soup_of(client, "/de/veranstaltungen/2026/12/")
    table = soup.select_one("table.month-grid")
    assert table.caption.get_text() == "Dezember 2026"
    assert [th["scope"] for th in table.select("thead th")] == ["col"] * 7
    assert table.select_one("thead th abbr")["title"] == "Montag"
    cell_12 = table.find("a", class_="day-number", string="12").find_parent("td")
    cell_13 = table.find("a", class_="day-number", string="13").find_parent("td")
    assert "Fest der Kulturen" in cell_12.get_text() and "Fest der Kulturen" in cell_13.get_text()
    cell_1 = next(a for a in table.select("a.day-number") if a.get_text() == "1").find_parent("td")
    assert "Abgesagt" in cell_1.get_text()
    assert soup.find("a", rel="prev")["href"] == "/de/veranstaltungen/2026/11/"
    assert soup.find("a", rel="next")["href"] == "/de/veranstaltungen/2027/1/"


@time_machine.travel(NOW, tick=False)
def test_month_links_keep_the_filters(client, programme):
    soup = soup_of(client, "/de/veranstaltungen/2026/12/?town=ratingen")
    assert soup.find("a", rel="next")["href"] == "/de/veranstaltungen/2027/1/?town=ratingen"
    assert "Sprachcafé" not in soup.select_one("table").get_text()


@time_machine.travel(NOW, tick=False)
def test_day_view_and_archive(client, programme):
    assert titles(soup_of(client, "/de/veranstaltungen/2026/11/28/")) == ["Kulturabend"]
    assert (
        "Keine Veranstaltungen an diesem Tag."
        in soup_of(client, "/de/veranstaltungen/2026/11/30/").get_text()
    )
    archive = titles(soup_of(client, "/de/veranstaltungen/archive/"))
    assert archive[0] == "Sprachcafé" and "Vergangener Vortrag" in archive


@time_machine.travel(NOW, tick=False)
@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/de/veranstaltungen/2026/13/", 404),
        ("/de/veranstaltungen/99999/1/", 404),
        ("/de/veranstaltungen/2026/0/", 404),
        ("/de/veranstaltungen/2026/2/30/", 404),
        ("/de/veranstaltungen/2026/12/abc/", 404),
        ("/de/veranstaltungen/?page=-1", 400),
        ("/de/veranstaltungen/?page=abc", 400),
        ("/de/veranstaltungen/?page=500", 404),
        ("/ar/alfaaliyat/2026/13/", 404),
    ],
)
def test_bad_input_gets_a_translated_answer(client, programme, url, status):
    response = client.get(url)
    assert response.status_code == status
    if status == 400 or "/ar/" in url:
        soup = BeautifulSoup(response.content, "html.parser")
        assert soup.html["lang"] in ("de", "ar")
        assert soup.h1.get_text(strip=True) in (
            "Diese Anfrage kann nicht beantwortet werden",
            "Seite nicht gefunden",
            "الصفحة غير موجودة",
        )


@pytest.mark.slow
@time_machine.travel(NOW, tick=False)
def test_query_counts_do_not_grow_with_occurrences(client, calendar_page, monkeypatch):
    monkeypatch.setattr(calendar_views, "PER_PAGE", 500)
    urls = [
        "/de/veranstaltungen/",
        "/de/veranstaltungen/2026/12/",
        "/de/veranstaltungen/feed/rss/",
        "/de/veranstaltungen/?town=hilden&field=culture",
    ]

    def add_weekly(count):
        for number in range(count):
            EventPageFactory(
                parent=calendar_page,
                start=berlin(2026, 12, 1 + number % 28, 18),
                frequency="weekly",
                count=25,
            )

    EventPageFactory(parent=calendar_page, start=berlin(2026, 12, 2, 18), count=1)
    before = {url: count_queries(client, url) for url in urls}
    add_weekly(20)  # 500 more occurrences
    assert {url: count_queries(client, url) for url in urls} == before
    bulk_events(calendar_page, 10_000, start=berlin(2027, 1, 1, 0))  # 10,000 events in the database
    assert {url: count_queries(client, url) for url in urls} == before


@time_machine.travel(NOW, tick=False)
def test_home_page_and_subsite_show_upcoming_events(client, programme, news_index):
    home = soup_of(client, "/de/")
    section = home.find("section", attrs={"aria-labelledby": "home-events"})
    assert "Fußballturnier" in section.get_text()
    subsite = soup_of(client, "/de/organisationen/anatolia/")
    events = subsite.find("section", attrs={"aria-labelledby": "subsite-events"})
    assert "Kulturabend" in events.get_text() and "Fußballturnier" not in events.get_text()
    assert (
        subsite.find("link", type="text/calendar")["href"]
        == "/de/veranstaltungen/ical/?organisation=anatolia"
    )


@time_machine.travel(NOW, tick=False)
def test_event_page_lists_its_dates(client, programme):
    series = EventPage.objects.get(title_de="Sprachcafé")
    soup = soup_of(client, series.url)
    dates = soup.select(".occurrence-dates li")
    assert len(dates) == 3  # the first date lies in the past
    assert "Abgesagt" in dates[0].get_text()
    assert "Verschoben" in dates[1].get_text()

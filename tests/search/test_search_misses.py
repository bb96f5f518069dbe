"""Searches without results, per language and day, without anything that identifies a visitor
(issue 21 point 2): counted by the search page, listed for moderators, forgotten after a year."""

import csv
import datetime
import io

import pytest
import time_machine
from bs4 import BeautifulSoup

from django.core.management import call_command
from django.db import OperationalError

from home.demo.legal_texts import PRIVACY
from home.management.commands.forget_search_misses import KEEP_FOR_DAYS
from home.models import SearchMiss
from home.search import misses
from tests.factories import StandardPageFactory

BROWSER = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36"
TODAY = "2026-11-26 23:30 +0100"


@pytest.fixture
def portal(home_page):
    StandardPageFactory(parent=home_page, title="Beratung für Familien", slug="beratung")
    return home_page


def search(client, url, query, user_agent=BROWSER, **headers):
    response = client.get(url, {"q": query}, HTTP_USER_AGENT=user_agent, **headers)
    assert response.status_code == 200
    return response


def counted():
    return {(row.query, row.language, row.day.isoformat()): row.count for row in SearchMiss.objects.all()}


@time_machine.travel(TODAY, tick=False)
def test_searches_without_results_are_counted_per_language_and_day(client, portal):
    search(client, "/de/suche/", "Quantenphysik  Kurs")
    search(client, "/de/suche/", "  quantenphysik kurs ")
    search(client, "/de/suche/", "QUANTENPHYSIK\tKurs")
    search(client, "/tr/arama/", "Quantenphysik Kurs")
    search(client, "/de/suche/", "Beratung")  # found something: not counted
    assert counted() == {
        ("quantenphysik kurs", "de", "2026-11-26"): 3,
        ("quantenphysik kurs", "tr", "2026-11-26"): 1,
    }


@time_machine.travel(TODAY, tick=False)
def test_nothing_that_identifies_a_visitor_is_stored(client, portal):
    search(client, "/ar/albahth/", "مدرسة", REMOTE_ADDR="203.0.113.77", HTTP_X_FORWARDED_FOR="198.51.100.9")
    fields = [field.name for field in SearchMiss._meta.get_fields()]
    assert fields == ["id", "query", "language", "day", "count"]
    # The day only, no time; the query and language only, no address or browser.
    (row,) = SearchMiss.objects.values()
    assert row["day"] == datetime.date(2026, 11, 26) and not isinstance(row["day"], datetime.datetime)
    stored = " ".join(str(value) for value in row.values())
    for trace in ("203.0.113", "198.51.100", "Mozilla", "Android", "23:30", "22:30"):
        assert trace not in stored
    assert (row["query"], row["language"], row["count"]) == ("مدرسة", "ar", 1)


@pytest.mark.parametrize(
    "query",
    ["ayse.yilmaz@example.org", "0176 12345678", "+49 (2103) 555-0123", "meine nummer 02103/5550123"],
)
def test_email_addresses_and_phone_numbers_are_not_kept(client, portal, query):
    search(client, "/de/suche/", query)
    assert counted() == {}


def test_long_queries_are_cut(client, portal):
    search(client, "/de/suche/", "Wörterbuch " * 40)
    (miss,) = SearchMiss.objects.all()
    assert len(miss.query) <= misses.MAX_LENGTH and miss.query.startswith("wörterbuch wörterbuch")


@pytest.mark.parametrize(
    "user_agent",
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0)",
        "curl/8.5.0",
        "python-requests/2.32",
        "facebookexternalhit/1.1",
        "",
    ],
)
def test_crawlers_and_scripts_are_not_counted(client, portal, user_agent):
    search(client, "/de/suche/", "Quantenphysik", user_agent=user_agent)
    assert counted() == {}


def test_the_visitor_gets_the_page_when_counting_fails(client, portal, monkeypatch):
    def broken(*args, **kwargs):
        raise OperationalError("could not write: disk full")

    monkeypatch.setattr(misses.SearchMiss.objects, "filter", broken)
    response = search(client, "/de/suche/", "Quantenphysik")
    empty_state = BeautifulSoup(response.content, "html.parser").select_one(".empty-state")
    assert "Nichts gefunden" in empty_state.get_text()


def test_misses_are_forgotten_after_a_year(db):
    today = datetime.date.today()
    for query, days_ago in [("alt", KEEP_FOR_DAYS + 1), ("neu", KEEP_FOR_DAYS - 1)]:
        day = today - datetime.timedelta(days=days_ago)
        SearchMiss.objects.create(query=query, language="de", day=day, count=2)
    call_command("forget_search_misses", stdout=io.StringIO())
    assert list(SearchMiss.objects.values_list("query", flat=True)) == ["neu"]


def test_the_privacy_statement_says_what_is_counted():
    text = " ".join(str(value) for _kind, value in PRIVACY["body"])
    assert "Suchanfragen ohne Ergebnis" in text
    assert "keine IP-Adresse, keine Uhrzeit, keine Browserkennung" in text
    assert "nach einem Jahr gelöscht" in text and KEEP_FOR_DAYS == 365


@pytest.fixture
def recorded(db):
    today = datetime.date(2026, 11, 26)
    for query, language, days_ago, count in [
        ("schwimmkurs", "de", 0, 3),
        ("schwimmkurs", "de", 5, 4),
        ("kita platz", "de", 1, 5),
        ("=cmd|' /c calc'!a1", "de", 2, 1),
        ("yüzme kursu", "tr", 0, 9),
        ("uralt", "de", 30, 50),
    ]:
        SearchMiss.objects.create(
            query=query, language=language, day=today - datetime.timedelta(days=days_ago), count=count
        )


def rows(response):
    soup = BeautifulSoup(response.content, "html.parser")
    table_rows = soup.select("table.search-misses tbody tr")
    return [[cell.get_text(strip=True) for cell in row.find_all("td")] for row in table_rows]


@time_machine.travel(TODAY, tick=False)
def test_moderators_see_the_most_frequent_of_the_last_30_days_first(client, moderator, recorded):
    client.force_login(moderator)
    response = client.get("/admin/search-misses/")
    assert response.status_code == 200
    assert rows(response) == [
        ["yüzme kursu", "Türkçe", "9"],
        ["schwimmkurs", "Deutsch", "7"],
        ["kita platz", "Deutsch", "5"],
        ["=cmd|' /c calc'!a1", "Deutsch", "1"],
    ]
    assert rows(client.get("/admin/search-misses/?language=tr")) == [["yüzme kursu", "Türkçe", "9"]]
    # A value that is not a language shows all of them rather than failing.
    assert client.get("/admin/search-misses/?language=xx").status_code == 200


@time_machine.travel(TODAY, tick=False)
def test_moderators_download_the_list_as_csv_that_runs_nothing(client, moderator, recorded):
    client.force_login(moderator)
    response = client.get("/admin/search-misses/?language=de&export=csv")
    assert response["Content-Type"].startswith("text/csv")
    lines = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert lines == [
        ["query", "language", "count"],
        ["schwimmkurs", "de", "7"],
        ["kita platz", "de", "5"],
        ["'=cmd|' /c calc'!a1", "de", "1"],
    ]


def test_the_list_is_in_the_moderators_reports_menu(client, moderator, recorded):
    client.force_login(moderator)
    assert b"/admin/search-misses/" in client.get("/admin/").content


def test_editors_and_visitors_do_not_see_the_list(client, editor_a, recorded):
    assert client.get("/admin/search-misses/").status_code == 302  # to the login
    client.force_login(editor_a)
    response = client.get("/admin/search-misses/")
    assert response.status_code in (302, 403) and b"schwimmkurs" not in response.content
    assert b"/admin/search-misses/" not in client.get("/admin/").content

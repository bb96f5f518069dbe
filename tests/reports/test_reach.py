"""Reach in the admin: views per language as an SVG chart with its table, the most read pages and
the translations most wanted, each as CSV; moderators see the portal, an organisation's editors
their own subsite and nothing of another's, everyone else nothing."""

import csv
import datetime
import io

import pytest
import time_machine
from bs4 import BeautifulSoup

from django.contrib.auth.models import Group, Permission

from home.models import PageViewCount
from tests.factories import OrganisationContentPageFactory, StandardPageFactory
from tests.home.test_page_views import DESKTOP, PHONE, flush, redis_cache, redis_running  # noqa: F401

TODAY = datetime.date(2026, 11, 26)
NOW = datetime.datetime(2026, 11, 26, 10, 0, tzinfo=datetime.UTC)
REACH = "/admin/reports/reach/"
TOP = "/admin/reports/reach/top-pages/"
WANTED = "/admin/reports/reach/translations-wanted/"


@pytest.fixture(autouse=True)
def _today():
    with time_machine.travel(NOW, tick=False):
        yield


def counted(page, language, days_ago, views, fallback=0, device="desktop"):
    PageViewCount.objects.create(
        page=page,
        language=language,
        day=TODAY - datetime.timedelta(days=days_ago),
        device=device,
        views=views,
        fallback_views=fallback,
    )


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def csv_rows(response):
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def table_rows(response, selector):
    return [
        [cell.get_text(strip=True) for cell in row.select("th, td")]
        for row in soup(response).select(f"{selector} tbody tr")
    ]


@pytest.fixture
def about(home_page):
    return StandardPageFactory(parent=home_page, title="Über uns", slug="ueber-uns")


def test_the_chart_draws_a_bar_per_day_and_language_with_its_number(client, moderator, about, home_page):
    counted(about, "de", 0, 7)
    counted(about, "de", 0, 2, device="phone")
    counted(about, "tr", 3, 5)
    counted(home_page, "tr", 3, 1)
    counted(about, "ar", 40, 9)  # before the last 30 days
    client.force_login(moderator)
    page = soup(client.get(REACH))
    svg = page.select_one("svg.mokme-bar-chart")
    assert svg.title.get_text() and svg.desc.get_text()
    rows = {row["data-language"]: row for row in svg.select(".chart-row")}
    assert set(rows) == {"de", "tr"}
    for row in rows.values():
        assert len(row.select("rect.chart-bar")) == 30  # one per day, zero days too
    german_today = rows["de"].select("rect.chart-bar")[-1]
    turkish = rows["tr"].select("rect.chart-bar")[-4]
    assert german_today.title.get_text().endswith(", Aufrufe: 9")  # the admin speaks German
    assert turkish.title.get_text().endswith(", Aufrufe: 6")
    # The highest bar fills its row; the Turkish one is two thirds of its height.
    assert float(turkish["height"]) == pytest.approx(float(german_today["height"]) * 6 / 9, abs=0.01)
    # The table beside the chart has the same numbers, a row per day.
    table = page.select_one("table.views-per-language")
    assert [th.get_text(strip=True) for th in table.select("thead th")][1:] == ["Deutsch", "Türkçe"]
    assert len(table.select("tbody tr")) == 30
    assert [td.get_text() for td in table.select("tbody tr")[-1].select("td")] == ["9", "0"]
    assert [td.get_text() for td in table.select("tfoot td")] == ["9", "6"]


def test_weeks_and_months_add_up_and_bad_parameters_show_the_default_report(client, moderator, about):
    counted(about, "de", 0, 4)
    counted(about, "de", 1, 3)
    counted(about, "de", 80, 2)
    client.force_login(moderator)
    months = soup(client.get(REACH, {"days": "365", "bucket": "month"})).select_one(
        "table.views-per-language"
    )
    assert len(months.select("tbody tr")) == 13  # November 2025 to November 2026
    assert months.select("tbody tr")[-1].td.get_text() == "7"
    weeks = soup(client.get(REACH, {"days": "90"}))  # by week unless told otherwise
    assert weeks.select_one("table.views-per-language tfoot td").get_text() == "9"
    for query in ({"days": "7000"}, {"days": "x", "bucket": "year"}, {"bucket": "\x00"}, {"days": "-30"}):
        page = soup(client.get(REACH, query))
        assert len(page.select_one("table.views-per-language").select("tbody tr")) == 30
        assert page.select_one("table.views-per-language tfoot td").get_text() == "7"


def test_the_views_download_as_csv(client, moderator, about):
    counted(about, "tr", 2, 5)
    client.force_login(moderator)
    rows = csv_rows(client.get(REACH, {"export": "csv"}))
    assert rows[0] == ["period_start", "language", "views"]
    assert len(rows) == 31
    assert ["2026-11-24", "tr", "5"] in rows and ["2026-11-25", "tr", "0"] in rows


def test_an_empty_period_says_so(client, moderator):
    client.force_login(moderator)
    for url in (REACH, TOP, WANTED):
        page = soup(client.get(url))
        assert page.select_one(".mokme-report-empty") is not None
        assert page.select_one("svg.mokme-bar-chart") is None and page.select_one("main table") is None


def test_the_most_read_pages_link_to_their_editor_and_page(client, moderator, about, home_page):
    counted(about, "tr", 1, 3)
    counted(about, "de", 1, 8)
    counted(home_page, "tr", 2, 5)
    client.force_login(moderator)
    response = client.get(TOP)
    assert table_rows(response, "table.top-pages") == [
        ["Über uns", "Deutsch", "8"],
        [home_page.title, "Türkçe", "5"],
        ["Über uns", "Türkçe", "3"],
    ]
    # A list of the whole period has no day, week or month to choose.
    assert soup(response).select_one("main select[name=bucket]") is None
    link = soup(response).select_one("table.top-pages tbody a")
    assert link["href"] == f"/admin/pages/{about.pk}/edit/"
    assert table_rows(client.get(TOP, {"language": "tr"}), "table.top-pages") == [
        [home_page.title, "Türkçe", "5"],
        ["Über uns", "Türkçe", "3"],
    ]
    # A language the portal does not know lists every language, never an error.
    assert len(table_rows(client.get(TOP, {"language": "xx"}), "table.top-pages")) == 3
    assert csv_rows(client.get(TOP, {"language": "tr", "export": "csv"})) == [
        ["page_id", "title", "language", "views"],
        [str(home_page.pk), home_page.title, "tr", "5"],
        [str(about.pk), "Über uns", "tr", "3"],
    ]


def test_the_most_read_pages_are_paginated(client, moderator, home_page):
    for number in range(55):
        counted(StandardPageFactory(parent=home_page, title=f"Seite {number:02}"), "de", 1, 100 - number)
    client.force_login(moderator)
    assert len(table_rows(client.get(TOP), "table.top-pages")) == 50
    assert table_rows(client.get(TOP, {"page": "2"}), "table.top-pages")[-1] == ["Seite 54", "Deutsch", "46"]
    assert client.get(TOP, {"page": "9"}).status_code == 404
    assert client.get(TOP, {"page": "zwei"}).status_code == 400


def test_titles_that_start_a_formula_stay_text_in_the_csv(client, moderator, home_page):
    counted(StandardPageFactory(parent=home_page, title='=HYPERLINK("http://x.example")'), "de", 1, 1)
    client.force_login(moderator)
    assert csv_rows(client.get(TOP, {"export": "csv"}))[1][1] == '\'=HYPERLINK("http://x.example")'


def test_the_pages_most_read_in_german_for_want_of_a_translation_come_first(
    client, moderator, about, home_page
):
    counted(about, "tr", 1, 10, fallback=10)
    counted(about, "ar", 1, 8, fallback=2)
    counted(home_page, "tr", 1, 20, fallback=0)
    counted(home_page, "de", 1, 50)
    client.force_login(moderator)
    response = client.get(WANTED)
    assert table_rows(response, "table.wanted-translations") == [
        ["Über uns", "Türkçe", "10", "10", "100 %"],
        ["Über uns", "العربية", "8", "2", "25 %"],
    ]
    assert csv_rows(client.get(WANTED, {"export": "csv"}))[1:] == [
        [str(about.pk), "Über uns", "tr", "10", "10", "100"],
        [str(about.pk), "Über uns", "ar", "8", "2", "25"],
    ]


@pytest.mark.skipif(not redis_running(), reason="needs the machine's Redis")
@pytest.mark.usefixtures("redis_cache")
def test_the_share_of_german_fallback_comes_from_real_page_views(client, moderator, home_page):
    contact = StandardPageFactory(parent=home_page, title="Kontakt", slug="kontakt")
    contact.save_revision().publish()
    translated = StandardPageFactory(
        parent=home_page, title="Hilfe", slug="hilfe", title_tr="Yardım", slug_tr="yardim"
    )
    translated.save_revision().publish()
    # Turkish readers of the untranslated page get the German text, fresh and from the page cache.
    for agent in (DESKTOP, PHONE, DESKTOP):
        assert client.get("/tr/kontakt/", HTTP_USER_AGENT=agent).status_code == 200
    client.get("/tr/yardim/", HTTP_USER_AGENT=DESKTOP)
    client.get("/de/kontakt/", HTTP_USER_AGENT=DESKTOP)
    flush()
    client.force_login(moderator)
    assert table_rows(client.get(WANTED), "table.wanted-translations") == [
        ["Kontakt", "Türkçe", "3", "3", "100 %"],
    ]


@pytest.fixture
def counted_subsites(org_a, org_b, home_page):
    own = OrganisationContentPageFactory(parent=org_a, title="Unsere Kurse")
    other = OrganisationContentPageFactory(parent=org_b, title="Geheimes Angebot von B")
    counted(org_a, "tr", 1, 4, fallback=1)
    counted(own, "tr", 1, 6, fallback=6)
    counted(other, "tr", 1, 50, fallback=50)
    counted(org_b, "de", 1, 30)
    counted(home_page, "de", 1, 70)
    return own, other


def test_an_organisations_editors_see_their_subsite_only(client, editor_a, org_b, counted_subsites):
    client.force_login(editor_a)
    responses = [client.get(url, query) for url in (REACH, TOP, WANTED) for query in ({}, {"export": "csv"})]
    for response in responses:
        assert response.status_code == 200
        text = response.content.decode()
        assert "Geheimes Angebot" not in text and org_b.title not in text
    table = soup(client.get(REACH)).select_one("table.views-per-language")
    assert [td.get_text() for td in table.select("tfoot td")] == ["10"]
    assert [row[0] for row in table_rows(client.get(TOP), "table.top-pages")] == [
        "Unsere Kurse",
        "Anatolia Kulturverein Hilden",
    ]
    assert table_rows(client.get(WANTED), "table.wanted-translations") == [
        ["Unsere Kurse", "Türkçe", "6", "6", "100 %"],
        ["Anatolia Kulturverein Hilden", "Türkçe", "4", "1", "25 %"],
    ]


def test_moderators_see_every_subsite(client, moderator, counted_subsites, org_a, org_b, home_page):
    client.force_login(moderator)
    titles = [row[0] for row in table_rows(client.get(TOP), "table.top-pages")]
    assert titles == [home_page.title, "Geheimes Angebot von B", org_b.title, "Unsere Kurse", org_a.title]


def test_other_users_are_refused(client, django_user_model, home_page):
    assert client.get(REACH).status_code == 302  # to the login
    editor = django_user_model.objects.create_user("redaktion", "r@example.org", "pw-redaktion-1")
    # An editor of the portal's own pages: in the admin, but neither moderator nor in an organisation.
    group = Group.objects.create(name="Redaktion")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    editor.groups.add(group)
    client.force_login(editor)
    for url in (REACH, TOP, WANTED):
        for query in ({}, {"export": "csv"}):
            # Wagtail answers a refused admin view with its dashboard and "no permission".
            response = client.get(url, query)
            assert (response.status_code, response["Location"]) == (302, "/admin/")


def test_the_menu_offers_the_report_to_editors_of_an_organisation_and_moderators(client, editor_a, moderator):
    for user in (editor_a, moderator):
        client.force_login(user)
        assert REACH.encode() in client.get("/admin/").content


@pytest.mark.parametrize("url", [REACH, TOP, WANTED])
def test_the_queries_do_not_grow_with_the_pages_counted(
    client, moderator, home_page, url, django_assert_max_num_queries
):
    client.force_login(moderator)

    def pages(count):
        for _ in range(count):
            page = StandardPageFactory(parent=home_page)
            counted(page, "tr", 1, 3, fallback=1)
            counted(page, "de", 2, 3)

    pages(5)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as five:
        assert client.get(url).status_code == 200
    pages(45)
    with django_assert_max_num_queries(len(five)):
        assert client.get(url).status_code == 200

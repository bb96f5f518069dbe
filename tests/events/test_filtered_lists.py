"""One rule for a filter value a list does not know (calendar, news, press archive): the list
page itself answers 400, its form marks the field, and it lists nothing."""

import datetime

import pytest
from bs4 import BeautifulSoup

from tests.factories import (
    EventPageFactory,
    NewsPageFactory,
    OrganisationIndexPageFactory,
    OrganisationPageFactory,
    PressArchivePageFactory,
    PressReleasePageFactory,
)


def not_understood(client, url):
    response = client.get(url)
    assert response.status_code == 400
    soup = BeautifulSoup(response.content, "html.parser")
    notice = soup.select_one(".filters-not-understood")
    assert notice is not None and notice["role"] == "alert"
    return soup, notice.get_text(" ", strip=True)


@pytest.fixture
def upcoming(calendar_page):
    return EventPageFactory(parent=calendar_page, title="Sprachcafé")


@pytest.mark.parametrize(
    ("query", "label"),
    [("town=atlantis", "Stadt"), ("when=yesterday", "Wann"), ("organisation=unbekannt", "Organisation")],
)
def test_the_calendar_shows_itself_with_the_field_it_did_not_understand(client, upcoming, query, label):
    soup, notice = not_understood(client, f"/de/veranstaltungen/?{query}")
    assert soup.h1.get_text(strip=True) == "Veranstaltungen"
    assert label in notice
    name = query.split("=")[0]
    assert soup.select_one(f'form [name="{name}"]')["aria-invalid"] == "true"
    assert "Sprachcafé" not in soup.select_one("main").get_text()


def test_the_month_and_the_day_follow_the_same_rule(client, upcoming):
    start = upcoming.start
    for path in (f"{start:%Y/%-m}/", f"{start:%Y/%-m/%-d}/"):
        soup, _notice = not_understood(client, f"/de/veranstaltungen/{path}?town=atlantis")
        assert "Sprachcafé" not in soup.select_one("main").get_text()


def test_the_news_name_the_organisation_they_do_not_know(client, news_index):
    NewsPageFactory(parent=news_index, title="Sommerfest", date=datetime.date(2026, 7, 1))
    soup, notice = not_understood(client, "/de/aktuelles/?organisation=gibt-es-nicht")
    assert soup.h1.get_text(strip=True) == "Aktuelles"
    assert "Das Portal kennt diese Organisation nicht: gibt-es-nicht" in notice
    assert "Sommerfest" not in soup.select_one("main").get_text()
    assert soup.find("a", string="Alle Nachrichten")["href"] == "/de/aktuelles/"


@pytest.mark.parametrize(
    ("query", "field"), [("year=abc", "year"), ("topic=xyz", "topic"), ("month=13&year=2025", "month")]
)
def test_the_press_archive_shows_itself_with_the_field_it_did_not_understand(client, home_page, query, field):
    archive = PressArchivePageFactory(parent=home_page)
    PressReleasePageFactory(parent=archive, title="Ehrenamtspreis verliehen")
    soup, _notice = not_understood(client, f"/de/presse/?{query}")
    assert soup.h1.get_text(strip=True) == "Presse"
    assert soup.select_one(f'form [name="{field}"]')["aria-invalid"] == "true"
    assert "Ehrenamtspreis" not in soup.select_one("main").get_text()


def test_a_month_without_a_year_is_explained_in_the_form(client, home_page):
    PressArchivePageFactory(parent=home_page)
    _soup, notice = not_understood(client, "/de/presse/?month=3")
    assert "Monat" in notice


def test_a_feed_with_a_value_it_does_not_know_answers_400_naming_it(client, calendar_page, news_index):
    for url in ("/de/veranstaltungen/feed/atom/?town=atlantis", "/de/aktuelles/feed/rss/?organisation=weg"):
        response = client.get(url)
        assert response.status_code == 400
        assert url.rsplit("?", 1)[1] in response.content.decode()


def test_the_organisation_choice_shows_names_as_written_and_marks_the_chosen_one(
    client, calendar_page, home_page
):
    directory = OrganisationIndexPageFactory(parent=home_page)
    OrganisationPageFactory(parent=directory, title='Kunst & "Kultur" <Verein>', slug="kunst-kultur")
    OrganisationPageFactory(parent=directory, title="Anatolia", slug="anatolia")
    response = client.get("/de/veranstaltungen/?organisation=kunst-kultur")
    assert b"<Verein>" not in response.content
    select = BeautifulSoup(response.content, "html.parser").select_one('select[name="organisation"]')
    options = {option["value"]: option for option in select.find_all("option")}
    assert options["kunst-kultur"].get_text() == 'Kunst & "Kultur" <Verein>'
    assert options["kunst-kultur"].has_attr("selected")
    assert not options["anatolia"].has_attr("selected") and not options[""].has_attr("selected")
    assert options[""].get_text() == "Alle Organisationen"

"""Portal search as a visitor reads it: snippets of the page's text (no block labels), results of
the same name told apart, and words found whatever the accents (issue 15 point 7)."""

import pytest
import time_machine
from bs4 import BeautifulSoup

from wagtail.rich_text import RichText

from home.search import views as search_views
from organisations.models import Town
from tests.factories import (
    EventCalendarPageFactory,
    EventPageFactory,
    NewsPageFactory,
    OrganisationContentPageFactory,
    OrganisationPageFactory,
    StandardPageFactory,
    berlin,
)
from tests.utils import count_queries, sql_of, tables_read

NOW = "2026-11-26 10:00 +0100"


def results(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return BeautifulSoup(response.content, "html.parser").select(".search-result")


def titles(client, url):
    return [result.h2.get_text(strip=True) for result in results(client, url)]


@pytest.fixture
def guide(home_page):
    page = StandardPageFactory(parent=home_page, title="Wegweiser", slug="wegweiser")
    body = [
        ("heading", {"text": "Beratung in Hilden", "level": "h2"}),
        ("paragraph", RichText("<p>Die Migrationsberatung hilft bei Anträgen.</p>")),
        ("heading", {"text": "Sprachkurse", "level": "h3"}),
    ]
    page.body, page.body_tr = body, body
    page.save_revision().publish()
    return page


@pytest.mark.parametrize(
    ("language", "url", "labels"),
    [
        ("de", "/de/suche/", ("Überschrift", "Ebene")),
        ("tr", "/tr/arama/", ("Başlık", "Düzey")),
        ("en", "/en/search/", ("Heading 2", "Heading 3")),
    ],
)
def test_snippets_show_the_text_a_visitor_reads_not_block_labels(client, guide, language, url, labels):
    (result,) = results(client, f"{url}?q=Migrationsberatung")
    snippet = result.select_one(".snippet").get_text(" ", strip=True)
    assert "Beratung in Hilden" in snippet and "Sprachkurse" in snippet
    for label in labels:
        assert label not in snippet
    assert " h2 " not in f" {snippet} " and " h3 " not in f" {snippet} "


@pytest.fixture
def three_language_cafes(directory):
    """Three “Sprachcafé” of three organisations in three towns, and a portal one."""
    cafes = {}
    for name, town in [
        ("Deutsch-Türkischer Kulturverein", "hilden"),
        ("Polnischer Kulturverein", "velbert"),
        ("Afrika-Forum", "ratingen"),
    ]:
        organisation = OrganisationPageFactory(parent=directory, title=name, town=Town.objects.get(slug=town))
        cafes[name] = EventPageFactory(
            parent=organisation,
            title="Sprachcafé",
            slug="sprachcafe",
            venue_town=Town.objects.get(slug=town),
            start=berlin(2026, 12, 1 + len(cafes), 18),
        )
    return cafes


@time_machine.travel(NOW, tick=False)
def test_results_of_the_same_name_show_organisation_town_and_date(client, three_language_cafes):
    found = results(client, "/de/suche/?q=Sprachcafé&kind=event")
    contexts = {result.select_one(".result-context").get_text(" ", strip=True) for result in found}
    assert contexts == {
        "Deutsch-Türkischer Kulturverein · Hilden",
        "Polnischer Kulturverein · Velbert",
        "Afrika-Forum · Ratingen",
    }
    dates = [result.select_one(".meta time").get_text() for result in found]
    assert dates == ["1. Dezember 2026, 18:00", "2. Dezember 2026, 18:00", "3. Dezember 2026, 18:00"]


@time_machine.travel(NOW, tick=False)
def test_the_organisation_and_town_are_in_the_visitors_language(client, three_language_cafes):
    found = results(client, "/ar/albahth/?q=Sprachcafé")
    hilden = next(result for result in found if "Deutsch-Türkischer" in result.get_text())
    context = hilden.select_one(".result-context")
    assert context.select_one(".town").get_text() == "هيلدن"
    # The untranslated name is German inside Arabic text, isolated from it.
    organisation = context.select_one("bdi.organisation")
    assert organisation["lang"] == "de"


@time_machine.travel(NOW, tick=False)
def test_past_events_show_their_last_date(client, directory):
    organisation = OrganisationPageFactory(parent=directory, title="Afrika-Forum")
    EventPageFactory(parent=organisation, title="Sommerfest", slug="sommerfest", start=berlin(2026, 7, 4, 15))
    (result,) = results(client, "/de/suche/?q=Sommerfest")
    meta = result.select_one(".meta").get_text(" ", strip=True)
    assert "vergangene Veranstaltung" in meta and "4. Juli 2026" in meta


def test_results_without_events_read_no_dates_and_pages_are_not_read_again(client, directory):
    # The apps that tell results apart are given the results' pages, read with their texts:
    # the calendar reads dates only for events among them, the directory no page twice.
    organisation = OrganisationPageFactory(parent=directory, title="Afrika-Forum")
    OrganisationContentPageFactory(parent=organisation, title="Sommerfest der Vereine")
    read = tables_read(
        client, "/de/suche/?q=Sommerfest", ['"calendar_eventoccurrence"', '"calendar_eventpage"']
    )
    assert read == []
    pages_alone = [
        sql
        for sql in sql_of(client, "/de/suche/?q=Sommerfest")
        if sql.startswith('SELECT "wagtailcore_page"."id" AS "pk", "wagtailcore_page"."path"')
    ]
    assert pages_alone == []
    EventPageFactory(parent=organisation, title="Sommerfest", slug="sommerfest", start=berlin(2026, 7, 4, 15))
    read = tables_read(
        client, "/de/suche/?q=Sommerfest", ['"calendar_eventoccurrence"', '"calendar_eventpage"']
    )
    assert len(read) == 2


def test_an_organisation_shows_its_town_and_its_pages_their_organisation(client, directory):
    organisation = OrganisationPageFactory(
        parent=directory, title="Griechische Gemeinde", town=Town.objects.get(slug="erkrath")
    )
    OrganisationContentPageFactory(parent=organisation, title="Griechischkurs für Kinder")
    found = {
        result.h2.get_text(strip=True): result.select_one(".result-context").get_text(" ", strip=True)
        for result in results(client, "/de/suche/?q=Griechisch")
    }
    assert found == {
        "Griechische Gemeinde": "Erkrath",
        "Griechischkurs für Kinder": "Griechische Gemeinde · Erkrath",
    }


@pytest.fixture
def accented(home_page, directory):
    OrganisationPageFactory(
        parent=directory,
        title="Deutsch-Türkischer Kulturverein",
        slug="dtk",
        short_description="Hausaufgabenhilfe, Saz-Kurs und Theater für Familien.",
    )
    StandardPageFactory(
        parent=home_page,
        title="Beratung für Musliminnen",
        slug="beratung-muslime",
        intro="Die Beraterin Ayşe Müslüm spricht Türkisch und Deutsch.",
    )
    StandardPageFactory(parent=home_page, title="Sprachcafé im Bürgerhaus", slug="cafe")
    StandardPageFactory(
        parent=home_page,
        title="Beratung",
        slug="beratung-ar",
        title_ar="استشارة في المقهى",
        intro_ar="مقهى اللغة كل أسبوع.",
    )


@pytest.mark.parametrize("query", ["tuerk", "turk", "Turk", "Türk", "TÜRKISCHER", "deutsch-tuerkischer"])
def test_turkish_found_with_or_without_umlaut(client, accented, query):
    assert "Deutsch-Türkischer Kulturverein" in titles(client, f"/de/suche/?q={query}")


def test_accents_are_marked_where_the_folded_word_matched(client, accented):
    (result,) = results(client, "/tr/arama/?q=muslum")
    assert result.h2.get_text(strip=True) == "Beratung für Musliminnen"
    assert [mark.get_text() for mark in result.select(".snippet mark")] == ["Müslüm"]
    assert titles(client, "/de/suche/?q=müslüm") == ["Beratung für Musliminnen"]
    assert titles(client, "/de/suche/?q=Ayse") == ["Beratung für Musliminnen"]


@pytest.mark.parametrize("query", ["cafe", "Café", "CAFE", "sprachcafe"])
def test_cafe_found_without_its_accent(client, accented, query):
    assert titles(client, f"/de/suche/?q={query}") == ["Sprachcafé im Bürgerhaus"]


def test_arabic_search_is_unaffected(client, accented):
    assert titles(client, "/ar/albahth/?q=مقهى") == ["استشارة في المقهى"]
    assert titles(client, "/ar/albahth/?q=استشارة") == ["استشارة في المقهى"]


@pytest.mark.parametrize("query", ["ü", "ß", "ue", "ǅ", "İ", "ﷺ", "e\u0301", "\u200f", "a" * 300])
def test_odd_letters_give_a_page(client, accented, query):
    assert client.get("/de/suche/", {"q": query}).status_code == 200


def test_query_count_does_not_grow_with_results_of_organisations(client, directory, monkeypatch):
    monkeypatch.setattr(search_views, "PER_PAGE", 50)
    calendar = EventCalendarPageFactory(parent=directory.get_parent())

    def add(first, last):
        for number in range(first, last):
            organisation = OrganisationPageFactory(parent=directory, title=f"Verein {number}")
            kind = number % 3
            if kind == 0:
                EventPageFactory(parent=organisation, title=f"Sprachcafé {number}")
            elif kind == 1:
                NewsPageFactory(parent=organisation, title=f"Sprachcafé-Nachricht {number}")
            else:
                EventPageFactory(parent=calendar, title=f"Sprachcafé im Kreis {number}")

    add(0, 5)
    before = count_queries(client, "/de/suche/?q=Sprachcafe")
    add(5, 50)
    assert len(results(client, "/de/suche/?q=Sprachcafe")) == 50
    assert count_queries(client, "/de/suche/?q=Sprachcafe") == before

"""The language switcher, text direction and the skip link on every page."""

from unittest import mock

import pytest
from bs4 import BeautifulSoup

from django.urls import resolve, reverse
from django.utils import translation

from home.languages import alternates
from tests.factories import StandardPageFactory

NAMES_IN_THEMSELVES = {
    "de": "Deutsch",
    "en": "English",
    "tr": "Türkçe",
    "ar": "العربية",
    "fa": "فارسی",
    "pl": "Polski",
    "ru": "Русский",
    "uk": "Українська",
    "el": "Ελληνικά",
    "it": "Italiano",
    "kmr": "Kurmancî",
}


@pytest.fixture
def about_page(home_page):
    return StandardPageFactory(
        parent=home_page,
        title="Über uns",
        slug="ueber-uns",
        title_tr="Hakkımızda",
        slug_tr="hakkimizda",
        title_ar="من نحن",
        slug_ar="man-nahnu",
    )


def switcher_links(html):
    soup = BeautifulSoup(html, "html.parser")
    nav = soup.select_one("nav.language-switcher")
    return {a["lang"]: a for a in nav.select("a")}


def test_switcher_names_every_language_in_itself(client, about_page):
    links = switcher_links(client.get("/de/ueber-uns/").content)
    assert {code: a.get_text(strip=True) for code, a in links.items()} == NAMES_IN_THEMSELVES


def test_switcher_links_to_the_same_page_with_translated_slugs(client, about_page):
    links = switcher_links(client.get("/de/ueber-uns/").content)
    assert links["tr"]["href"] == "/tr/hakkimizda/"
    assert links["ar"]["href"] == "/ar/man-nahnu/"
    # Not translated into Polish: same page, German slug, Polish interface.
    assert links["pl"]["href"] == "/pl/ueber-uns/"
    assert links["de"]["aria-current"] == "true"
    assert client.get(links["tr"]["href"]).status_code == 200


def test_switcher_keeps_the_query_string(client, about_page):
    links = switcher_links(client.get("/de/ueber-uns/?seite=2").content)
    assert links["tr"]["href"] == "/tr/hakkimizda/?seite=2"


def test_switcher_of_a_view_gives_its_address_in_each_language_resolved_once_per_process(client, home_page):
    # The search is a view, not a page: its address has a word per language (/de/suche/,
    # /tr/arama/). The switcher resolved the path twice for each of the eleven languages.
    alternates._paths_in_each_language.cache_clear()
    with mock.patch("home.languages.alternates.resolve", wraps=resolve) as resolving:
        links = switcher_links(client.get("/de/suche/?q=Theater&page=1").content)
        for code, link in links.items():
            with translation.override(code):
                assert link["href"] == f"{reverse('search')}?q=Theater&page=1", code
        assert links["tr"]["href"] == "/tr/arama/?q=Theater&page=1"
        assert resolving.call_count == 1

        # The next search, whatever its words, finds the addresses known: nothing is resolved.
        links = switcher_links(client.get("/de/suche/?q=Sprachcaf%C3%A9").content)
        assert links["tr"]["href"] == "/tr/arama/?q=Sprachcaf%C3%A9"
        assert links["ar"]["href"].endswith("?q=Sprachcaf%C3%A9")
        assert resolving.call_count == 1


def test_a_views_addresses_are_remembered_for_the_language_they_were_resolved_in(rf, home_page):
    # /ar/albahth/ is the search only while Arabic is active (its prefix and word are Arabic's);
    # under German it resolves to nothing, and the switcher offers the home pages.
    alternates._paths_in_each_language.cache_clear()
    request = rf.get("/ar/albahth/")
    with translation.override("de"):
        assert alternates._translated_paths(request, "")["tr"] == "/tr/"
    with translation.override("ar"):
        assert alternates._translated_paths(request, "")["tr"] == "/tr/arama/"


def test_switcher_of_an_unknown_address_offers_the_home_pages(client, home_page):
    links = switcher_links(client.get("/de/gibt-es-nicht/").content)
    assert {code: link["href"] for code, link in links.items()} == {
        code: f"/{code}/" for code in NAMES_IN_THEMSELVES
    }


@pytest.mark.parametrize("code", ["ar", "fa"])
def test_arabic_and_persian_read_right_to_left(client, home_page, code):
    html = BeautifulSoup(client.get(f"/{code}/").content, "html.parser").html
    assert html["lang"] == code
    assert html["dir"] == "rtl"


@pytest.mark.parametrize("code", ["de", "en", "tr", "pl", "ru", "uk", "el", "it", "kmr"])
def test_other_languages_read_left_to_right(client, home_page, code):
    html = BeautifulSoup(client.get(f"/{code}/").content, "html.parser").html
    assert html["lang"] == code
    assert html["dir"] == "ltr"


@pytest.mark.parametrize(
    ("code", "skip_text"),
    [("de", "Zum Inhalt springen"), ("en", "Skip to content"), ("tr", "İçeriğe geç")],
)
def test_skip_link_is_the_first_link_and_translated(client, home_page, code, skip_text):
    soup = BeautifulSoup(client.get(f"/{code}/").content, "html.parser")
    first_focusable = soup.body.find(["a", "button", "input", "select", "textarea"])
    assert first_focusable["href"] == "#main"
    assert first_focusable.get_text(strip=True) == skip_text
    assert soup.find("main")["id"] == "main"


def test_every_rtl_language_page_has_translated_skip_link(client, home_page):
    soup = BeautifulSoup(client.get("/ar/").content, "html.parser")
    assert soup.select_one("a.skip-link").get_text(strip=True) == "انتقل إلى المحتوى"


def test_landmarks(client, about_page):
    soup = BeautifulSoup(client.get("/de/ueber-uns/").content, "html.parser")
    assert soup.find("header") and soup.find("main") and soup.find("footer")
    labels = {nav.get("aria-label") for nav in soup.find_all("nav")}
    assert {"Sprache wählen", "Hauptnavigation", "Rechtliches"} <= labels


def test_each_languages_address_of_a_page_is_worked_out_once_per_visit(client, about_page, monkeypatch):
    # The switcher, the hreflang links, the canonical link and the structured data all name the
    # page in other languages; each address costs Wagtail's URL lookup under that language.
    from wagtail.models import Page

    looked_up = []
    get_url_parts = Page.get_url_parts

    def counted(page, request=None):
        if page.pk == about_page.pk:
            looked_up.append(page.url_path)
        return get_url_parts(page, request)

    monkeypatch.setattr(Page, "get_url_parts", counted)
    response = client.get("/de/ueber-uns/")
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one('link[rel="canonical"]')["href"] == "http://testserver/de/ueber-uns/"
    assert soup.select_one('link[hreflang="tr"]')["href"] == "http://testserver/tr/hakkimizda/"
    assert switcher_links(response.content)["ar"]["href"] == "/ar/man-nahnu/"
    assert len(looked_up) == len(NAMES_IN_THEMSELVES)

"""Missing translations fall back to German, clearly marked, and say so to search engines."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import StandardPageFactory


@pytest.fixture
def partly_translated(home_page):
    return StandardPageFactory(
        parent=home_page,
        title="Sprachcafé",
        slug="sprachcafe",
        intro="Jeden Dienstag üben wir gemeinsam Deutsch.",
        title_tr="Dil kafesi",
        slug_tr="dil-kafesi",
        title_en="Language café",
        slug_en="language-cafe",
        intro_en="Every Tuesday we practise German together.",
    )


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_untranslated_page_shows_german_marked_as_german(client, partly_translated):
    soup = soup_of(client, "/pl/sprachcafe/")
    article = soup.select_one("article")
    assert article["lang"] == "de" and article["dir"] == "ltr"
    assert article.h1.get_text(strip=True) == "Sprachcafé"
    # The note is in the visitor's language, outside the German content.
    note = soup.select_one(".fallback-notice")
    assert "nie jest jeszcze dostępna" in note.get_text()
    assert note.find_parent(attrs={"lang": "de"}) is None


def test_rtl_page_marks_german_fallback_left_to_right(client, partly_translated):
    soup = soup_of(client, "/ar/sprachcafe/")
    assert soup.html["dir"] == "rtl"
    assert soup.select_one("article")["dir"] == "ltr"


def test_partly_translated_page_marks_only_the_german_fields(client, partly_translated):
    soup = soup_of(client, "/tr/dil-kafesi/")
    assert soup.select_one(".fallback-notice") is None
    h1 = soup.select_one("article h1")
    assert h1.get_text(strip=True) == "Dil kafesi" and not h1.has_attr("lang")
    lead = soup.select_one("article .lead")
    assert lead["lang"] == "de" and lead["dir"] == "ltr"
    assert "Dienstag" in lead.get_text()


def test_fully_translated_page_has_no_german_marks(client, partly_translated):
    soup = soup_of(client, "/en/language-cafe/")
    assert soup.select_one("article").get("lang") is None
    assert soup.select_one("article .lead").get("lang") is None


def test_canonical_of_untranslated_page_is_the_german_url(client, partly_translated):
    soup = soup_of(client, "/pl/sprachcafe/")
    assert soup.find("link", rel="canonical")["href"] == "http://testserver/de/sprachcafe/"


def test_canonical_of_translated_page_is_itself(client, partly_translated):
    soup = soup_of(client, "/tr/dil-kafesi/")
    assert soup.find("link", rel="canonical")["href"] == "http://testserver/tr/dil-kafesi/"


def test_hreflang_lists_only_languages_with_content(client, partly_translated):
    soup = soup_of(client, "/pl/sprachcafe/")
    alternates = {
        link["hreflang"]: link["href"] for link in soup.find_all("link", rel="alternate", hreflang=True)
    }
    assert alternates == {
        "de": "http://testserver/de/sprachcafe/",
        "en": "http://testserver/en/language-cafe/",
        "tr": "http://testserver/tr/dil-kafesi/",
        "x-default": "http://testserver/de/sprachcafe/",
    }


def test_german_only_page_has_no_alternates(client, home_page):
    StandardPageFactory(parent=home_page, title="Impressum", slug="impressum")
    soup = soup_of(client, "/de/impressum/")
    assert soup.find_all("link", rel="alternate", hreflang=True) == []
    assert soup.find("link", rel="canonical")["href"] == "http://testserver/de/impressum/"


def test_menu_entry_without_translation_is_marked_german(client, home_page, partly_translated):
    partly_translated.show_in_menus = True
    partly_translated.save_revision().publish()
    soup = soup_of(client, "/pl/")
    entry = soup.select_one('nav.main-menu a[href="/pl/sprachcafe/"], .main-menu a[href="/pl/sprachcafe/"]')
    assert entry["lang"] == "de"


def test_german_slugs_under_another_language_redirect_to_the_translated_address(client, partly_translated):
    response = client.get("/tr/sprachcafe/?x=1")
    assert response.status_code == 301
    assert response["Location"] == "/tr/dil-kafesi/?x=1"
    assert client.get("/tr/gibt-es-nicht/").status_code == 404

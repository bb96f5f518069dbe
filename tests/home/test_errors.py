"""404 and 500 pages in the visitor's language."""

import pytest
from bs4 import BeautifulSoup

from django.test import RequestFactory
from django.utils import translation

from home.views import server_error


@pytest.mark.parametrize(
    ("code", "direction", "heading"),
    [
        ("de", "ltr", "Seite nicht gefunden"),
        ("tr", "ltr", "Sayfa bulunamadı"),
        ("ar", "rtl", "الصفحة غير موجودة"),
    ],
)
def test_404_is_translated_and_styled(client, home_page, code, direction, heading):
    response = client.get(f"/{code}/gibt-es-nicht/")
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == code and soup.html["dir"] == direction
    assert soup.h1.get_text(strip=True) == heading
    assert soup.find("link", rel="stylesheet")
    assert soup.select_one("nav.language-switcher a[lang=de]")["href"] == "/de/"


def test_unprefixed_unknown_path_is_sent_to_a_language(client, home_page):
    response = client.get("/gibt-es-nicht/")
    assert response.status_code in (301, 302)


@pytest.mark.parametrize(
    ("code", "direction", "heading"),
    [("de", "ltr", "Etwas ist schiefgelaufen"), ("fa", "rtl", "مشکلی پیش آمد")],
)
def test_500_is_translated_without_the_database(code, direction, heading):
    # No `db` fixture: any query here would raise, so this proves the page
    # renders while the database is what failed.
    request = RequestFactory().get(f"/{code}/")
    with translation.override(code):
        response = server_error(request)
    assert response.status_code == 500
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == code and soup.html["dir"] == direction
    assert soup.h1.get_text(strip=True) == heading

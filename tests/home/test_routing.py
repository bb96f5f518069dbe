"""A page is found by its slug in the visitor's language without reading all its siblings."""

from unittest import mock

import pytest
from bs4 import BeautifulSoup

from django.db.models import Model

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive(home_page):
    return StandardPageFactory(parent=home_page, title="Archiv", slug="archiv", slug_tr="arsiv")


def rows_loaded(client, url):
    """How many model instances the request builds from database rows."""
    original = Model.from_db.__func__
    calls = []

    def counting(cls, *args, **kwargs):
        calls.append(cls)
        return original(cls, *args, **kwargs)

    with mock.patch.object(Model, "from_db", classmethod(counting)):
        response = client.get(url)
    assert response.status_code == 200, url
    return len(calls)


def test_a_page_among_many_siblings_costs_as_much_as_among_few(client, archive):
    StandardPageFactory(parent=archive, title="Gesucht", slug="gesucht", slug_tr="aranan")
    for _ in range(4):
        StandardPageFactory(parent=archive)
    client.get("/tr/arsiv/aranan/")
    few = rows_loaded(client, "/tr/arsiv/aranan/")
    for _ in range(45):
        StandardPageFactory(parent=archive)
    assert rows_loaded(client, "/tr/arsiv/aranan/") == few


@pytest.mark.parametrize(
    ("url", "title"),
    [
        ("/de/archiv/gesucht/", "Gesucht"),
        ("/tr/arsiv/aranan/", "Aranan"),
        # No Turkish slug: the German one serves Turkish readers too.
        ("/tr/arsiv/ohne-uebersetzung/", "Ohne Übersetzung"),
    ],
)
def test_children_are_found_by_the_slug_readers_of_each_language_see(client, archive, url, title):
    StandardPageFactory(parent=archive, title="Gesucht", slug="gesucht", slug_tr="aranan", title_tr="Aranan")
    StandardPageFactory(parent=archive, title="Ohne Übersetzung", slug="ohne-uebersetzung")
    response = client.get(url)
    assert response.status_code == 200
    assert BeautifulSoup(response.content, "html.parser").h1.get_text(strip=True) == title


def test_a_turkish_slug_is_not_an_address_in_german(client, archive):
    StandardPageFactory(parent=archive, title="Gesucht", slug="gesucht", slug_tr="aranan")
    assert client.get("/de/archiv/aranan/").status_code == 404

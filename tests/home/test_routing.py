"""A page is found by its slug in the visitor's language without reading all its siblings."""

from unittest import mock

import pytest
from bs4 import BeautifulSoup

from django.db import connection
from django.db.models import Model
from django.db.models.sql.compiler import SQLCompiler

from wagtail.models import Page, PageViewRestriction

from tests.factories import StandardPageFactory
from tests.utils import count_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive(home_page):
    return StandardPageFactory(parent=home_page, title="Archiv", slug="archiv", slug_tr="arsiv")


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


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
    # New pages drop the cached site with its root page (home/sites.py): read again once.
    client.get("/tr/arsiv/aranan/")
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


def test_a_deep_page_costs_no_more_queries_than_a_shallow_one(client, archive):
    # Wagtail reads two rows per level of the address; the portal reads the whole address at once.
    StandardPageFactory(parent=archive, title="Gesucht", slug="gesucht", slug_tr="aranan")
    section = StandardPageFactory(parent=archive, title="Jahrgang", slug="jahrgang")
    deeper = StandardPageFactory(parent=section, title="Band", slug="band")
    StandardPageFactory(parent=deeper, title="Kapitel", slug="kapitel")
    assert count_queries(client, "/tr/arsiv/jahrgang/band/kapitel/") == count_queries(
        client, "/tr/arsiv/aranan/"
    )


def pages_compiled(client, url):
    """How many times the request had Django compile a query of the page tree (`Page` rows)."""
    original = SQLCompiler.as_sql
    compiled = []

    def counting(compiler, *args, **kwargs):
        if compiler.query.model is Page:
            compiled.append(compiler.query.model)
        return original(compiler, *args, **kwargs)

    with mock.patch.object(SQLCompiler, "as_sql", counting):
        assert client.get(url).status_code == 200, url
    return len(compiled)


@pytest.mark.postgres
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="arrays are PostgreSQL's; elsewhere Django compiles"
)
def test_the_pages_along_an_address_are_read_without_compiling_a_query(client, archive):
    # The same SQL text for every address of a language, written once: Django compiled the
    # pages along the address again on every request, an IN list as long as the address.
    section = StandardPageFactory(parent=archive, title="Jahrgang", slug="jahrgang", slug_tr="yil")
    StandardPageFactory(parent=section, title="Band", slug="band", slug_tr="cilt")
    for url in ("/tr/arsiv/yil/cilt/", "/de/archiv/jahrgang/band/", "/de/archiv/"):
        client.get(url)
        assert pages_compiled(client, url) == 0


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="the arrays are PostgreSQL's")
def test_the_pages_read_along_an_address_are_the_pages_django_reads(archive, home_page):
    from home.languages.routing import pages_along

    section = StandardPageFactory(parent=archive, title="Jahrgang", slug="jahrgang", slug_tr="yil")
    band = StandardPageFactory(parent=section, title="Band", slug="band", slug_tr="cilt")
    PageViewRestriction.objects.create(page=section, restriction_type="password", password="geheim")
    lineage, chain = pages_along(Page.objects.get(pk=home_page.pk), ["arsiv", "yil", "cilt"], "tr")
    assert [page.pk for page in chain] == [archive.pk, section.pk, band.pk]
    assert [page.restricted for page in chain] == [False, True, False]
    for read in [*lineage, *chain]:
        django_read = Page.objects.get(pk=read.pk)
        for field in Page._meta.concrete_fields:
            assert getattr(read, field.attname) == getattr(django_read, field.attname), field.attname
            assert type(getattr(read, field.attname)) is type(getattr(django_read, field.attname))


def test_a_page_whose_translated_url_path_is_stale_is_still_found_by_its_slugs(client, archive):
    page = StandardPageFactory(
        parent=archive, title="Gesucht", slug="gesucht", slug_tr="aranan", title_tr="Aranan"
    )
    # As for a page saved before its language was added: no Turkish url path yet.
    Page.objects.filter(pk=page.pk).update(url_path_tr=None)
    response = client.get("/tr/arsiv/aranan/")
    assert response.status_code == 200
    assert BeautifulSoup(response.content, "html.parser").h1.get_text(strip=True) == "Aranan"
    assert client.get("/tr/arsiv/nichts-da/").status_code == 404


@pytest.mark.parametrize("private", ["archive", "page"])
def test_a_page_in_a_private_section_asks_for_the_password_and_is_left_out_of_the_menu(
    client, archive, private
):
    page = StandardPageFactory(parent=archive, title="Gesucht", slug="gesucht")
    archive.show_in_menus = True
    archive.save_revision().publish()
    PageViewRestriction.objects.create(
        page=archive if private == "archive" else page,
        restriction_type=PageViewRestriction.PASSWORD,
        password="vereinsintern",
    )
    response = client.get("/de/archiv/gesucht/")
    assert response.status_code == 200
    assert b"vereinsintern" not in response.content
    assert soup(response).find("input", {"name": "password"})
    menu = [link.get_text(strip=True) for link in soup(client.get("/de/")).select(".main-menu nav a")]
    assert ("Archiv" in menu) == (private == "page")


def test_an_alias_of_a_private_page_is_private_too(client, archive, home_page):
    original = StandardPageFactory(parent=archive, title="Gesucht", slug="gesucht")
    PageViewRestriction.objects.create(page=original, restriction_type=PageViewRestriction.LOGIN)
    original.create_alias(parent=home_page, update_slug="gesucht-kopie")
    response = client.get("/de/gesucht-kopie/")
    assert response.status_code == 302 and "/login/" in response["Location"]

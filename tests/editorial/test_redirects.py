"""A changed address in any language redirects to the page, so that no old link breaks."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from home.languages import LANGUAGE_CODES
from home.models import StandardPage
from home.redirects import record_paths
from tests.bench.bulk import bulk_create_pages
from tests.factories import StandardPageFactory


def test_slug_changes_redirect_in_every_language(client, home_page):
    page = StandardPageFactory(
        parent=home_page, title="Über uns", slug="ueber-uns", title_tr="Hakkımızda", slug_tr="hakkimizda"
    )
    child = StandardPageFactory(parent=page, title="Team", slug="team")
    page.slug_tr = "biz-kimiz"
    page.slug_de = "wir"
    page.save_revision().publish()

    response = client.get("/tr/hakkimizda/")
    assert response.status_code == 301 and response["Location"] == "/tr/biz-kimiz/"
    response = client.get("/de/ueber-uns/")
    assert response.status_code == 301 and response["Location"] == "/de/wir/"
    # Languages without a slug of their own followed the German one.
    response = client.get("/en/ueber-uns/")
    assert response.status_code == 301 and response["Location"] == "/en/wir/"
    # The page below moved with it.
    response = client.get("/tr/hakkimizda/team/")
    assert response.status_code == 301 and response["Location"] == "/tr/biz-kimiz/team/"
    assert client.get("/tr/biz-kimiz/team/").status_code == 200
    assert child.pk


def test_moving_a_page_redirects_in_every_language(client, home_page):
    first = StandardPageFactory(parent=home_page, title="Angebote", slug="angebote", slug_ar="urud")
    second = StandardPageFactory(parent=home_page, title="Archiv", slug="archiv", slug_ar="arshif")
    moved = StandardPageFactory(parent=first, title="Kurse", slug="kurse", slug_ar="dawrat")
    Page.objects.get(pk=moved.pk).move(second, pos="last-child")

    for old, new in (
        ("/de/angebote/kurse/", "/de/archiv/kurse/"),
        ("/ar/urud/dawrat/", "/ar/arshif/dawrat/"),
        ("/pl/angebote/kurse/", "/pl/archiv/kurse/"),
    ):
        response = client.get(old)
        assert response.status_code == 301, old
        assert response["Location"] == new
        assert client.get(new).status_code == 200


def test_a_page_moved_back_does_not_redirect_in_a_loop(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Kontakt", slug="kontakt")
    page.slug_de = "kontakt-neu"
    page.save_revision().publish()
    page.slug_de = "kontakt"
    page.save_revision().publish()
    assert client.get("/de/kontakt/").status_code == 200
    assert client.get("/de/kontakt-neu/")["Location"] == "/de/kontakt/"


def _rename_with_children(home_page, count):
    """A section with `count` live pages below it, renamed: every child's address changes."""
    section = StandardPageFactory(parent=home_page, title=f"Bereich {count}", slug=f"bereich-{count}")
    children = bulk_create_pages(
        section, StandardPage, [{"title": f"Seite {n}", "slug": f"seite-{n}"} for n in range(count)]
    )
    record_paths(section, with_descendants=True)
    section = StandardPage.objects.get(pk=section.pk)
    section.slug_de = f"neu-{count}"
    section.save_revision().publish()
    section.refresh_from_db()
    with CaptureQueriesContext(connection) as queries:
        record_paths(section, with_descendants=True)
    return children, len(queries)


def test_renaming_a_section_writes_its_redirects_in_the_same_queries_for_5_and_50_pages(client, home_page):
    """Renaming the calendar touches ~10,000 events × 11 languages: no query per page or language."""
    _few, queries_for_5 = _rename_with_children(home_page, 5)
    many, queries_for_50 = _rename_with_children(home_page, 50)
    assert queries_for_5 == queries_for_50
    assert Redirect.objects.filter(redirect_page_id__in=[page.pk for page in many]).count() == 50 * len(
        LANGUAGE_CODES
    )
    response = client.get("/tr/bereich-50/seite-49/")
    assert response.status_code == 301 and response["Location"] == "/tr/neu-50/seite-49/"

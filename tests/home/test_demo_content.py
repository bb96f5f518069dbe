"""The demo content: real pages in every language, 23 organisations, and safe to load twice."""

import io

import pytest

from django.core.management import call_command
from django.db import connection, models

from wagtail.models import Page, ReferenceIndex

from events.calendar.models import EventOccurrence, EventPage
from events.news.models import NewsPage
from events.press.models import PressReleasePage
from home.languages import LANGUAGE_CODES
from home.models import PortalHomePage, StandardPage
from organisations.models import OrganisationApplication, OrganisationContentPage, OrganisationPage, Town
from tests.search.demo_search import check_the_demo_portal_is_searched_as_visitors_type


@pytest.mark.slow
def test_demo_content_loads_twice_without_duplicates(db, client, monkeypatch):
    out = io.StringIO()
    call_command("load_demo_content", stdout=out)
    if connection.vendor == "postgresql":
        # The search as visitors type it, on this real content (production searches on PostgreSQL).
        check_the_demo_portal_is_searched_as_visitors_type(client, monkeypatch)
    first = Page.objects.count()
    call_command("load_demo_content", stdout=io.StringIO())
    assert Page.objects.count() == first
    assert PortalHomePage.objects.count() == 1

    # The logins are printed for the newcomer.
    printed = out.getvalue()
    for username in ("admin", "moderation", "redaktion-a", "redaktion-b"):
        assert f"user: {username}" in printed
    assert "password:" in printed

    home = PortalHomePage.objects.get()
    about = StandardPage.objects.get(slug_de="ueber-das-portal")
    for code in LANGUAGE_CODES:
        assert home.is_available_in(code) and about.is_available_in(code)
        assert client.get(f"/{code}/").status_code == 200
    titles = set(StandardPage.objects.values_list("title_de", flat=True))
    assert {
        "Impressum",
        "Datenschutzerklärung",
        "Erklärung zur Barrierefreiheit",
        "Leichte Sprache",
    } <= titles

    organisations = OrganisationPage.objects.live()
    assert organisations.count() == 23
    assert set(organisations.values_list("town__slug", flat=True)) == set(
        Town.objects.values_list("slug", flat=True)
    )
    for organisation in organisations:
        assert 2 <= OrganisationContentPage.objects.child_of(organisation).count() <= 4
        assert organisation.editor_group is not None and organisation.collection is not None
    assert OrganisationApplication.objects.filter(status="new").count() == 2
    assert client.get("/de/organisationen/").status_code == 200

    # The calendar, the news and the press archive.
    assert EventPage.objects.live().count() == 150
    assert EventPage.objects.exclude(frequency="once").filter(exceptions__kind="cancelled").exists()
    assert EventPage.objects.filter(exceptions__kind="moved").exists()
    assert EventPage.objects.filter(all_day=True).exists()
    assert EventOccurrence.objects.filter(end__date__gt=models.F("start__date")).exists()  # multi-day
    assert NewsPage.objects.live().count() == 40
    assert PressReleasePage.objects.live().count() == 30
    assert PressReleasePage.objects.filter(title_de__contains="Bündnispartner").exists()
    for url in ("/de/veranstaltungen/", "/de/aktuelles/", "/de/presse/"):
        assert client.get(url).status_code == 200

    # Indexed once at the end of the load (home/demo/indexing.py): the admin's search finds the
    # pages, and the images' usage counts know which pages show them.
    assert {page.title for page in Page.objects.search("Sprachcafé")} >= {"Sprachcafé"}
    assert ReferenceIndex.objects.filter(to_content_type__model="portalimage").exists()

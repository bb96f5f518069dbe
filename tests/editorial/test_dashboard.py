"""Dashboards: the editor's pages in review, upcoming events, missing translations; moderation queue."""

from bs4 import BeautifulSoup

from django.db import connection
from django.test.utils import CaptureQueriesContext

from organisations.dashboard import editor_panels
from organisations.models import OrganisationApplication, OrganisationPage, Town
from tests.factories import (
    EventPageFactory,
    OrganisationContentPageFactory,
    berlin,
    bulk_organisations,
)


def panels(client):
    soup = BeautifulSoup(client.get("/admin/").content, "html.parser")
    return {
        section.h2.get_text(strip=True): section.get_text(" ", strip=True)
        for section in soup.select("section.mokme-dashboard-panel")
    }


def test_editor_dashboard(client, editor_a, org_a, org_b):
    page = OrganisationContentPageFactory(parent=org_a, title="Angebote", slug="angebote")
    page.get_workflow().start(page, editor_a)
    EventPageFactory(parent=org_a, title="Sprachcafé", start=berlin(2030, 1, 7, 18))
    EventPageFactory(parent=org_b, title="Fremder Termin", start=berlin(2030, 1, 7, 18))
    client.force_login(editor_a)
    found = panels(client)
    assert "Angebote" in found["Ihre Seiten in Prüfung"]
    assert "Sprachcafé" in found["Ihre nächsten Veranstaltungen"]
    assert "Fremder Termin" not in found["Ihre nächsten Veranstaltungen"]
    assert "TR" in found["Fehlende Übersetzungen"]
    assert "Neue Anmeldungen" not in found


def test_moderator_dashboard(client, moderator, org_a):
    OrganisationApplication.objects.create(
        name="Neuer Verein",
        contact_name="Vorstand",
        email="v@example.org",
        town=Town.objects.get(slug="haan"),
        description="…",
        consent=True,
        language="de",
        fingerprint="x",
    )
    client.force_login(moderator)
    found = panels(client)
    assert "Neuer Verein (Haan)" in found["Neue Anmeldungen von Organisationen"]
    assert "Seiten in Prüfung" in found


def test_missing_translations_are_counted_in_one_query_however_many_organisations(directory):
    bulk_organisations(directory, 50)
    OrganisationPage.objects.update(publication_languages=["tr", "ar"])
    organisations = list(OrganisationPage.objects.order_by("path"))
    for organisation in organisations[:3]:
        OrganisationContentPageFactory(parent=organisation, title="Angebote", slug="angebote")

    def queries_and_missing(count):
        with CaptureQueriesContext(connection) as queries:
            missing = editor_panels(organisations[:count])[1].items
        return len(queries), {item["label"] for item in missing}

    five, missing_of_five = queries_and_missing(5)
    fifty, missing_of_fifty = queries_and_missing(50)
    assert five == fifty
    # Each organisation misses its own page and its pages, in each of its two languages.
    assert {
        "Verein Nummer 0: TR – 2",
        "Verein Nummer 0: AR – 2",
        "Verein Nummer 4: AR – 1",
    } <= missing_of_five
    assert len(missing_of_fifty) == 100

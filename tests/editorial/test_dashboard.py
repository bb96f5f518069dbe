"""Dashboards: the editor's pages in review, upcoming events, missing translations; moderation queue."""

from bs4 import BeautifulSoup

from organisations.models import OrganisationApplication, Town
from tests.factories import EventPageFactory, OrganisationContentPageFactory, berlin


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

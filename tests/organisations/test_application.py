"""The online application, from the public form to the invitation (or a polite rejection)."""

import pytest
from bs4 import BeautifulSoup

from organisations.applications.decisions import (
    ApplicationAlreadyDecidedError,
    approve_application,
    reject_application,
)
from organisations.models import (
    Community,
    FieldOfActivity,
    OrganisationApplication,
    OrganisationPage,
    SpokenLanguage,
    Town,
)


@pytest.fixture
def form_data(db):
    return {
        "name": "Freundeskreis Kamerun Velbert",
        "contact_name": "Nadine Mbarga",
        "email": "vorstand@kamerun.example",
        "phone": "02051 5550100",
        "town": Town.objects.get(slug="velbert").pk,
        "communities": [Community.objects.get(slug="west-african").pk],
        "spoken_languages": [SpokenLanguage.objects.get(code="fr").pk],
        "fields_of_activity": [FieldOfActivity.objects.get(slug="culture").pk],
        "description": "Kulturabende und Hausaufgabenhilfe.",
        "consent": "on",
    }


def test_application_is_stored_and_moderators_are_emailed(
    client, directory, moderator, form_data, outbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/register-an-organisation/", form_data)
    assert response.status_code == 302
    application = OrganisationApplication.objects.get()
    assert application.status == "new" and application.language == "en"
    assert [c.slug for c in application.communities.all()] == ["west-african"]
    assert outbox[-1].to == ["moderation@example.org"]
    assert "Freundeskreis Kamerun Velbert" in outbox[-1].subject
    confirmation = client.get(response["Location"])
    assert "Thank you for your application" in confirmation.content.decode()


def test_form_is_translated_and_lists_choices_in_the_visitors_language(client, directory):
    soup = BeautifulSoup(client.get("/tr/").content, "html.parser")
    apply_link = soup.find("a", string=lambda text: text and "Kuruluşunuzu" in text)
    html = client.get(apply_link["href"] if apply_link else "/de/organisation-anmelden/").content.decode()
    assert "Ebeveynler ve aile" in html or "Eltern und Familie" in html


def test_the_same_application_sent_twice_is_stored_once(client, directory, form_data):
    client.post("/de/organisation-anmelden/", form_data)
    client.post("/de/organisation-anmelden/", {**form_data, "name": "  freundeskreis kamerun  velbert"})
    assert OrganisationApplication.objects.count() == 1


def test_invalid_application_keeps_the_input(client, directory, form_data):
    response = client.post("/de/organisation-anmelden/", {**form_data, "consent": "", "email": "kaputt"})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("input", attrs={"name": "name"})["value"] == "Freundeskreis Kamerun Velbert"
    assert soup.find("input", attrs={"name": "email"})["value"] == "kaputt"
    checked = [box["value"] for box in soup.select('input[name="communities"][checked]')]
    assert checked == [str(form_data["communities"][0])]
    assert "Einwilligung" in soup.get_text()
    assert OrganisationApplication.objects.count() == 0


def test_honeypot(client, directory, form_data):
    client.post("/de/organisation-anmelden/", {**form_data, "website": "x"})
    assert OrganisationApplication.objects.count() == 0


def submitted(client, form_data):
    client.post("/de/organisation-anmelden/", form_data)
    return OrganisationApplication.objects.get()


def test_approval_provisions_and_invites(
    client, directory, moderator, form_data, outbox, django_capture_on_commit_callbacks
):
    application = submitted(client, form_data)
    client.force_login(moderator)
    review = client.get(f"/admin/organisations/applications/{application.pk}/")
    assert review.status_code == 200 and "Freundeskreis Kamerun Velbert" in review.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/organisations/applications/{application.pk}/", {"decision": "approve"}
        )
    assert response.status_code == 302
    organisation = OrganisationPage.objects.get()
    assert organisation.title == "Freundeskreis Kamerun Velbert" and organisation.live
    assert organisation.town.slug == "velbert"
    application.refresh_from_db()
    assert application.status == "approved" and application.organisation == organisation
    invitation = outbox[-1]
    assert invitation.to == ["vorstand@kamerun.example"]
    assert "/admin/password_reset/confirm/" in invitation.body

    # A second click changes nothing.
    client.post(f"/admin/organisations/applications/{application.pk}/", {"decision": "approve"})
    assert OrganisationPage.objects.count() == 1
    with pytest.raises(ApplicationAlreadyDecidedError):
        approve_application(application.pk, moderator)


def test_rejection_sends_a_polite_email_in_the_applicants_language(
    client, directory, moderator, form_data, outbox, django_capture_on_commit_callbacks
):
    client.post("/tr/kurulus-kaydi/", form_data)
    application = OrganisationApplication.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        reject_application(application.pk, moderator, "Der Verein ist nicht im Kreis Mettmann tätig.")
    assert outbox[-1].to == ["vorstand@kamerun.example"]
    assert "Merhaba" in outbox[-1].body
    assert "Der Verein ist nicht im Kreis Mettmann tätig." in outbox[-1].body
    assert OrganisationPage.objects.count() == 0


def test_only_moderators_see_applications(client, editor_a, directory, form_data):
    application = submitted(client, form_data)
    client.force_login(editor_a)
    assert client.get("/admin/organisations/applications/").status_code in (302, 403)
    # As every admin URL naming an object outside the user's scope: 404 (home/admin_scope/).
    assert client.get(f"/admin/organisations/applications/{application.pk}/").status_code in (302, 403, 404)
    client.post(f"/admin/organisations/applications/{application.pk}/", {"decision": "approve"})
    assert OrganisationPage.objects.filter(title_de="Freundeskreis Kamerun Velbert").count() == 0


def applications(count, *, status="new", name="Verein"):
    town = Town.objects.get(slug="haan")
    OrganisationApplication.objects.bulk_create(
        OrganisationApplication(
            name=f"{name} {number:03}",
            contact_name="Vorstand",
            email=f"v{number}@example.org",
            town=town,
            description="…",
            consent=True,
            language="de",
            fingerprint=f"{name}{number}",
            status=status,
        )
        for number in range(count)
    )


def listed(client, query=""):
    response = client.get(f"/admin/organisations/applications/{query}")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [row.find("a").get_text(strip=True) for row in soup.select("table.listing tbody tr")], soup


def test_applications_list_shows_every_application_page_by_page_waiting_first(client, moderator, directory):
    applications(230, status="approved", name="Bestätigt")
    applications(1, name="Wartend")
    client.force_login(moderator)
    first_page, soup = listed(client)
    assert first_page[0] == "Wartend 000"
    link = soup.find("a", string=lambda text: text and "Wartend 000" in text)
    waiting = OrganisationApplication.objects.get(name="Wartend 000")
    assert link["href"] == f"/admin/organisations/applications/{waiting.pk}/"
    # The old list stopped at 200 rows; every page of this one can be reached.
    seen = set()
    for number in range(1, 6):
        seen.update(listed(client, f"?p={number}")[0])
    assert len(seen) == 231
    assert soup.find("a", href="/admin/organisations/new/") is not None


def test_applications_list_searches_and_filters_by_status(client, moderator, directory):
    applications(3, status="rejected", name="Abgelehnt")
    applications(2, name="Nachbarschaft")
    client.force_login(moderator)
    assert sorted(listed(client, "?q=Nachbarschaft")[0]) == ["Nachbarschaft 000", "Nachbarschaft 001"]
    assert sorted(listed(client, "?status=rejected")[0]) == [
        "Abgelehnt 000",
        "Abgelehnt 001",
        "Abgelehnt 002",
    ]


def test_applications_are_changed_only_by_a_decision(client, moderator, directory, form_data):
    application = submitted(client, form_data)
    client.force_login(moderator)
    for url in (
        "/admin/organisations/applications/new/",
        f"/admin/organisations/applications/edit/{application.pk}/",
        f"/admin/organisations/applications/delete/{application.pk}/",
    ):
        assert client.get(url).status_code in (302, 403, 404), url
    assert client.get("/admin/organisations/new/").status_code == 200

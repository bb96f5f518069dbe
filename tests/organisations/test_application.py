"""The online application, from the public form to the invitation (or a polite rejection)."""

import pytest
from bs4 import BeautifulSoup

from organisations.models import (
    Community,
    FieldOfActivity,
    OrganisationApplication,
    OrganisationPage,
    SpokenLanguage,
    Town,
)
from organisations.onboarding import ApplicationAlreadyDecidedError, approve_application, reject_application


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
    assert client.get(f"/admin/organisations/applications/{application.pk}/").status_code in (302, 403)
    client.post(f"/admin/organisations/applications/{application.pk}/", {"decision": "approve"})
    assert OrganisationPage.objects.filter(title_de="Freundeskreis Kamerun Velbert").count() == 0

"""The contact form: mail to the organisation, stored for its editors, no spam, nothing lost."""

import pytest
from bs4 import BeautifulSoup

from organisations.contact import MESSAGES_PER_HOUR
from organisations.models import ContactMessage
from tests.factories import OrganisationPageFactory


@pytest.fixture
def organisation(directory):
    return OrganisationPageFactory(
        parent=directory, title="Anatolia", slug="anatolia", email="kontakt@anatolia.example"
    )


MESSAGE = {
    "name": "Ayşe",
    "email": "ayse@example.org",
    "subject": "Sprachcafé",
    "message": "Wann trefft ihr euch?",
}


def test_message_is_mailed_and_stored(client, organisation, outbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/tr/kuruluslar/anatolia/contact/", MESSAGE)
    assert response.status_code == 302
    stored = ContactMessage.objects.get()
    assert stored.organisation_id == organisation.pk and stored.language == "tr" and stored.delivered
    assert outbox[0].to == ["kontakt@anatolia.example"]
    assert outbox[0].reply_to == ["ayse@example.org"]
    assert "Wann trefft ihr euch?" in outbox[0].body
    confirmation = client.get(response["Location"])
    assert "Teşekkürler" in confirmation.content.decode()


def test_invalid_message_keeps_the_input(client, organisation, outbox):
    response = client.post("/de/organisationen/anatolia/contact/", {**MESSAGE, "email": "nicht-gültig"})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("input", attrs={"name": "email"})["value"] == "nicht-gültig"
    assert soup.find("textarea", attrs={"name": "message"}).get_text().strip() == "Wann trefft ihr euch?"
    assert soup.find("input", attrs={"name": "email"})["aria-invalid"] == "true"
    assert ContactMessage.objects.count() == 0 and outbox == []


def test_honeypot_silently_drops_spam(client, organisation, outbox):
    response = client.post(
        "/de/organisationen/anatolia/contact/", {**MESSAGE, "website": "http://spam.example"}
    )
    assert response.status_code == 302
    assert ContactMessage.objects.count() == 0 and outbox == []


def test_rate_limit_stops_a_flood(client, organisation, outbox):
    for number in range(MESSAGES_PER_HOUR):
        client.post("/de/organisationen/anatolia/contact/", {**MESSAGE, "subject": f"Frage {number}"})
    response = client.post("/de/organisationen/anatolia/contact/", {**MESSAGE, "subject": "Noch einmal"})
    assert response.status_code == 429
    assert "Noch einmal" in response.content.decode()
    assert ContactMessage.objects.count() == MESSAGES_PER_HOUR


def test_message_is_stored_when_the_mail_server_fails(
    client, organisation, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.home.failing_mail.FailingBackend"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/de/organisationen/anatolia/contact/", MESSAGE)
    assert response.status_code == 302
    assert ContactMessage.objects.get().delivered is False


def test_without_own_address_the_editors_receive_it(
    client, org_a, outbox, django_capture_on_commit_callbacks
):
    org_a.email = ""
    org_a.save_revision().publish()
    outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{org_a.url}contact/", MESSAGE)
    assert outbox[0].to == ["ayse@example.org"]  # the editor's address

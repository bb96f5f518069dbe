"""Mail the portal sends: one-line headers whatever a visitor types, and nothing lost when the
mail server fails — the outbox tries again on schedule and moderators see what is stuck."""

from datetime import timedelta

import pytest
import time_machine

from django.core.management import call_command
from django.utils import timezone

from home.mail import MAX_ATTEMPTS
from home.management.commands.run_scheduled_jobs import scheduled_jobs
from home.models import OutgoingMail
from organisations.models import (
    Community,
    ContactMessage,
    FieldOfActivity,
    OrganisationApplication,
    OrganisationPage,
    SpokenLanguage,
    Town,
)
from tests.factories import OrganisationPageFactory

FAILING = "tests.home.failing_mail.FailingBackend"
WORKING = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture
def organisation(directory):
    return OrganisationPageFactory(
        parent=directory, title="Anatolia", slug="anatolia", email="kontakt@anatolia.example"
    )


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Runs what waits for the transaction's commit, as it happens outside the test's transaction."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def form_data(db):
    return {
        "name": "Freundeskreis Kamerun Velbert",
        "contact_name": "Nadine Mbarga",
        "email": "vorstand@kamerun.example",
        "town": Town.objects.get(slug="velbert").pk,
        "communities": [Community.objects.get(slug="west-african").pk],
        "spoken_languages": [SpokenLanguage.objects.get(code="fr").pk],
        "fields_of_activity": [FieldOfActivity.objects.get(slug="culture").pk],
        "description": "Kulturabende und Hausaufgabenhilfe.",
        "consent": "on",
    }


MESSAGE = {
    "name": "Ayşe\r\nCc: opfer@example.org",
    "email": "ayse@example.org",
    "subject": "Sprachcafé\r\nBcc: opfer@example.org",
    "message": "Wann trefft ihr euch?",
}


def later(minutes):
    return time_machine.travel(timezone.now() + timedelta(minutes=minutes), tick=False)


def test_a_line_break_in_the_subject_is_mailed_on_one_line(client, organisation, outbox, commit):
    with commit():
        response = client.post("/de/organisationen/anatolia/contact/", MESSAGE)
    assert response.status_code == 302
    assert ContactMessage.objects.get().delivered
    [sent] = outbox
    assert sent.subject == "Nachricht über mokme: Sprachcafé Bcc: opfer@example.org"
    headers = sent.message()
    assert headers["Bcc"] is None and headers["Cc"] is None
    assert sent.recipients() == ["kontakt@anatolia.example"]


def test_application_with_line_breaks_is_stored_approved_and_the_invitation_sent(
    client,
    directory,
    moderator,
    form_data,
    outbox,
    commit,
):
    form_data = {**form_data, "name": "Freundeskreis\r\nKamerun Velbert", "contact_name": "Nadine\nMbarga"}
    with commit():
        response = client.post("/de/organisation-anmelden/", form_data)
    assert response.status_code == 302
    application = OrganisationApplication.objects.get()
    assert outbox[-1].to == ["moderation@example.org"]
    assert "\n" not in outbox[-1].subject and "Kamerun Velbert" in outbox[-1].subject

    client.force_login(moderator)
    with commit():
        response = client.post(
            f"/admin/organisations/applications/{application.pk}/", {"decision": "approve"}
        )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == "approved" and OrganisationPage.objects.filter(
        pk=application.organisation_id
    )
    invitation = outbox[-1]
    assert invitation.to == ["vorstand@kamerun.example"] and "\n" not in invitation.subject
    assert "/admin/password_reset/confirm/" in invitation.body


def test_undelivered_mail_is_retried_and_shown_to_moderators_until_sent(
    client, organisation, moderator, outbox, settings, commit
):
    settings.EMAIL_BACKEND = FAILING
    with commit():
        response = client.post("/de/organisationen/anatolia/contact/", MESSAGE)
    assert response.status_code == 302
    assert ContactMessage.objects.get().delivered is False
    queued = OutgoingMail.objects.get()
    assert queued.attempts == 1 and queued.sent_at is None and "mail server down" in queued.last_error

    client.force_login(moderator)
    dashboard = client.get("/admin/").content.decode()
    assert "mokme-undelivered-mail" in dashboard and "kontakt@anatolia.example" in dashboard

    settings.EMAIL_BACKEND = WORKING
    call_command("send_queued_mail")
    assert outbox == []  # not yet due: the next attempt waits a minute
    with later(2):
        call_command("send_queued_mail")
    assert [mail.to for mail in outbox] == [["kontakt@anatolia.example"]]
    assert ContactMessage.objects.get().delivered
    assert "mokme-undelivered-mail" not in client.get("/admin/").content.decode()
    with later(2):
        call_command("send_queued_mail")
    assert len(outbox) == 1  # sent once only


def test_approval_completes_while_the_mail_server_is_down_and_the_invitation_follows(
    client,
    directory,
    moderator,
    form_data,
    outbox,
    settings,
    commit,
):
    client.post("/de/organisation-anmelden/", form_data)
    application = OrganisationApplication.objects.get()
    settings.EMAIL_BACKEND = FAILING
    client.force_login(moderator)
    with commit():
        response = client.post(
            f"/admin/organisations/applications/{application.pk}/", {"decision": "approve"}, follow=True
        )
    assert response.status_code == 200
    assert OrganisationPage.objects.filter(title_de="Freundeskreis Kamerun Velbert").exists()
    assert OutgoingMail.objects.failed().get().to == ["vorstand@kamerun.example"]

    settings.EMAIL_BACKEND = WORKING
    with later(2):
        call_command("run_scheduled_jobs", "--once")
    assert outbox[-1].to == ["vorstand@kamerun.example"]
    assert "/admin/password_reset/confirm/" in outbox[-1].body


def test_after_a_day_of_refusals_the_mail_is_given_up_and_stays_listed(
    client, organisation, moderator, settings, commit
):
    settings.EMAIL_BACKEND = FAILING
    with commit():
        client.post("/de/organisationen/anatolia/contact/", MESSAGE)
    for hours in range(1, MAX_ATTEMPTS + 2):
        with later(hours * 7 * 60):
            call_command("send_queued_mail")
    queued = OutgoingMail.objects.get()
    assert queued.gave_up and queued.attempts == MAX_ATTEMPTS
    client.force_login(moderator)
    assert queued.subject in client.get("/admin/").content.decode()
    with later(31 * 24 * 60):
        call_command("send_queued_mail")
    assert not OutgoingMail.objects.exists()
    assert ContactMessage.objects.get().delivered is False  # the message itself is kept


def test_editors_do_not_see_the_outbox(client, organisation, editor_a, settings, commit):
    settings.EMAIL_BACKEND = FAILING
    with commit():
        client.post("/de/organisationen/anatolia/contact/", MESSAGE)
    client.force_login(editor_a)
    assert "mokme-undelivered-mail" not in client.get("/admin/").content.decode()


def test_the_clock_process_runs_the_outbox():
    assert ("send_queued_mail", 60) in scheduled_jobs()

"""The public forms count only what was stored, validate first and say the truth when a limit
is reached; everyone behind one office or library connection does not share a tiny limit."""

import pytest
from bs4 import BeautifulSoup

from django.utils import translation

from home.feedback_views import REPORT_NOT_SENT, REPORTS_PER_HOUR
from home.models import BarrierReport
from organisations.applications.views import APPLICATION_NOT_SENT, APPLICATIONS_PER_HOUR
from organisations.contact import MESSAGE_NOT_SENT, MESSAGES_PER_HOUR
from organisations.models import ContactMessage, OrganisationApplication
from tests.factories import OrganisationPageFactory
from tests.organisations.test_application import form_data  # noqa: F401 - a fixture
from tests.organisations.test_contact import MESSAGE

CONTACT = "/de/organisationen/anatolia/contact/"
APPLY = "/de/organisation-anmelden/"
BARRIER = "/de/barriere-melden/"


@pytest.fixture
def organisation(directory):
    return OrganisationPageFactory(
        parent=directory, title="Anatolia", slug="anatolia", email="kontakt@anatolia.example"
    )


def german(text):
    with translation.override("de"):
        return str(text)


def test_typos_do_not_use_up_the_application_limit(client, directory, form_data):  # noqa: F811
    for _ in range(5):
        mistyped = client.post(APPLY, {**form_data, "email": "vorstand(at)kamerun"})
        assert mistyped.status_code == 200
        assert german(APPLICATION_NOT_SENT) not in mistyped.content.decode()
    assert client.post(APPLY, form_data).status_code == 302
    assert OrganisationApplication.objects.count() == 1


def test_typos_do_not_use_up_the_contact_limit(client, organisation):
    for _ in range(8):
        assert client.post(CONTACT, {**MESSAGE, "email": "ayse(at)example"}).status_code == 200
    assert client.post(CONTACT, MESSAGE).status_code == 302
    assert ContactMessage.objects.count() == 1


def test_typos_do_not_use_up_the_barrier_report_limit(client, home_page):
    for _ in range(8):
        assert client.post(BARRIER, {"description": "", "email": "kaputt"}).status_code == 200
    assert client.post(BARRIER, {"description": "Der Aufzug fehlt"}).status_code == 302
    assert BarrierReport.objects.count() == 1


def test_an_office_behind_one_address_can_send_a_days_messages(organisation):
    from django.test import Client

    # Twelve colleagues, each in their own browser, all behind the district office's router.
    for colleague in range(12):
        response = Client(REMOTE_ADDR="203.0.113.7").post(
            CONTACT, {**MESSAGE, "name": f"Kollegin {colleague}"}
        )
        assert response.status_code == 302
    assert ContactMessage.objects.count() == 12


def test_a_duplicate_application_is_not_counted(client, directory, form_data, settings):  # noqa: F811
    for _ in range(APPLICATIONS_PER_HOUR + 2):
        assert client.post(APPLY, form_data).status_code == 302
    assert OrganisationApplication.objects.count() == 1
    other = {**form_data, "name": "Kamerunischer Kulturverein", "email": "info@kulturverein.example"}
    assert client.post(APPLY, other).status_code == 302
    assert OrganisationApplication.objects.count() == 2


def test_the_limit_message_says_nothing_was_sent_and_keeps_the_text(client, organisation, home_page):
    for number in range(MESSAGES_PER_HOUR):
        assert client.post(CONTACT, {**MESSAGE, "subject": f"Frage {number}"}).status_code == 302
    refused = client.post(CONTACT, {**MESSAGE, "subject": "Noch eine Frage"})
    assert refused.status_code == 429
    html = refused.content.decode()
    assert german(MESSAGE_NOT_SENT) in html
    assert BeautifulSoup(html, "html.parser").find("input", attrs={"name": "subject"})["value"] == (
        "Noch eine Frage"
    )
    assert ContactMessage.objects.count() == MESSAGES_PER_HOUR

    for number in range(REPORTS_PER_HOUR):
        assert client.post(BARRIER, {"description": f"Barriere {number}"}).status_code == 302
    refused = client.post(BARRIER, {"description": "Noch eine Barriere"})
    assert refused.status_code == 429
    assert german(REPORT_NOT_SENT) in refused.content.decode()
    assert "Noch eine Barriere" in refused.content.decode()
    # An invalid form is answered with what is wrong with it, not with the limit.
    invalid = client.post(BARRIER, {"description": ""})
    assert invalid.status_code == 200
    assert german(REPORT_NOT_SENT) not in invalid.content.decode()

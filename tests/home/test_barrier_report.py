"""The accessibility statement's feedback mechanism: report a barrier."""

from bs4 import BeautifulSoup

from django.core import mail

from home.models import BarrierReport, PortalSettings


def test_report_is_stored_and_sent_to_the_integration_office(
    client, home_page, django_capture_on_commit_callbacks
):
    settings = PortalSettings.for_site(home_page.get_site())
    settings.integration_office_email = "integration@example.org"
    settings.save()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/tr/engel-bildir/",
            {"page_url": "/tr/", "description": "Kontrast çok düşük.", "email": "ayse@example.org"},
        )
    assert response.status_code == 302
    report = BarrierReport.objects.get()
    assert report.description == "Kontrast çok düşük." and report.language == "tr"
    assert mail.outbox[0].to == ["integration@example.org"]
    assert "Kontrast çok düşük." in mail.outbox[0].body
    assert mail.outbox[0].subject == "Barriere gemeldet"  # the office reads German
    confirmation = client.get(response["Location"])
    assert "Teşekkürler" in confirmation.content.decode()


def test_invalid_report_keeps_what_was_entered(client, home_page):
    response = client.post(
        "/de/barriere-melden/", {"page_url": "/de/presse/", "description": "", "email": "kein-mail"}
    )
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("input", attrs={"name": "page_url"})["value"] == "/de/presse/"
    assert soup.find("input", attrs={"name": "email"})["value"] == "kein-mail"
    description = soup.find("textarea", attrs={"name": "description"})
    assert description["aria-invalid"] == "true"
    assert "error" in description["aria-describedby"]
    assert soup.select_one("[role=alert]")
    assert BarrierReport.objects.count() == 0


def test_honeypot_stops_bots_silently(client, home_page):
    response = client.post("/de/barriere-melden/", {"description": "Spam", "website": "http://spam.example"})
    assert response.status_code == 302
    assert BarrierReport.objects.count() == 0
    assert mail.outbox == []


def test_flood_of_reports_is_rate_limited_with_a_translated_message(client, home_page):
    from home.feedback_views import REPORTS_PER_HOUR

    for number in range(REPORTS_PER_HOUR):
        client.post("/de/barriere-melden/", {"description": f"Problem {number}"})
    response = client.post("/en/report-a-barrier/", {"description": "One more"})
    assert response.status_code == 429
    assert "try again in an hour" in response.content.decode()
    assert BarrierReport.objects.count() == REPORTS_PER_HOUR
    # What the visitor wrote is still there.
    assert "One more" in response.content.decode()


def test_report_survives_a_failing_mail_server(client, home_page, settings):
    settings.EMAIL_BACKEND = "tests.home.failing_mail.FailingBackend"
    response = client.post("/de/barriere-melden/", {"description": "Formular ohne Beschriftung"})
    assert response.status_code == 302
    assert BarrierReport.objects.filter(description="Formular ohne Beschriftung").exists()

"""iCal import: created or updated by UID, idempotent, a clear report, broken files refused."""

import http.server
import threading

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile

from events.calendar.fetch import fetch_failed_text
from events.calendar.ical_import import import_calendar, import_subscription
from events.calendar.models import CalendarSubscription, EventPage, ImportRun
from organisations.access.roles import set_trust

ICS = b"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Verein//Kalender//DE
BEGIN:VEVENT
UID:sprachcafe@anatolia.example
DTSTART;TZID=Europe/Berlin:20301008T180000
DTEND;TZID=Europe/Berlin:20301008T200000
RRULE:FREQ=WEEKLY;COUNT=4
EXDATE;TZID=Europe/Berlin:20301015T180000
SUMMARY:Sprachcafe
DESCRIPTION:Deutsch ueben bei Tee.
LOCATION:Vereinsheim Hilden
END:VEVENT
BEGIN:VEVENT
UID:sprachcafe@anatolia.example
RECURRENCE-ID;TZID=Europe/Berlin:20301022T180000
DTSTART;TZID=Europe/Berlin:20301023T170000
DTEND;TZID=Europe/Berlin:20301023T190000
SUMMARY:Sprachcafe (verschoben)
END:VEVENT
BEGIN:VEVENT
UID:fest@anatolia.example
DTSTART;VALUE=DATE:20300612
DTEND;VALUE=DATE:20300614
SUMMARY:Sommerfest
LOCATION:Stadtpark
END:VEVENT
BEGIN:VEVENT
UID:jaehrlich@anatolia.example
DTSTART:20300101T100000Z
RRULE:FREQ=YEARLY
SUMMARY:Jahresversammlung
END:VEVENT
BEGIN:VEVENT
DTSTART:20300101T100000Z
SUMMARY:Ohne UID
END:VEVENT
END:VCALENDAR
"""


def outcomes(run):
    return {line["uid"] or line["title"]: (line["outcome"], line["reason"]) for line in run.report}


def test_import_creates_events_with_series_exceptions_and_all_day(org_a):
    set_trust(org_a, True)
    run = import_calendar(org_a, ICS, source="kalender.ics")
    assert run.succeeded
    result = outcomes(run)
    assert result["sprachcafe@anatolia.example"][0] == "created"
    assert result["fest@anatolia.example"][0] == "created"
    assert result["jaehrlich@anatolia.example"] == (
        "rejected",
        "Nur wöchentliche und monatliche Wiederholungen werden unterstützt.",
    )
    assert result["Ohne UID"] == ("rejected", "Der Termin hat keine UID.")

    series = EventPage.objects.get(import_uid="sprachcafe@anatolia.example")
    assert (
        series.live
        and series.organisation_id == org_a.pk
        and series.frequency == "weekly"
        and series.count == 4
    )
    statuses = sorted(series.occurrences.values_list("status", flat=True))
    assert statuses == ["cancelled", "moved", "scheduled", "scheduled"]
    festival = EventPage.objects.get(import_uid="fest@anatolia.example")
    assert festival.all_day and festival.occurrences.get().is_multi_day


def test_importing_the_same_file_again_changes_nothing(org_a):
    import_calendar(org_a, ICS, source="kalender.ics")
    revisions = {page.pk: page.revisions.count() for page in EventPage.objects.all()}
    run = import_calendar(org_a, ICS, source="kalender.ics")
    assert {outcome for outcome, _reason in outcomes(run).values()} == {"unchanged", "rejected"}
    assert {page.pk: page.revisions.count() for page in EventPage.objects.all()} == revisions
    assert EventPage.objects.count() == 2


def test_a_changed_event_is_updated(org_a):
    import_calendar(org_a, ICS, source="kalender.ics")
    run = import_calendar(
        org_a, ICS.replace(b"SUMMARY:Sommerfest", b"SUMMARY:Sommerfest im Park"), source="neu.ics"
    )
    assert outcomes(run)["fest@anatolia.example"][0] == "updated"
    festival = EventPage.objects.get(import_uid="fest@anatolia.example")
    assert festival.get_latest_revision_as_object().title == "Sommerfest im Park"


def test_untrusted_organisation_gets_drafts(org_a):
    run = import_calendar(org_a, ICS, source="kalender.ics")
    assert "Entwurf" in outcomes(run)["fest@anatolia.example"][1]
    assert not EventPage.objects.get(import_uid="fest@anatolia.example").live


@pytest.mark.parametrize(
    "broken",
    [b"", b"not a calendar at all", b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:garbage", b"\x00\xff" * 10],
)
def test_a_broken_file_is_refused_and_imports_nothing(org_a, broken):
    run = import_calendar(org_a, broken, source="kaputt.ics")
    assert not run.succeeded and run.error
    assert EventPage.objects.count() == 0


def test_editor_imports_through_the_admin_for_own_organisation_only(client, editor_a, org_a, org_b):
    client.force_login(editor_a)
    page = client.get("/admin/calendar-import/")
    assert page.status_code == 200 and "Bereket" not in page.content.decode()
    upload = SimpleUploadedFile("kalender.ics", ICS, content_type="text/calendar")
    response = client.post("/admin/calendar-import/", {"organisation": org_b.pk, "file": upload})
    assert response.status_code == 200  # the other organisation is not a valid choice
    assert EventPage.objects.count() == 0
    upload = SimpleUploadedFile("kalender.ics", ICS, content_type="text/calendar")
    response = client.post("/admin/calendar-import/", {"organisation": org_a.pk, "file": upload}, follow=True)
    assert "Import abgeschlossen: 2 neu" in response.content.decode()
    assert "Jahresversammlung" in response.content.decode()  # the report lists the rejected one
    assert EventPage.objects.filter(organisation=org_a).count() == 2


def test_broken_upload_gets_a_clear_message(client, editor_a, org_a):
    client.force_login(editor_a)
    upload = SimpleUploadedFile("kalender.ics", b"kaputt", content_type="text/calendar")
    response = client.post("/admin/calendar-import/", {"organisation": org_a.pk, "file": upload}, follow=True)
    assert (
        "Es wurde nichts importiert: Die Datei ist keine gültige iCalendar-Datei (.ics)."
        in response.content.decode()
    )


def test_people_without_an_organisation_cannot_import(client, django_user_model):
    user = django_user_model.objects.create_user("gast", "gast@example.org", "pw-gast-12345")
    client.force_login(user)
    assert client.get("/admin/calendar-import/").status_code in (302, 403)


@pytest.fixture
def calendar_server(settings):
    """A real HTTP server on loopback that serves the organisation's calendar."""
    settings.CALENDAR_IMPORT_ALLOW_LOOPBACK = True

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/calendar")
            self.end_headers()
            self.wfile.write(ICS)

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/kalender.ics"
    server.shutdown()


def test_subscription_is_fetched_and_imported(org_a, calendar_server):
    subscription = CalendarSubscription.objects.create(organisation=org_a, url=calendar_server)
    run = import_subscription(subscription)
    assert run.succeeded and run.count("created") == 2
    subscription.refresh_from_db()
    assert subscription.last_fetched_at is not None
    assert import_subscription(subscription).count("unchanged") == 2


def test_unreachable_subscription_is_reported(org_a):
    subscription = CalendarSubscription.objects.create(
        organisation=org_a, url="http://127.0.0.1:9/kalender.ics"
    )
    run = import_subscription(subscription)
    assert not run.succeeded and run.error == fetch_failed_text()
    assert ImportRun.objects.filter(subscription=subscription).count() == 1

"""The moderators' reports on activity: upcoming events per town from the calendar's dates, and
applications of new organisations per month, each as a table and as CSV."""

import csv
import datetime
import io

import pytest
import time_machine
from bs4 import BeautifulSoup

from events.calendar.models import EventException
from organisations.models import OrganisationApplication, Town
from tests.factories import EventCalendarPageFactory, EventPageFactory, berlin

NOW = datetime.datetime(2026, 11, 26, 10, 0, tzinfo=datetime.UTC)
EVENTS = "/admin/reports/upcoming-events/"
APPLICATIONS = "/admin/reports/applications/"


def rows(response, selector):
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    return [
        [cell.get_text(strip=True) for cell in row.select("th, td")]
        for row in page.select(f"{selector} tbody tr")
    ]


def csv_rows(response):
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def town(slug):
    return Town.objects.get(slug=slug)


@pytest.fixture
def programme(home_page, org_b):
    with time_machine.travel(NOW, tick=False):
        calendar = EventCalendarPageFactory(parent=home_page)
        EventPageFactory(
            parent=calendar, title="Kulturabend", start=berlin(2026, 11, 28, 19), venue_town=town("hilden")
        )
        EventPageFactory(
            parent=calendar,
            title="Fußballturnier",
            start=berlin(2026, 11, 26, 15),
            venue_town=town("velbert"),
        )
        EventPageFactory(
            parent=calendar, title="Fest", start=berlin(2026, 12, 12, 11), venue_town=town("ratingen")
        )
        EventPageFactory(
            parent=calendar, title="Vortrag", start=berlin(2026, 10, 1, 18), venue_town=town("ratingen")
        )
        EventPageFactory(
            parent=calendar, title="Später", start=berlin(2027, 1, 20, 18), venue_town=town("haan")
        )
        EventPageFactory(parent=calendar, title="Entwurf", start=berlin(2026, 11, 27, 18), live=False)
        # Without a venue town: it counts for its organisation's seat, Velbert.
        EventPageFactory(
            parent=org_b, title="Elterncafé online", start=berlin(2026, 12, 2, 18), venue_town=None
        )
        series = EventPageFactory(
            parent=calendar,
            title="Sprachcafé",
            start=berlin(2026, 11, 24, 18),
            frequency="weekly",
            count=4,
            venue_town=town("mettmann"),
        )
        series.exceptions = [EventException(original_date=datetime.date(2026, 12, 1), kind="cancelled")]
        series.save_revision().publish()


@pytest.fixture
def _today():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.mark.usefixtures("programme", "_today")
def test_moderators_see_the_upcoming_events_and_dates_of_each_town(client, moderator):
    client.force_login(moderator)
    listed = rows(client.get(EVENTS), "table.upcoming-events-per-town")
    # The busiest towns first; a cancelled date, a past event and a draft are not counted.
    assert listed[:4] == [
        ["Velbert", "2", "2"],
        ["Mettmann", "1", "2"],
        ["Hilden", "1", "1"],
        ["Ratingen", "1", "1"],
    ]
    assert ["Haan", "0", "0"] in listed and len(listed) == Town.objects.count()
    later = rows(client.get(EVENTS, {"days": "90"}), "table.upcoming-events-per-town")
    assert ["Haan", "1", "1"] in later
    # A period the report does not offer shows the next 30 days.
    assert rows(client.get(EVENTS, {"days": "1000"}), "table.upcoming-events-per-town") == listed
    exported = csv_rows(client.get(EVENTS, {"export": "csv", "days": "30"}))
    assert exported[:3] == [["town", "events", "dates"], ["Velbert", "2", "2"], ["Mettmann", "1", "2"]]


@pytest.mark.usefixtures("_today")
def test_without_upcoming_events_the_report_says_so(client, moderator):
    client.force_login(moderator)
    page = BeautifulSoup(client.get(EVENTS).content, "html.parser")
    assert page.select_one(".mokme-report-empty") is not None and page.select_one("main table") is None


def apply(name, received, status=OrganisationApplication.Status.NEW, decided=None):
    application = OrganisationApplication.objects.create(
        name=name,
        contact_name="Vorstand",
        email=f"{name.lower()}@example.org",
        town=town("haan"),
        description="…",
        consent=True,
        language="de",
        fingerprint=name,
    )
    OrganisationApplication.objects.filter(pk=application.pk).update(
        created_at=received, status=status, decided_at=decided
    )


@pytest.mark.usefixtures("_today")
def test_moderators_see_applications_received_approved_and_rejected_per_month(client, moderator):
    approved, rejected = OrganisationApplication.Status.APPROVED, OrganisationApplication.Status.REJECTED
    apply("Alt", berlin(2025, 11, 20, 12))  # thirteen months ago: not in the report
    apply("Eins", berlin(2026, 9, 3, 12))
    apply("Zwei", berlin(2026, 9, 30, 23, 30), rejected, berlin(2026, 10, 1, 9))
    apply("Drei", berlin(2026, 10, 5, 12), approved, berlin(2026, 11, 2, 9))
    client.force_login(moderator)
    listed = rows(client.get(APPLICATIONS), "table.applications-per-month")
    assert len(listed) == 12
    assert listed[0] == ["Dezember 2025", "0", "0", "0"]
    assert listed[-3:] == [
        ["September 2026", "2", "0", "0"],
        ["Oktober 2026", "1", "0", "1"],
        ["November 2026", "0", "1", "0"],
    ]
    exported = csv_rows(client.get(APPLICATIONS, {"export": "csv"}))
    assert exported[0] == ["month", "submitted", "approved", "rejected"]
    assert exported[-3:] == [
        ["2026-09", "2", "0", "0"],
        ["2026-10", "1", "0", "1"],
        ["2026-11", "0", "1", "0"],
    ]


@pytest.mark.usefixtures("_today")
def test_an_empty_year_of_applications_says_so(client, moderator):
    client.force_login(moderator)
    page = BeautifulSoup(client.get(APPLICATIONS).content, "html.parser")
    assert page.select_one(".mokme-report-empty") is not None


def test_organisation_editors_and_other_users_do_not_see_these_reports(client, editor_a, programme):
    client.force_login(editor_a)
    for url in (EVENTS, APPLICATIONS):
        for query in ({}, {"export": "csv"}):
            response = client.get(url, query)
            # Wagtail answers a refused admin view with its dashboard and "no permission".
            assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert EVENTS.encode() not in client.get("/admin/").content
    client.logout()
    assert client.get(EVENTS).status_code == 302


@pytest.mark.usefixtures("_today")
def test_the_queries_do_not_grow_with_the_events_and_applications(
    client, moderator, home_page, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    calendar = EventCalendarPageFactory(parent=home_page)
    client.force_login(moderator)

    def add(count):
        for number in range(count):
            EventPageFactory(
                parent=calendar, start=NOW + datetime.timedelta(days=2), venue_town=town("hilden")
            )
            apply(f"Verein {number} {count}", NOW - datetime.timedelta(days=number))

    add(5)
    budgets = {}
    for url in (EVENTS, APPLICATIONS):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        budgets[url] = len(queries)
    add(45)
    for url in (EVENTS, APPLICATIONS):
        with django_assert_max_num_queries(budgets[url]):
            assert client.get(url).status_code == 200

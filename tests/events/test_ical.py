"""iCal export read back by real client libraries: icalendar and recurring-ical-events."""

import datetime
import zoneinfo

import icalendar
import pytest
import recurring_ical_events
import time_machine
from bs4 import BeautifulSoup

from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.models import PageViewRestriction

from events.calendar.models import EventException
from organisations.models import Town
from tests.factories import EventPageFactory, OrganisationPageFactory, berlin
from tests.utils import count_queries

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
NOW = "2026-10-01 10:00 +0200"


def read(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


@pytest.fixture
def series(calendar_page):
    with time_machine.travel(NOW, tick=False):
        event = EventPageFactory(
            parent=calendar_page,
            title="Sprachcafé",
            slug="sprachcafe",
            start=berlin(2026, 10, 13, 19),
            end=berlin(2026, 10, 13, 21),
            frequency="weekly",
            count=5,
        )
        event.exceptions = [
            EventException(original_date=datetime.date(2026, 10, 20), kind="cancelled"),
            EventException(
                original_date=datetime.date(2026, 11, 3),
                kind="moved",
                new_start=berlin(2026, 11, 4, 18),
                new_end=berlin(2026, 11, 4, 20),
                note="Ausnahmsweise Mittwoch",
            ),
        ]
        event.save_revision().publish()
    return event


def local_times(calendar, start, end):
    return [
        occurrence["DTSTART"].dt.astimezone(BERLIN).strftime("%Y-%m-%d %H:%M")
        for occurrence in recurring_ical_events.of(calendar).between(start, end)
    ]


def test_event_series_reads_back_with_exceptions_and_summer_time(client, series):
    calendar = read(client, f"{series.url}ical/")
    assert local_times(calendar, datetime.date(2026, 10, 1), datetime.date(2026, 12, 31)) == [
        "2026-10-13 19:00",
        "2026-10-27 19:00",  # after the end of summer time, still 19:00
        "2026-11-04 18:00",  # moved
        "2026-11-10 19:00",
    ]
    master = next(c for c in calendar.walk("VEVENT") if c.get("recurrence-id") is None)
    assert str(master["uid"]) == f"event-{series.pk}@mokme"
    assert master["rrule"]["FREQ"] == ["WEEKLY"] and master["rrule"]["COUNT"] == [5]
    assert master["dtstart"].params["TZID"] == "Europe/Berlin"
    assert master["exdate"].dts[0].dt == datetime.datetime(2026, 10, 20, 19, tzinfo=BERLIN)
    moved = next(c for c in calendar.walk("VEVENT") if c.get("recurrence-id") is not None)
    assert str(moved["uid"]) == str(master["uid"])
    assert moved["recurrence-id"].dt == datetime.datetime(2026, 11, 3, 19, tzinfo=BERLIN)
    timezones = calendar.walk("VTIMEZONE")
    assert [str(tz["tzid"]) for tz in timezones] == ["Europe/Berlin"]
    assert {component.name for component in timezones[0].subcomponents} == {"STANDARD", "DAYLIGHT"}


def test_uid_is_stable_across_exports_and_edits(client, series):
    first = read(client, f"{series.url}ical/").walk("VEVENT")[0]["uid"]
    series.teaser = "Neu"
    series.save_revision().publish()
    assert read(client, f"{series.url}ical/").walk("VEVENT")[0]["uid"] == first


def test_cancelled_series_is_marked_cancelled(client, series):
    series.is_cancelled = True
    series.save_revision().publish()
    calendar = read(client, f"{series.url}ical/")
    assert {str(c["status"]) for c in calendar.walk("VEVENT")} == {"CANCELLED"}


def test_all_day_multi_day_event_has_exclusive_end_date(client, calendar_page):
    event = EventPageFactory(
        parent=calendar_page,
        title="Fest",
        slug="fest",
        start=berlin(2030, 6, 6, 0),
        end=berlin(2030, 6, 7, 0),
        all_day=True,
    )
    component = read(client, f"{event.url}ical/").walk("VEVENT")[0]
    assert component["dtstart"].dt == datetime.date(2030, 6, 6)
    assert component["dtend"].dt == datetime.date(2030, 6, 8)


def test_calendar_and_filtered_views_export_matching_series(client, calendar_page, directory, series):
    organisation = OrganisationPageFactory(parent=directory, title="Anatolia", slug="anatolia")
    EventPageFactory(
        parent=organisation, title="Kulturabend", slug="kulturabend", start=berlin(2027, 1, 15, 19)
    )
    with time_machine.travel(NOW, tick=False):
        everything = read(client, "/de/veranstaltungen/ical/")
        only_anatolia = read(client, "/de/veranstaltungen/ical/?organisation=anatolia")
        only_hilden = read(client, "/de/veranstaltungen/ical/?town=hilden")
    assert {str(c["summary"]) for c in everything.walk("VEVENT")} == {"Sprachcafé", "Kulturabend"}
    assert {str(c["summary"]) for c in only_anatolia.walk("VEVENT")} == {"Kulturabend"}
    assert str(only_anatolia["x-wr-calname"]) == "Anatolia"
    assert len(only_hilden.walk("VEVENT")) >= 1


def test_the_subscription_carries_a_month_back_to_a_year_ahead(client, calendar_page):
    EventPageFactory(parent=calendar_page, title="Vorbei", start=berlin(2026, 8, 1, 19))
    EventPageFactory(parent=calendar_page, title="Neulich", start=berlin(2026, 9, 15, 19))
    EventPageFactory(parent=calendar_page, title="Bald", start=berlin(2026, 12, 1, 19))
    EventPageFactory(parent=calendar_page, title="Übernächstes Jahr", start=berlin(2028, 3, 1, 19))
    # Begun long before the window and still open: the window reaches back by the longest date.
    EventPageFactory(
        parent=calendar_page, title="Ausstellung", start=berlin(2026, 3, 1, 10), end=berlin(2027, 1, 31, 18)
    )
    with time_machine.travel(NOW, tick=False):
        summaries = {str(c["summary"]) for c in read(client, "/de/veranstaltungen/ical/").walk("VEVENT")}
    assert summaries == {"Neulich", "Bald", "Ausstellung"}


def test_a_busy_calendar_subscription_carries_the_soonest_series(client, calendar_page, monkeypatch):
    from events.calendar import ical

    monkeypatch.setattr(ical, "SUBSCRIPTION_MAX_EVENTS", 2)
    for day, title in ((20, "Dritter"), (10, "Erster"), (15, "Zweiter")):
        EventPageFactory(parent=calendar_page, title=title, start=berlin(2026, 10, day, 19))
    with time_machine.travel(NOW, tick=False):
        events = read(client, "/de/veranstaltungen/ical/").walk("VEVENT")
    assert [str(c["summary"]) for c in events] == ["Erster", "Zweiter"]


def test_subscribe_link_uses_webcal(client, series):
    soup = BeautifulSoup(client.get("/de/veranstaltungen/?town=hilden").content, "html.parser")
    link = soup.find("a", string=lambda text: text and "abonnieren" in text)
    assert link["href"] == "webcal://testserver/de/veranstaltungen/ical/?town=hilden"


def test_drafts_and_private_events_never_leave_the_portal(client, calendar_page):
    draft = EventPageFactory(parent=calendar_page, title="Geheimes Treffen", slug="geheim", live=False)
    private = EventPageFactory(parent=calendar_page, title="Vorstandssitzung", slug="vorstand")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    assert client.get(f"/de/veranstaltungen/{draft.slug}/ical/").status_code == 404
    response = client.get(f"/de/veranstaltungen/{private.slug}/ical/")
    assert response.status_code in (302, 401, 403)
    exported = read(client, "/de/veranstaltungen/ical/").to_ical().decode()
    assert "Geheimes Treffen" not in exported and "Vorstandssitzung" not in exported
    assert "Vorstandssitzung" not in client.get("/de/veranstaltungen/").content.decode()


def page_dates(client, url):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return sorted(
        datetime.datetime.fromisoformat(time["datetime"]).astimezone(BERLIN).strftime("%Y-%m-%d %H:%M")
        for time in soup.select("article.occurrence time")
    )


def ics_dates(calendar):
    return sorted(
        c["dtstart"].dt.astimezone(BERLIN).strftime("%Y-%m-%d %H:%M") for c in calendar.walk("VEVENT")
    )


@pytest.fixture
def week(calendar_page):
    """A Friday morning: Tuesday and Saturday series and a one-off Sunday event."""
    with time_machine.travel("2026-10-02 08:00 +0200", tick=False):
        EventPageFactory(
            parent=calendar_page,
            title="Dienstagstreff",
            start=berlin(2026, 9, 29, 18),
            frequency="weekly",
            count=10,
        )
        EventPageFactory(
            parent=calendar_page,
            title="Samstagskurs",
            start=berlin(2026, 10, 3, 10),
            frequency="weekly",
            count=10,
        )
        EventPageFactory(parent=calendar_page, title="Fest", start=berlin(2026, 10, 4, 15))
        EventPageFactory(parent=calendar_page, title="Heute", start=berlin(2026, 10, 2, 17))


@pytest.mark.parametrize(
    ("when", "expected"),
    [("weekend", ["2026-10-03 10:00", "2026-10-04 15:00"]), ("today", ["2026-10-02 17:00"])],
)
def test_a_subscription_to_today_or_this_weekend_holds_the_dates_the_page_shows(client, week, when, expected):
    """`?when=weekend` held every whole series (34 dates where the page showed 6)."""
    with time_machine.travel("2026-10-02 08:00 +0200", tick=False):
        calendar = read(client, f"/de/veranstaltungen/ical/?when={when}")
        assert ics_dates(calendar) == page_dates(client, f"/de/veranstaltungen/?when={when}") == expected
    assert not any("RRULE" in component for component in calendar.walk("VEVENT"))
    # Each date its own event: a client cannot mix it up with the series in another subscription.
    assert all(str(c["uid"]).count("-") == 2 for c in calendar.walk("VEVENT"))
    assert recurring_ical_events.of(calendar).count() == len(expected)


def test_a_subscription_names_its_filters_and_when_to_ask_again(client, week):
    with time_machine.travel("2026-10-02 08:00 +0200", tick=False):
        published = read(client, "/de/veranstaltungen/ical/").walk("VEVENT")[0]["last-modified"].dt
    with time_machine.travel("2026-10-02 09:30 +0200", tick=False):
        response = client.get("/de/veranstaltungen/ical/?town=hilden&when=weekend")
        calendar = icalendar.Calendar.from_ical(response.content)
        later = client.get(
            "/de/veranstaltungen/ical/?town=hilden&when=weekend", headers={"if-none-match": response["ETag"]}
        )
    written = datetime.datetime(2026, 10, 2, 7, 30, tzinfo=datetime.UTC)
    assert {c["dtstamp"].dt for c in calendar.walk("VEVENT")} == {written}
    assert published == datetime.datetime(2026, 10, 2, 6, 0, tzinfo=datetime.UTC)
    with translation.override("de"):
        assert str(calendar["x-wr-calname"]) == f"Veranstaltungen – Hilden – {_('This weekend')}"
    assert str(calendar["name"]) == str(calendar["x-wr-calname"])
    assert b"\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n" in response.content
    assert b"\r\nX-PUBLISHED-TTL:PT1H\r\n" in response.content
    # A copy written later with the same events is the same calendar to a polling client.
    assert later.status_code == 304


def test_a_subscription_follows_a_renamed_organisation_and_survives_a_removed_one(
    client, calendar_page, directory
):
    organisation = OrganisationPageFactory(parent=directory, title="Anatolia", slug="anatolia")
    EventPageFactory(
        parent=organisation, title="Kulturabend", start=timezone.now() + datetime.timedelta(days=5)
    )
    organisation.title, organisation.slug = "Anatolia Kulturverein", "anatolia-kulturverein"
    organisation.save_revision().publish()
    renamed = read(client, "/de/veranstaltungen/ical/?organisation=anatolia")
    assert [str(c["summary"]) for c in renamed.walk("VEVENT")] == ["Kulturabend"]
    assert str(renamed["x-wr-calname"]) == "Anatolia Kulturverein"
    # An organisation that left the portal: an empty calendar, not an error page the app chokes on.
    unknown = read(client, "/de/veranstaltungen/ical/?organisation=gibt-es-nicht")
    assert unknown.walk("VEVENT") == [] and str(unknown["x-wr-calname"]) == "Veranstaltungen"
    # The page itself still says it does not know the value.
    assert client.get("/de/veranstaltungen/?organisation=gibt-es-nicht").status_code == 400


def _add_events(calendar_page, first, last):
    for number in range(first, last):
        EventPageFactory(
            parent=calendar_page,
            title=f"Sprachcafé {number}",
            title_ar=f"مقهى اللغة {number}" if number % 2 else "",
            slug_ar=f"maqha-{number}" if number % 2 else "",
            start=berlin(2026, 10, 5 + number % 20, 18),
        )


@time_machine.travel(NOW, tick=False)
def test_an_arabic_subscription_names_arabic_titles_and_german_ones_with_the_same_queries_for_more_events(
    client, calendar_page
):
    """The subscription reads each text in its language and German only (the other languages'
    columns stay in the database): what it names comes from those two, and no event asks the
    database again for a column left behind."""
    _add_events(calendar_page, 0, 4)
    url = "/ar/alfaaliyat/ical/"
    few = count_queries(client, url)
    _add_events(calendar_page, 4, 30)
    assert count_queries(client, url) == few
    calendar = read(client, url)
    events = {str(event["UID"]): event for event in calendar.walk("VEVENT")}
    summaries = sorted(str(event["SUMMARY"]) for event in events.values())
    assert "مقهى اللغة 1" in summaries and "Sprachcafé 2" in summaries
    assert "مقهى اللغة 2" not in summaries
    with translation.override("ar"):
        town = Town.objects.get(slug="hilden").name
    assert town != "Hilden"
    assert all(str(event["LOCATION"]).endswith(town) for event in events.values())
    assert all("/ar/" in str(event["URL"]) for event in events.values())


@time_machine.travel(NOW, tick=False)
def test_a_subscription_names_each_organiser_from_one_read_of_the_organisations(
    client, calendar_page, directory
):
    """Each entry's organiser (the name in the subscription's language or German, the address)
    comes from one query over the organisations in those two languages, not from their every
    column joined to each of the 300 events."""
    named = OrganisationPageFactory(
        parent=directory, title="Anatolia", title_ar="الأناضول", email="info@anatolia.example"
    )
    german = OrganisationPageFactory(parent=directory, title="Polonia", email="")
    for number in range(6):
        EventPageFactory(
            parent=named if number % 2 else german,
            title=f"Abend {number}",
            start=berlin(2026, 10, 5 + number, 18),
        )
    with CaptureQueriesContext(connection) as queries:
        calendar = read(client, "/ar/alfaaliyat/ical/")
    organisers = {
        str(event["SUMMARY"]): (event["ORGANIZER"].params["CN"], str(event["ORGANIZER"]))
        for event in calendar.walk("VEVENT")
    }
    assert len(organisers) == 6
    assert organisers["Abend 1"] == ("الأناضول", "mailto:info@anatolia.example")
    assert organisers["Abend 0"] == ("Polonia", f"mailto:{settings.DEFAULT_FROM_EMAIL}")
    events_read = [
        sql for sql in (query["sql"] for query in queries.captured_queries) if "calendar_eventpage" in sql
    ]
    assert events_read and not any("organisations_organisationpage" in sql for sql in events_read)
    organisations_read = [
        query["sql"]
        for query in queries.captured_queries
        if query["sql"].startswith("SELECT") and '"organisations_organisationpage"."email"' in query["sql"]
    ]
    assert len(organisations_read) == 1
    assert '"title_ar"' in organisations_read[0] and '"title_en"' not in organisations_read[0]


@time_machine.travel(NOW, tick=False)
@pytest.mark.parametrize(("dates_read", "most"), [(600, 300), (3, 300), (3, 2), (2, 3), (8, 3)])
def test_a_subscription_lists_its_series_by_their_first_date_however_many_it_reads(
    client, calendar_page, monkeypatch, dates_read, most
):
    """The soonest series are found among the first dates by start; when those hold too few
    series (a filter of few series with many dates), by grouping every date of the window."""
    from events.calendar import ical

    monkeypatch.setattr(ical, "SOONEST_DATES_READ", dates_read)
    monkeypatch.setattr(ical, "SUBSCRIPTION_MAX_EVENTS", most)
    weekly = EventPageFactory(
        parent=calendar_page, title="Sprachcafé", start=berlin(2026, 10, 13, 19), frequency="weekly", count=6
    )
    saturdays = EventPageFactory(
        parent=calendar_page,
        title="Hausaufgabenhilfe",
        start=berlin(2026, 10, 10, 15),
        frequency="weekly",
        count=9,
    )
    tied = [
        EventPageFactory(parent=calendar_page, title=f"Lesung {number}", start=berlin(2026, 10, 11, 18))
        for number in range(2)
    ]
    for event in (weekly, saturdays):
        event.save_revision().publish()
    expected = [saturdays.pk, *sorted(event.pk for event in tied), weekly.pk][:most]
    calendar = read(client, "/de/veranstaltungen/ical/")
    listed = [int(str(event["UID"]).split("-")[1].split("@")[0]) for event in calendar.walk("VEVENT")]
    assert list(dict.fromkeys(listed)) == expected

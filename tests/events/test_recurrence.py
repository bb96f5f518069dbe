"""Recurring events: RFC 5545 rules, summer time, exceptions, and occurrences kept current."""

import datetime
import zoneinfo

import time_machine

from django.core.management import call_command
from django.utils import timezone

from events.calendar.models import EventException, EventOccurrence, EventPage
from tests.factories import EventPageFactory, berlin

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def local_starts(event):
    return [
        timezone.localtime(o.start, BERLIN).strftime("%Y-%m-%d %H:%M")
        for o in event.occurrences.order_by("start")
    ]


@time_machine.travel("2026-10-01 12:00 +0200", tick=False)
def test_weekly_event_keeps_its_wall_clock_time_across_the_summer_time_change(calendar_page):
    event = EventPageFactory(
        parent=calendar_page,
        start=berlin(2026, 10, 20, 19, 0),
        end=berlin(2026, 10, 20, 21, 0),
        frequency=EventPage.Frequency.WEEKLY,
        count=3,
    )
    assert local_starts(event) == ["2026-10-20 19:00", "2026-10-27 19:00", "2026-11-03 19:00"]
    utc_hours = [o.start.astimezone(datetime.UTC).hour for o in event.occurrences.order_by("start")]
    assert utc_hours == [17, 18, 18]  # 25 October 2026 ends summer time
    ends = [timezone.localtime(o.end, BERLIN).strftime("%H:%M") for o in event.occurrences.all()]
    assert ends == ["21:00"] * 3


@time_machine.travel("2026-03-01 12:00 +0100", tick=False)
def test_weekly_on_several_weekdays_every_other_week_until_a_date(calendar_page):
    event = EventPageFactory(
        parent=calendar_page,
        start=berlin(2026, 3, 2, 18, 0),  # a Monday
        frequency=EventPage.Frequency.WEEKLY,
        interval=2,
        weekdays=["MO", "TH"],
        until=datetime.date(2026, 3, 30),
    )
    assert local_starts(event) == [
        "2026-03-02 18:00",
        "2026-03-05 18:00",
        "2026-03-16 18:00",
        "2026-03-19 18:00",
        "2026-03-30 18:00",  # UNTIL includes its day, after the change to summer time
    ]


@time_machine.travel("2026-01-01 12:00 +0100", tick=False)
def test_monthly_on_the_nth_weekday(calendar_page):
    first_saturday = EventPageFactory(
        parent=calendar_page,
        start=berlin(2026, 1, 3, 10, 0),
        frequency=EventPage.Frequency.MONTHLY,
        monthly_by=EventPage.MonthlyBy.NTH_WEEKDAY,
        count=4,
    )
    assert local_starts(first_saturday) == [
        "2026-01-03 10:00",
        "2026-02-07 10:00",
        "2026-03-07 10:00",
        "2026-04-04 10:00",
    ]
    last_friday = EventPageFactory(
        parent=calendar_page,
        start=berlin(2026, 1, 30, 15, 0),  # the fifth Friday counts as the last
        frequency=EventPage.Frequency.MONTHLY,
        monthly_by=EventPage.MonthlyBy.NTH_WEEKDAY,
        count=3,
    )
    assert local_starts(last_friday) == ["2026-01-30 15:00", "2026-02-27 15:00", "2026-03-27 15:00"]


@time_machine.travel("2026-01-01 12:00 +0100", tick=False)
def test_monthly_on_the_day_of_the_month(calendar_page):
    event = EventPageFactory(
        parent=calendar_page,
        start=berlin(2026, 1, 15, 18, 30),
        frequency=EventPage.Frequency.MONTHLY,
        interval=2,
        count=3,
    )
    assert local_starts(event) == ["2026-01-15 18:30", "2026-03-15 18:30", "2026-05-15 18:30"]


@time_machine.travel("2026-10-01 12:00 +0200", tick=False)
def test_cancelled_and_moved_dates(calendar_page):
    event = EventPageFactory(
        parent=calendar_page,
        start=berlin(2026, 10, 6, 18, 0),
        end=berlin(2026, 10, 6, 20, 0),
        frequency=EventPage.Frequency.WEEKLY,
        count=4,
    )
    event.exceptions = [
        EventException(original_date=datetime.date(2026, 10, 13), kind="cancelled", note="Herbstferien"),
        EventException(
            original_date=datetime.date(2026, 10, 20),
            kind="moved",
            new_start=berlin(2026, 10, 21, 17, 0),
            new_end=berlin(2026, 10, 21, 19, 0),
        ),
    ]
    event.save_revision().publish()
    rows = {
        timezone.localtime(o.start, BERLIN).strftime("%Y-%m-%d %H:%M"): o for o in event.occurrences.all()
    }
    assert set(rows) == {"2026-10-06 18:00", "2026-10-13 18:00", "2026-10-21 17:00", "2026-10-27 18:00"}
    assert rows["2026-10-13 18:00"].status == "cancelled" and rows["2026-10-13 18:00"].note == "Herbstferien"
    moved = rows["2026-10-21 17:00"]
    assert moved.status == "moved"
    assert timezone.localtime(moved.original_start, BERLIN) == berlin(2026, 10, 20, 18, 0)


@time_machine.travel("2026-10-01 12:00 +0200", tick=False)
def test_cancelling_the_series_cancels_every_date(calendar_page):
    event = EventPageFactory(parent=calendar_page, start=berlin(2026, 10, 6, 18), frequency="weekly", count=3)
    event.is_cancelled = True
    event.cancellation_note = "Der Verein pausiert."
    event.save_revision().publish()
    assert set(event.occurrences.values_list("status", flat=True)) == {"cancelled"}


def test_all_day_and_multi_day_events(calendar_page):
    event = EventPageFactory(
        parent=calendar_page, start=berlin(2030, 5, 9, 0, 0), end=berlin(2030, 5, 10, 0, 0), all_day=True
    )
    occurrence = event.occurrences.get()
    assert timezone.localtime(occurrence.start, BERLIN) == berlin(2030, 5, 9, 0, 0)
    assert timezone.localtime(occurrence.end, BERLIN) == berlin(2030, 5, 10, 23, 59, 59)
    assert occurrence.is_multi_day and occurrence.all_day


def test_occurrences_follow_publish_unpublish_and_delete(calendar_page):
    event = EventPageFactory(parent=calendar_page, start=berlin(2030, 1, 7, 18), frequency="weekly", count=5)
    assert event.occurrences.count() == 5
    event.unpublish()
    assert EventOccurrence.objects.filter(event_id=event.pk).count() == 0
    event.save_revision().publish()
    assert EventOccurrence.objects.filter(event_id=event.pk).count() == 5
    event.delete()
    assert EventOccurrence.objects.count() == 0


def test_drafts_have_no_occurrences(calendar_page):
    event = EventPageFactory(parent=calendar_page, live=False)
    assert EventOccurrence.objects.filter(event_id=event.pk).count() == 0


def test_daily_command_extends_the_horizon(calendar_page):
    with time_machine.travel("2026-01-01 12:00 +0100", tick=False):
        event = EventPageFactory(parent=calendar_page, start=berlin(2026, 1, 5, 18), frequency="weekly")
        first_horizon = event.occurrences.order_by("-start").first().start
    with time_machine.travel("2027-01-01 12:00 +0100", tick=False):
        call_command("extend_event_occurrences", stdout=open("/dev/null", "w"))  # noqa: SIM115
        assert event.occurrences.order_by("-start").first().start > first_horizon + datetime.timedelta(
            days=300
        )


def test_event_knows_its_organisation(directory):
    from tests.factories import OrganisationPageFactory

    organisation = OrganisationPageFactory(parent=directory, title="Anatolia", slug="anatolia")
    event = EventPageFactory(parent=organisation)
    assert event.organisation_id == organisation.pk
    assert event.occurrences.get().organisation_id == organisation.pk

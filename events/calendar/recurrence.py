"""Recurring events as RFC 5545 rules, materialised into occurrence rows.

Dates are computed in local Berlin time and only then made aware, so that a
language café at 19:00 stays at 19:00 across the changes to and from summer
time.
"""

import datetime
import zoneinfo

from dateutil import rrule

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from home.languages import LANGUAGE_CODES
from home.models import PageText
from home.page_cache import page_changed

BERLIN = zoneinfo.ZoneInfo(settings.TIME_ZONE)
# How far ahead recurring events are materialised; a daily job moves it on.
HORIZON_DAYS = 550
# Without an end, a rule still stops here, so that no series runs for ever in the table.
MAX_OCCURRENCES = 520
# Events without an end are shown as two hours long.
DEFAULT_DURATION = datetime.timedelta(hours=2)

RRULE_WEEKDAYS = {
    "MO": rrule.MO,
    "TU": rrule.TU,
    "WE": rrule.WE,
    "TH": rrule.TH,
    "FR": rrule.FR,
    "SA": rrule.SA,
    "SU": rrule.SU,
}
WEEKDAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def local(dt: datetime.datetime) -> datetime.datetime:
    """A naive datetime on Berlin's wall clock."""
    return timezone.localtime(dt, BERLIN).replace(tzinfo=None)


def aware(naive: datetime.datetime) -> datetime.datetime:
    return naive.replace(tzinfo=BERLIN)


def nth_weekday(start_local: datetime.datetime) -> tuple[str, int]:
    """(weekday code, position) of the start in its month; the 5th counts as the last (-1)."""
    position = (start_local.day - 1) // 7 + 1
    if position == 5:
        position = -1
    return WEEKDAY_CODES[start_local.weekday()], position


def rule_parts(event) -> dict:
    """The event's rule as RFC 5545 parts (FREQ, INTERVAL, BYDAY, UNTIL, COUNT)."""
    start_local = local(event.start)
    parts = {"FREQ": "WEEKLY" if event.frequency == "weekly" else "MONTHLY", "INTERVAL": event.interval or 1}
    if event.frequency == "weekly":
        parts["BYDAY"] = list(event.weekdays) or [WEEKDAY_CODES[start_local.weekday()]]
    elif event.monthly_by == "weekday":
        code, position = nth_weekday(start_local)
        parts["BYDAY"] = [f"{position}{code}"]
    else:
        parts["BYMONTHDAY"] = [start_local.day]
    if event.until:
        # UNTIL is inclusive: the whole last day counts.
        parts["UNTIL"] = datetime.datetime.combine(event.until, datetime.time(23, 59, 59))
    elif event.count:
        parts["COUNT"] = event.count
    return parts


def build_rule(event, *, dtstart=None):
    start_local = dtstart or local(event.start)
    parts = rule_parts(event)
    kwargs = {"dtstart": start_local, "interval": parts["INTERVAL"]}
    if parts["FREQ"] == "WEEKLY":
        kwargs["byweekday"] = [RRULE_WEEKDAYS[code] for code in parts["BYDAY"]]
        frequency = rrule.WEEKLY
    else:
        frequency = rrule.MONTHLY
        if "BYMONTHDAY" in parts:
            kwargs["bymonthday"] = parts["BYMONTHDAY"]
        else:
            spec = parts["BYDAY"][0]
            kwargs["byweekday"] = [RRULE_WEEKDAYS[spec[-2:]](int(spec[:-2]))]
    if "UNTIL" in parts:
        kwargs["until"] = parts["UNTIL"]
    elif "COUNT" in parts:
        kwargs["count"] = parts["COUNT"]
    return rrule.rrule(frequency, **kwargs)


def series_starts(event, *, horizon_end=None):
    """Local start datetimes of the series, up to the horizon."""
    start_local = local(event.start)
    if not event.is_recurring:
        return [start_local]
    # A series that starts in the far future still shows its first dates.
    horizon_end = horizon_end or max(local(timezone.now()), start_local) + datetime.timedelta(
        days=HORIZON_DAYS
    )
    starts = []
    for occurrence in build_rule(event):
        if occurrence > horizon_end or len(starts) >= MAX_OCCURRENCES:
            break
        starts.append(occurrence)
    return starts


def _end_for(event, start_local):
    """End of one date: the first date's wall-clock length, all-day dates to the end of their last day."""
    if event.end and event.end > event.start:
        end_local = start_local + (local(event.end) - local(event.start))
    elif event.all_day:
        end_local = start_local
    else:
        end_local = start_local + DEFAULT_DURATION
    if event.all_day:
        end_local = datetime.datetime.combine(end_local.date(), datetime.time(23, 59, 59))
    return end_local


def copy_note(row, source, field):
    """The note in every language, so that each reader gets theirs (modeltranslation's `note`
    alone would only carry the language active while the dates are computed)."""
    for code in LANGUAGE_CODES:
        setattr(row, f"note_{code}", getattr(source, f"{field}_{code}", None) or None)


def occurrence_model(event):
    """`EventOccurrence`, reached through the event's class: the models import this module."""
    return type(event).occurrences.rel.related_model


def compute_occurrences(event, *, horizon_end=None):
    """The occurrence rows of an event (unsaved), exceptions applied."""
    EventOccurrence = occurrence_model(event)  # noqa: N806
    exceptions = {exception.original_date: exception for exception in event.exceptions.all()}
    series_status = (
        EventOccurrence.Status.CANCELLED if event.is_cancelled else EventOccurrence.Status.SCHEDULED
    )
    rows = []
    for start_local in series_starts(event, horizon_end=horizon_end):
        end_local = _end_for(event, start_local)
        exception = exceptions.get(start_local.date())
        row = EventOccurrence(
            event=event,
            start=aware(start_local),
            end=aware(end_local),
            all_day=event.all_day,
            status=series_status,
            organisation_id=event.organisation_id,
            town_id=event.venue_town_id,
            is_free=event.is_free,
        )
        if event.is_cancelled:
            copy_note(row, event, "cancellation_note")
        if exception is not None and exception.kind == "cancelled":
            row.status = EventOccurrence.Status.CANCELLED
            copy_note(row, exception, "note")
        elif exception is not None and exception.kind == "moved" and exception.new_start:
            row.original_start = row.start
            row.start = exception.new_start
            row.end = exception.new_end or exception.new_start + (row.end - aware(start_local))
            if not event.is_cancelled:
                row.status = EventOccurrence.Status.MOVED
            copy_note(row, exception, "note")
        rows.append(row)
    return rows


@transaction.atomic
def materialise(event):
    """Replaces the event's occurrence rows with the current ones."""
    occurrences = occurrence_model(event).objects
    occurrences.filter(event_id=event.pk).delete()
    rows = compute_occurrences(event) if event.live else []
    occurrences.bulk_create(rows)
    # The portal search ranks events by whether they are still current.
    PageText.objects.filter(page_id=event.pk).update(ends_at=max((row.end for row in rows), default=None))
    # The calendar, the organisation's subsite and the event itself show these dates.
    page_changed(event)


def remove_occurrences(event):
    occurrence_model(event).objects.filter(event_id=event.pk).delete()
    page_changed(event)

"""Importing an organisation's own calendar (.ics) into its subsite.

Events are matched by their UID: a new UID creates an event, a known one
updates it, an unchanged one is left alone, so importing the same file twice
changes nothing. A file that cannot be read is refused as a whole.
"""

import datetime
import hashlib
import json
import logging
from dataclasses import dataclass, field

import icalendar

from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from events.calendar.fetch import FetchError, fetch, fetch_failed_text
from events.calendar.models import EventException, EventPage, ImportRun
from events.calendar.recurrence import BERLIN, WEEKDAY_CODES
from home.languages import DEFAULT_LANGUAGE
from home.slugs import german_slug

logger = logging.getLogger("mokme.events")

MAX_FILE_SIZE = 2 * 1024 * 1024


class CalendarFileError(Exception):
    """The file is not a calendar the portal can read; nothing was imported."""


@dataclass
class ReportLine:
    uid: str
    title: str
    outcome: str  # created, updated, unchanged, rejected
    reason: str = ""


@dataclass
class ParsedEvent:
    uid: str
    title: str
    fields: dict
    exceptions: list = field(default_factory=list)


def parse_calendar(data: bytes) -> icalendar.Calendar:
    if len(data) > MAX_FILE_SIZE:
        raise CalendarFileError(_("The file is larger than 2 MB."))
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except (ValueError, IndexError, KeyError, TypeError) as error:
        raise CalendarFileError(_("The file is not a valid iCalendar file (.ics).")) from error
    if calendar.name != "VCALENDAR":
        raise CalendarFileError(_("The file is not a valid iCalendar file (.ics)."))
    return calendar


def _as_berlin(value):
    """(aware datetime, all_day) of a DTSTART/DTEND value."""
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=BERLIN)
        return value.astimezone(BERLIN), False
    return datetime.datetime.combine(value, datetime.time.min, tzinfo=BERLIN), True


def _text(component, name):
    value = component.get(name)
    return str(value).strip() if value is not None else ""


def _recurrence(component, start):
    """Model fields of the RRULE, or a reason why the portal cannot show it."""
    rule = component.get("rrule")
    if rule is None:
        return {"frequency": EventPage.Frequency.ONCE}, None
    frequency = (rule.get("FREQ") or [""])[0]
    fields = {"interval": int((rule.get("INTERVAL") or [1])[0])}
    if not 1 <= fields["interval"] <= 12:
        return None, _("The interval of the repetition is not supported.")
    byday = [str(day) for day in rule.get("BYDAY", [])]
    if frequency == "WEEKLY":
        if not all(day in WEEKDAY_CODES for day in byday):
            return None, _("The weekdays of the repetition are not supported.")
        fields.update(frequency=EventPage.Frequency.WEEKLY, weekdays=byday)
    elif frequency == "DAILY" and fields["interval"] == 1:
        fields.update(frequency=EventPage.Frequency.WEEKLY, weekdays=list(WEEKDAY_CODES))
    elif frequency == "MONTHLY":
        fields["frequency"] = EventPage.Frequency.MONTHLY
        if byday:
            fields["monthly_by"] = EventPage.MonthlyBy.NTH_WEEKDAY
        else:
            fields["monthly_by"] = EventPage.MonthlyBy.DAY_OF_MONTH
    else:
        return None, _("Only weekly and monthly repetitions are supported.")
    if rule.get("UNTIL"):
        until = rule["UNTIL"][0]
        fields["until"] = until.astimezone(BERLIN).date() if isinstance(until, datetime.datetime) else until
    elif rule.get("COUNT"):
        fields["count"] = min(int(rule["COUNT"][0]), 500)
    return fields, None


def _exdates(component):
    dates = []
    exdates = component.get("exdate")
    for entry in exdates if isinstance(exdates, list) else [exdates] if exdates else []:
        for value in entry.dts:
            dates.append(_as_berlin(value.dt)[0].date())
    return dates


def parse_events(calendar) -> tuple[list[ParsedEvent], list[ReportLine]]:
    """The calendar's events as model fields, and the events that cannot be imported."""
    series, moved, rejected = {}, [], []
    for component in calendar.walk("VEVENT"):
        uid = _text(component, "uid")
        title = _text(component, "summary")
        if not uid:
            rejected.append(ReportLine("", title or "–", "rejected", _("The event has no UID.")))
            continue
        if component.get("dtstart") is None:
            rejected.append(ReportLine(uid, title or "–", "rejected", _("The event has no start.")))
            continue
        if component.get("recurrence-id") is not None:
            moved.append(component)
            continue
        if not title:
            rejected.append(ReportLine(uid, "–", "rejected", _("The event has no title.")))
            continue
        start, all_day = _as_berlin(component.decoded("dtstart"))
        end = None
        if component.get("dtend") is not None:
            end, _all_day = _as_berlin(component.decoded("dtend"))
            if all_day:
                end -= datetime.timedelta(seconds=1)  # DTEND of a whole day is exclusive
        recurrence, reason = _recurrence(component, start)
        if reason:
            rejected.append(ReportLine(uid, title, "rejected", reason))
            continue
        location = _text(component, "location")
        url = _text(component, "url")
        fields = {
            "title": title[:255],
            "teaser": _text(component, "description")[:400],
            "start": start,
            "end": end if end and end > start else None,
            "all_day": all_day,
            "venue_name": location[:200] if location and not location.startswith("http") else "",
            "online_url": location if location.startswith("http") else "",
            "registration_url": url if url.startswith("http") else "",
            "is_cancelled": _text(component, "status").upper() == "CANCELLED",
            **recurrence,
        }
        if not fields["venue_name"] and not fields["online_url"]:
            fields["venue_name"] = _("See the organisation")
        exceptions = [{"original_date": date, "kind": "cancelled"} for date in _exdates(component)]
        series[uid] = ParsedEvent(uid=uid, title=title, fields=fields, exceptions=exceptions)
    for component in moved:
        uid = _text(component, "uid")
        parent = series.get(uid)
        if parent is None:
            rejected.append(
                ReportLine(
                    uid,
                    _text(component, "summary") or "–",
                    "rejected",
                    _("A changed date belongs to no event in the file."),
                )
            )
            continue
        original, _all_day = _as_berlin(component.decoded("recurrence-id"))
        if _text(component, "status").upper() == "CANCELLED":
            parent.exceptions.append({"original_date": original.date(), "kind": "cancelled"})
            continue
        new_start, _all_day = _as_berlin(component.decoded("dtstart"))
        new_end = _as_berlin(component.decoded("dtend"))[0] if component.get("dtend") is not None else None
        parent.exceptions.append(
            {"original_date": original.date(), "kind": "moved", "new_start": new_start, "new_end": new_end}
        )
    return list(series.values()), rejected


def _fingerprint(parsed: ParsedEvent) -> str:
    payload = json.dumps([parsed.fields, parsed.exceptions], sort_keys=True, default=str)
    return hashlib.sha256(payload.encode()).hexdigest()


def import_calendar(organisation, data: bytes, *, source: str, user=None, subscription=None) -> ImportRun:
    """Imports the events of an .ics file into the organisation's subsite; returns the report."""
    run = ImportRun(organisation=organisation, subscription=subscription, source=source[:500])
    try:
        calendar = parse_calendar(data)
        parsed, rejected = parse_events(calendar)
        with transaction.atomic(), translation.override(DEFAULT_LANGUAGE):
            lines = [_store(organisation, event, user) for event in parsed]
    except CalendarFileError as error:
        run.error = str(error)
        run.save()
        return run
    run.report = [line.__dict__ for line in lines + rejected]
    run.succeeded = True
    run.save()
    return run


def _store(organisation, parsed: ParsedEvent, user) -> ReportLine:
    fingerprint = _fingerprint(parsed)
    event = EventPage.objects.child_of(organisation).filter(import_uid=parsed.uid).first()
    if event is not None and event.import_hash == fingerprint:
        return ReportLine(
            parsed.uid, parsed.title, "unchanged", _("Nothing has changed since the last import.")
        )
    created = event is None
    if created:
        event = EventPage(import_uid=parsed.uid, slug=_free_slug(organisation, parsed.title), live=False)
    for name, value in parsed.fields.items():
        setattr(event, name, value)
    event.import_hash = fingerprint
    event.exceptions = [EventException(**exception) for exception in parsed.exceptions]
    if created:
        organisation.add_child(instance=event)
    revision = event.save_revision(user=user)
    if organisation.is_trusted:
        revision.publish(user=user)
        reason = _("Published.")
    else:
        reason = _("Saved as a draft; submit it for review to publish it.")
    return ReportLine(parsed.uid, parsed.title, "created" if created else "updated", reason)


def _free_slug(organisation, title):
    base = german_slug(title, 60) or "termin"
    taken = set(organisation.get_children().values_list("slug_de", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def fetch_calendar(url: str) -> bytes:
    """The subscribed calendar's content, from a public address only, limited in size and time."""
    if not url.startswith(("https://", "http://")):
        raise CalendarFileError(_("Only http and https addresses can be fetched."))
    try:
        return fetch(url, max_size=MAX_FILE_SIZE)
    except FetchError as error:
        logger.warning("Calendar subscription not fetched: %s", error)
        raise CalendarFileError(fetch_failed_text()) from error


def import_subscription(subscription) -> ImportRun:
    try:
        data = fetch_calendar(subscription.url)
    except CalendarFileError as error:
        run = ImportRun.objects.create(
            organisation=subscription.organisation,
            subscription=subscription,
            source=subscription.url,
            error=str(error),
        )
    else:
        run = import_calendar(
            subscription.organisation, data, source=subscription.url, subscription=subscription
        )
    subscription.last_fetched_at = timezone.now()
    subscription.save(update_fields=["last_fetched_at"])
    return run

"""iCalendar export: one event (its whole series), an organisation, the calendar, any filtered view.

Each series is one VEVENT with a stable UID, its RRULE and EXDATEs for cancelled
dates; a moved date is a second VEVENT with the same UID and a RECURRENCE-ID.
Times carry TZID=Europe/Berlin with a VTIMEZONE, so calendar apps keep the
wall-clock time across summer time. The file is written by `ical_writer`, byte for byte as
icalendar wrote it, in a fraction of the time.
"""

import datetime
import hashlib
import re

from django.conf import settings
from django.db import connection
from django.db.models import Min
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.http import quote_etag
from django.utils.text import slugify
from django.utils.translation import gettext as _

from events.calendar.addresses import absolute_url
from events.calendar.ical_writer import TIMEZONE_ORDER, Calendar, Component, Event
from events.calendar.recurrence import BERLIN, local, rule_parts
from events.registration.places import settings_of
from home.languages.reading import FieldReader

PRODID = "-//Kreis Mettmann//mokme Veranstaltungskalender//DE"


def _berlin_vtimezone() -> Component:
    """Berlin's rules since 1996 (EU: last Sunday of March at 02:00, last Sunday of October at
    03:00 local time), as two recurring transitions.

    icalendar's generated VTIMEZONE lists every transition as one RDATE with many values, of
    which Mozilla's ical.js (Thunderbird, Nextcloud) and vobject read only the first: every
    summer date then came out an hour late there.
    """
    zone = Component("VTIMEZONE", TIMEZONE_ORDER)
    zone.add_text("TZID", "Europe/Berlin")
    zone.add("X-LIC-LOCATION", "Europe/Berlin")
    for kind, abbreviation, offset_from, offset_to, start in (
        ("DAYLIGHT", "CEST", "+0100", "+0200", datetime.datetime(1970, 3, 29, 2)),
        ("STANDARD", "CET", "+0200", "+0100", datetime.datetime(1970, 10, 25, 3)),
    ):
        transition = Component(kind)
        transition.add_text("TZNAME", abbreviation)
        transition.add("TZOFFSETFROM", offset_from)
        transition.add("TZOFFSETTO", offset_to)
        transition.add_date("DTSTART", start)
        transition.add_rrule({"FREQ": "YEARLY", "BYMONTH": start.month, "BYDAY": "-1SU"})
        zone.add_component(transition)
    return zone


BERLIN_VTIMEZONE = _berlin_vtimezone()


def uid_for(event) -> str:
    return f"event-{event.pk}@mokme"


def _dt(value: datetime.datetime, all_day: bool):
    if all_day:
        return timezone.localtime(value, BERLIN).date()
    return timezone.localtime(value, BERLIN)


def _written_at(request):
    """One instant for every DTSTAMP of the file."""
    if request is None:
        return timezone.now()
    if not hasattr(request, "ical_written_at"):
        request.ical_written_at = timezone.now()
    return request.ical_written_at


def _texts(request) -> FieldReader:
    """One reader of translated fields for every entry of the file (written in one language,
    the request's)."""
    if request is None:
        return FieldReader()
    if not hasattr(request, "ical_texts"):
        request.ical_texts = FieldReader()
    return request.ical_texts


def _base_component(event, request, *, uid=None) -> Event:
    text = _texts(request)
    component = Event()
    component.add_text("UID", uid or uid_for(event))
    component.add_text("SUMMARY", text(event, "title"))
    url = absolute_url(event, request)
    if url is not None:  # None: a page no site serves
        component.add("URL", url)
    description = teaser = text(event, "teaser")
    if settings_of(event) is not None and url is not None:
        # Calendar apps show the description: say that a place must be booked, and where.
        note = _("Registration required: %(url)s") % {"url": url + "#registration"}
        description = f"{teaser}\n\n{note}" if teaser else note
    if description:
        component.add_text("DESCRIPTION", description)
    town = text(event.venue_town, "name") if event.venue_town else ""
    location = ", ".join(
        part
        for part in (
            event.venue_name,
            event.venue_street,
            " ".join(filter(None, [event.venue_postcode, town])),
        )
        if part
    )
    if location:
        component.add_text("LOCATION", location)
    elif event.online_url:
        component.add_text("LOCATION", event.online_url)
    if event.organisation is not None:
        component.add(
            "ORGANIZER",
            f"mailto:{event.organisation.email or settings.DEFAULT_FROM_EMAIL}",
            {"CN": text(event.organisation, "title")},
        )
    # DTSTAMP is when this file was written (RFC 5545 3.8.7.2, with METHOD); the event's own
    # change is LAST-MODIFIED.
    component.add_utc("DTSTAMP", _written_at(request))
    component.add_utc(
        "LAST-MODIFIED", event.last_published_at or event.latest_revision_created_at or timezone.now()
    )
    return component


def _end(event):
    if event.end and event.end > event.start:
        end = event.end
    elif event.all_day:
        end = event.start
    else:
        end = event.start + datetime.timedelta(hours=2)
    if event.all_day:
        # DTEND of an all-day event is exclusive: the day after the last day.
        return timezone.localtime(end, BERLIN).date() + datetime.timedelta(days=1)
    return timezone.localtime(end, BERLIN)


def _status(cancelled: bool) -> str:
    return "CANCELLED" if cancelled else "CONFIRMED"


def event_components(event, request) -> list[Event]:
    """The VEVENTs of one event (from `calendar_entries()`): the series, then one per moved date."""
    base = _base_component(event, request)
    series = base.copy()
    series.add_date("DTSTART", _dt(event.start, event.all_day))
    series.add_date("DTEND", _end(event))
    series.add_text("STATUS", _status(event.is_cancelled))
    components = [series]
    if not event.is_recurring:
        return components

    parts = rule_parts(event)
    if "UNTIL" in parts:
        # UNTIL must be in UTC when DTSTART has a time zone (RFC 5545, 3.3.10).
        parts["UNTIL"] = parts["UNTIL"].replace(tzinfo=BERLIN).astimezone(datetime.UTC)
    series.add_rrule(parts)

    start_local = local(event.start)
    for exception in event.calendar_exceptions:
        original = datetime.datetime.combine(exception.original_date, start_local.time()).replace(
            tzinfo=BERLIN
        )
        original_value = original.date() if event.all_day else original
        if exception.kind == "cancelled":
            series.add_date("EXDATE", original_value)
        elif exception.new_start:
            # The moved date says all the series says, at its own time.
            moved = base.copy()
            moved.add_date("RECURRENCE-ID", original_value)
            moved.add_date("DTSTART", _dt(exception.new_start, event.all_day))
            duration = (
                (event.end - event.start)
                if event.end and event.end > event.start
                else datetime.timedelta(hours=2)
            )
            new_end = exception.new_end or exception.new_start + duration
            moved.add_date(
                "DTEND",
                _dt(new_end, event.all_day)
                if not event.all_day
                else _dt(new_end, True) + datetime.timedelta(days=1),
            )
            moved.add_text("STATUS", _status(event.is_cancelled))
            note = _texts(request)(exception, "note")
            if note:
                moved.add_text("COMMENT", note)
            components.append(moved)
    return components


def occurrence_component(date, event, request) -> Event:
    """One date of a series as an event of its own (its UID names the date)."""
    original = local(date.original_start or date.start)
    component = _base_component(event, request, uid=f"event-{event.pk}-{original:%Y%m%dT%H%M}@mokme")
    component.add_date("DTSTART", _dt(date.start, date.all_day))
    if date.all_day:
        component.add_date("DTEND", timezone.localtime(date.end, BERLIN).date() + datetime.timedelta(days=1))
    else:
        component.add_date("DTEND", _dt(date.end, False))
    component.add_text("STATUS", _status(date.is_cancelled))
    note = _texts(request)(date, "note")
    if note:
        component.add_text("COMMENT", note)
    return component


# How often a subscribed calendar app should ask again (RFC 7986; X-PUBLISHED-TTL for Outlook).
REFRESH_INTERVAL = datetime.timedelta(hours=1)


def _verbatim(value: str) -> str:
    """A value icalendar knows no type of (NAME, X-WR-CALNAME): it wrote these unescaped, and
    refused a line break (a title imported with one took the event's file down); a space
    stands for it now, as a break would end the content line."""
    return value.replace("\r\n", " ").replace("\r", " ").replace("\n", " ")


def build_calendar(events, request, *, name: str, components=()) -> bytes:
    cal = Calendar()
    cal.add_text("PRODID", PRODID)
    cal.add_text("VERSION", "2.0")
    cal.add_text("CALSCALE", "GREGORIAN")
    cal.add_text("METHOD", "PUBLISH")
    cal.add("NAME", _verbatim(name))
    cal.add("X-WR-CALNAME", _verbatim(name))
    cal.add("X-WR-TIMEZONE", settings.TIME_ZONE)
    cal.add_duration("REFRESH-INTERVAL", REFRESH_INTERVAL, {"VALUE": "DURATION"})
    cal.add_duration("X-PUBLISHED-TTL", REFRESH_INTERVAL)
    cal.add_component(BERLIN_VTIMEZONE)
    for event in events:
        for component in event_components(event, request):
            cal.add_component(component)
    for component in components:
        cal.add_component(component)
    return cal.to_ical()


# Each DTSTAMP line with the line break before it (never the file's first line): taken out in one
# pass where splitting the district's 260 KB into lines and joining them again took 0.7 ms.
DTSTAMP_LINES = re.compile(rb"\nDTSTAMP[^\n]*")


def ical_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}.ics"'
    # The validator names the calendar's content, not when this copy was written: a poll that
    # finds the same events gets 304 although each copy has its own DTSTAMP.
    unstamped = DTSTAMP_LINES.sub(b"", content)
    response["ETag"] = quote_etag(hashlib.md5(unstamped, usedforsecurity=False).hexdigest())
    return response


# A subscription carries what a calendar app shows: from a month back to a year ahead, the
# soonest series first, at most this many. The whole district's calendar would otherwise be
# thousands of series and megabytes on every poll; a filter (an organisation, a town) narrows
# it to what a subscriber follows.
SUBSCRIPTION_PAST = datetime.timedelta(days=31)
SUBSCRIPTION_AHEAD = datetime.timedelta(days=366)
SUBSCRIPTION_MAX_EVENTS = 300


def current_for_subscription(calendar_page, filters, events):
    """The series of the filtered view that have a date in the window, soonest first.

    Asked of the dates (indexed by start, filtered like the calendar's own lists), so the cost
    does not depend on how many past series the portal holds.
    """
    now = timezone.now()
    longest = calendar_page.dates().longest_length()
    dates = calendar_page.dates().public()
    dates = dates.overlapping(now - SUBSCRIPTION_PAST, now + SUBSCRIPTION_AHEAD, longest=longest)
    dates = filters.filter_queryset(dates)
    return events.calendar_entries(_soonest_series(dates))


# The first dates of the window in order, read along the start index: the district's first 600
# dates hold its first 300 series, which PostgreSQL finds in ~3 ms, where grouping the window's
# 29,000 dates by series took ~19 ms.
SOONEST_DATES_READ = 2 * SUBSCRIPTION_MAX_EVENTS


def _soonest_series(dates) -> list[int]:
    """The ids of the first SUBSCRIPTION_MAX_EVENTS series by their first date in `dates`, ties by
    id: the order of their first appearance among the dates by (start, series)."""
    grouped = (
        dates.values("event_id")
        .annotate(first_date=Min("start"))
        .order_by("first_date", "event_id")
        .values_list("event_id", "first_date")[:SUBSCRIPTION_MAX_EVENTS]
    )
    if connection.vendor != "postgresql":
        return [event_id for event_id, _first in grouped]
    first = dates.order_by("start", "event_id").values_list("event_id", "start")[:SOONEST_DATES_READ]
    first_sql, first_params = first.query.sql_with_params()
    grouped_sql, grouped_params = grouped.query.sql_with_params()
    # One query either way: the grouping runs only when the first dates hold too few series (a
    # filter of few series with many dates); PostgreSQL skips it otherwise (a one-time filter).
    # Both parts are the querysets' own SQL; every value is a parameter. Only the ids come back,
    # each once, in order: their dates were 600 more values to convert for nothing.
    sql = f"""
        WITH first_dates AS MATERIALIZED ({first_sql}),
        enough AS MATERIALIZED (
            SELECT COUNT(DISTINCT event_id) >= %s OR COUNT(*) < %s AS found FROM first_dates
        )
        SELECT event_id FROM (
            SELECT event_id, start FROM first_dates WHERE (SELECT found FROM enough)
            UNION ALL
            SELECT event_id, first_date FROM ({grouped_sql}) AS grouped WHERE NOT (SELECT found FROM enough)
        ) AS soonest
        GROUP BY event_id ORDER BY MIN(start), event_id LIMIT %s
    """  # noqa: S608
    params = (
        *first_params,
        SUBSCRIPTION_MAX_EVENTS,
        SOONEST_DATES_READ,
        *grouped_params,
        SUBSCRIPTION_MAX_EVENTS,
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [event_id for (event_id,) in cursor.fetchall()]


def occurrences_for_subscription(calendar_page, filters, events):
    """The dates of a view limited to a time (today, this weekend): exactly the page's dates."""
    dates = filters.filter_queryset(calendar_page.dates().public()).order_by("start", "pk")
    dates = list(dates[:SUBSCRIPTION_MAX_EVENTS])
    series = events.calendar_entries(list(dict.fromkeys(date.event_id for date in dates)))
    by_pk = {event.pk: event for event in series}
    return [(date, by_pk[date.event_id]) for date in dates if date.event_id in by_pk]


def calendar_name(calendar_page, filters):
    """What a calendar app lists the subscription as: the calendar or organisation, then the filters."""
    cleaned = filters.active
    form = filters.form
    organisation = cleaned.get("organisation")
    parts = [organisation.title if organisation else calendar_page.title]
    for name in ("town", "field", "language"):
        if cleaned.get(name):
            parts.append(cleaned[name].name)
    if cleaned.get("free"):
        parts.append(str(form.fields["free"].label))
    if cleaned.get("when"):
        parts.append(str(dict(form.fields["when"].choices)[cleaned["when"]]))
    return " – ".join(parts)


def calendar_ical_view(calendar_page, request, events):
    """The portal calendar, or any filtered view of it, as a subscription.

    `events` are the public events (`EventPage.objects.for_calendar()`)."""
    filters = calendar_page.list_filters(request)
    if filters.not_understood:
        # A subscription whose organisation is gone, or a mistyped value, stays a calendar: an
        # error page would make the app drop or stall the subscription without a word.
        return ical_response(build_calendar([], request, name=calendar_page.title), "veranstaltungen")
    name = calendar_name(calendar_page, filters)
    if filters.window() is not None:
        # "Today" and "this weekend" hold the dates the page shows, not their whole series.
        components = [
            occurrence_component(date, event, request)
            for date, event in occurrences_for_subscription(calendar_page, filters, events)
        ]
        content = build_calendar([], request, name=name, components=components)
    else:
        content = build_calendar(current_for_subscription(calendar_page, filters, events), request, name=name)
    return ical_response(content, slugify(name) or "veranstaltungen")


def event_ical_view(event, request, events):
    """One event (its whole series); `events` are the public ones."""
    found = events.calendar_entries([event.pk])
    if not found:  # a draft or private event never leaves the portal this way
        raise Http404
    event = found[0]
    return ical_response(build_calendar([event], request, name=event.title), slugify(event.title) or "termin")

"""iCalendar export: one event (its whole series), an organisation, the calendar, any filtered view.

Each series is one VEVENT with a stable UID, its RRULE and EXDATEs for cancelled
dates; a moved date is a second VEVENT with the same UID and a RECURRENCE-ID.
Times carry TZID=Europe/Berlin with a VTIMEZONE, so calendar apps keep the
wall-clock time across summer time.
"""

import datetime
import hashlib

import icalendar

from django.conf import settings
from django.db.models import Min
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.http import quote_etag
from django.utils.text import slugify
from django.utils.translation import gettext as _

from events.calendar.recurrence import BERLIN, local, rule_parts
from events.registration.places import settings_of

PRODID = "-//Kreis Mettmann//mokme Veranstaltungskalender//DE"

# Berlin's rules since 1996 (EU: last Sunday of March at 02:00, last Sunday of October at
# 03:00 local time), as two recurring transitions. icalendar's generated VTIMEZONE lists every
# transition as one RDATE with many values, of which Mozilla's ical.js (Thunderbird, Nextcloud)
# and vobject read only the first: every summer date then came out an hour late there.
BERLIN_VTIMEZONE = """BEGIN:VTIMEZONE
TZID:Europe/Berlin
X-LIC-LOCATION:Europe/Berlin
BEGIN:DAYLIGHT
TZNAME:CEST
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZNAME:CET
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
"""


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


def _base_component(event, request, *, uid=None):
    component = icalendar.Event()
    component.add("uid", uid or uid_for(event))
    component.add("summary", event.title)
    if event.teaser:
        component.add("description", event.teaser)
    url = request.build_absolute_uri(event.url) if request is not None else event.full_url
    component.add("url", url)
    if settings_of(event) is not None:
        # Calendar apps show the description: say that a place must be booked, and where.
        note = _("Registration required: %(url)s") % {"url": url + "#registration"}
        component.pop("description", None)
        component.add("description", f"{event.teaser}\n\n{note}" if event.teaser else note)
    location = ", ".join(
        part
        for part in (
            event.venue_name,
            event.venue_street,
            " ".join(filter(None, [event.venue_postcode, event.venue_town.name if event.venue_town else ""])),
        )
        if part
    )
    if location:
        component.add("location", location)
    elif event.online_url:
        component.add("location", event.online_url)
    if event.organisation is not None:
        component.add(
            "organizer",
            f"mailto:{event.organisation.email or settings.DEFAULT_FROM_EMAIL}",
            parameters={"CN": event.organisation.title},
        )
    # DTSTAMP is when this file was written (RFC 5545 3.8.7.2, with METHOD); the event's own
    # change is LAST-MODIFIED.
    component.add("dtstamp", _written_at(request))
    component.add(
        "last-modified", event.last_published_at or event.latest_revision_created_at or timezone.now()
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


def event_components(event, request):
    """The VEVENTs of one event: the series, then one per moved date."""
    series = _base_component(event, request)
    series.add("dtstart", _dt(event.start, event.all_day))
    series.add("dtend", _end(event))
    series.add("status", "CANCELLED" if event.is_cancelled else "CONFIRMED")
    components = [series]
    if not event.is_recurring:
        return components

    parts = rule_parts(event)
    if "UNTIL" in parts:
        # UNTIL must be in UTC when DTSTART has a time zone (RFC 5545, 3.3.10).
        parts["UNTIL"] = parts["UNTIL"].replace(tzinfo=BERLIN).astimezone(datetime.UTC)
    series.add("rrule", {key.lower(): value for key, value in parts.items()})

    start_local = local(event.start)
    for exception in event.exceptions.all():
        original = datetime.datetime.combine(exception.original_date, start_local.time()).replace(
            tzinfo=BERLIN
        )
        original_value = original.date() if event.all_day else original
        if exception.kind == "cancelled":
            series.add("exdate", original_value)
        elif exception.new_start:
            moved = _base_component(event, request)
            moved.add("recurrence-id", original_value)
            moved.add("dtstart", _dt(exception.new_start, event.all_day))
            duration = (
                (event.end - event.start)
                if event.end and event.end > event.start
                else datetime.timedelta(hours=2)
            )
            new_end = exception.new_end or exception.new_start + duration
            moved.add(
                "dtend",
                _dt(new_end, event.all_day)
                if not event.all_day
                else _dt(new_end, True) + datetime.timedelta(days=1),
            )
            moved.add("status", "CANCELLED" if event.is_cancelled else "CONFIRMED")
            if exception.note:
                moved.add("comment", exception.note)
            components.append(moved)
    return components


def occurrence_component(date, event, request):
    """One date of a series as an event of its own (its UID names the date)."""
    original = local(date.original_start or date.start)
    component = _base_component(event, request, uid=f"event-{event.pk}-{original:%Y%m%dT%H%M}@mokme")
    component.add("dtstart", _dt(date.start, date.all_day))
    if date.all_day:
        component.add("dtend", timezone.localtime(date.end, BERLIN).date() + datetime.timedelta(days=1))
    else:
        component.add("dtend", _dt(date.end, False))
    component.add("status", "CANCELLED" if date.is_cancelled else "CONFIRMED")
    if date.note:
        component.add("comment", date.note)
    return component


# How often a subscribed calendar app should ask again (RFC 7986; X-PUBLISHED-TTL for Outlook).
REFRESH_INTERVAL = datetime.timedelta(hours=1)


def build_calendar(events, request, *, name: str, components=()) -> bytes:
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("name", name)
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    cal.add("refresh-interval", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", icalendar.vDuration(REFRESH_INTERVAL))
    cal.add_component(icalendar.Timezone.from_ical(BERLIN_VTIMEZONE))
    for event in events:
        for component in event_components(event, request):
            cal.add_component(component)
    for component in components:
        cal.add_component(component)
    return cal.to_ical()


def ical_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}.ics"'
    # The validator names the calendar's content, not when this copy was written: a poll that
    # finds the same events gets 304 although each copy has its own DTSTAMP.
    unstamped = b"\n".join(line for line in content.split(b"\n") if not line.startswith(b"DTSTAMP"))
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
    dates = calendar_page.dates().public().overlapping(now - SUBSCRIPTION_PAST, now + SUBSCRIPTION_AHEAD)
    soonest = (
        filters.filter_queryset(dates)
        .values("event_id")
        .annotate(first_date=Min("start"))
        .order_by("first_date", "event_id")[:SUBSCRIPTION_MAX_EVENTS]
    )
    ids = [row["event_id"] for row in soonest]
    by_pk = events.in_bulk(ids)
    return [by_pk[pk] for pk in ids if pk in by_pk]


def occurrences_for_subscription(calendar_page, filters, events):
    """The dates of a view limited to a time (today, this weekend): exactly the page's dates."""
    dates = filters.filter_queryset(calendar_page.dates().public()).order_by("start", "pk")
    dates = list(dates[:SUBSCRIPTION_MAX_EVENTS])
    by_pk = events.in_bulk({date.event_id for date in dates})
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
    event = events.filter(pk=event.pk).first()
    if event is None:  # a draft or private event never leaves the portal this way
        raise Http404
    return ical_response(build_calendar([event], request, name=event.title), slugify(event.title) or "termin")

"""iCalendar export: one event (its whole series), an organisation, the calendar, any filtered view.

Each series is one VEVENT with a stable UID, its RRULE and EXDATEs for cancelled
dates; a moved date is a second VEVENT with the same UID and a RECURRENCE-ID.
Times carry TZID=Europe/Berlin with a VTIMEZONE, so calendar apps keep the
wall-clock time across summer time.
"""

import datetime

import icalendar

from django.conf import settings
from django.db.models import Min
from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify

from events.filters import exclude_non_public, read_filters
from events.models import EventOccurrence, EventPage
from events.recurrence import BERLIN, local, rule_parts

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


def _base_component(event, request):
    component = icalendar.Event()
    component.add("uid", uid_for(event))
    component.add("summary", event.title)
    if event.teaser:
        component.add("description", event.teaser)
    url = request.build_absolute_uri(event.url) if request is not None else event.full_url
    component.add("url", url)
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
    last_modified = event.last_published_at or event.latest_revision_created_at or timezone.now()
    component.add("dtstamp", last_modified)
    component.add("last-modified", last_modified)
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


def build_calendar(events, request, *, name: str) -> bytes:
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    cal.add_component(icalendar.Timezone.from_ical(BERLIN_VTIMEZONE))
    for event in events:
        for component in event_components(event, request):
            cal.add_component(component)
    return cal.to_ical()


def ical_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}.ics"'
    return response


def public_events():
    return (
        EventPage.objects.live()
        .public()
        .select_related("venue_town", "organisation")
        .prefetch_related("exceptions")
        .defer_streamfields()
        .order_by("start", "pk")
    )


# A subscription carries what a calendar app shows: from a month back to a year ahead, the
# soonest series first, at most this many. The whole district's calendar would otherwise be
# thousands of series and megabytes on every poll; a filter (an organisation, a town) narrows
# it to what a subscriber follows.
SUBSCRIPTION_PAST = datetime.timedelta(days=31)
SUBSCRIPTION_AHEAD = datetime.timedelta(days=366)
SUBSCRIPTION_MAX_EVENTS = 300


def current_for_subscription(filters):
    """The series of the filtered view that have a date in the window, soonest first.

    Asked of the dates (indexed by start, filtered like the calendar's own lists), so the cost
    does not depend on how many past series the portal holds.
    """
    now = timezone.now()
    dates = exclude_non_public(EventOccurrence.objects.all()).filter(
        end__gte=now - SUBSCRIPTION_PAST, start__lt=now + SUBSCRIPTION_AHEAD
    )
    soonest = (
        filters.apply(dates)
        .values("event_id")
        .annotate(first_date=Min("start"))
        .order_by("first_date", "event_id")[:SUBSCRIPTION_MAX_EVENTS]
    )
    ids = [row["event_id"] for row in soonest]
    events = public_events().in_bulk(ids)
    return [events[pk] for pk in ids if pk in events]


def calendar_ical_view(calendar_page, request):
    """The portal calendar, or any filtered view of it, as a subscription."""
    _form, filters = read_filters(request)
    events = current_for_subscription(filters)
    name = calendar_page.title
    if filters.cleaned.get("organisation"):
        name = filters.cleaned["organisation"].title
    return ical_response(build_calendar(events, request, name=name), slugify(name) or "veranstaltungen")


def event_ical_view(event, request):
    event = public_events().filter(pk=event.pk).first()
    if event is None:  # a draft or private event never leaves the portal this way
        from django.http import Http404

        raise Http404
    return ical_response(build_calendar([event], request, name=event.title), slugify(event.title) or "termin")

"""Template tags for events: when an occurrence takes place, and schema.org Event JSON-LD."""

import json

from django import template
from django.utils import formats, timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

register = template.Library()


@register.simple_tag
def occurrence_when(occurrence):
    """“Tue, 1 Dec 2026, 19:00–21:00” in the visitor's language, all-day and multi-day aware."""
    start = timezone.localtime(occurrence.start)
    end = timezone.localtime(occurrence.end)
    day = formats.date_format(start, "DATE_FORMAT")
    weekday = formats.date_format(start, "D")
    if occurrence.all_day:
        if end.date() > start.date():
            return f"{weekday}, {day} – {formats.date_format(end, 'DATE_FORMAT')}"
        return _("%(weekday)s, %(day)s, all day") % {"weekday": weekday, "day": day}
    if end.date() > start.date():
        return (
            f"{weekday}, {day}, {formats.time_format(start, 'TIME_FORMAT')} – "
            f"{formats.date_format(end, 'DATE_FORMAT')}, {formats.time_format(end, 'TIME_FORMAT')}"
        )
    start_time, end_time = formats.time_format(start, "TIME_FORMAT"), formats.time_format(end, "TIME_FORMAT")
    return f"{weekday}, {day}, {start_time}–{end_time}"


@register.simple_tag(takes_context=True)
def event_json_ld(context, event, occurrence=None):
    request = context.get("request")

    def absolute(url):
        return request.build_absolute_uri(url) if request else url

    occurrence = occurrence or event.next_occurrence()
    start = occurrence.start if occurrence else event.start
    end = occurrence.end if occurrence else event.end
    if event.is_cancelled or (occurrence and occurrence.is_cancelled):
        status = "https://schema.org/EventCancelled"
    elif occurrence and occurrence.is_moved:
        status = "https://schema.org/EventRescheduled"
    else:
        status = "https://schema.org/EventScheduled"
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.teaser,
        "url": absolute(event.url),
        "startDate": timezone.localtime(start).isoformat()
        if not event.all_day
        else timezone.localtime(start).date().isoformat(),
        "eventStatus": status,
        "inLanguage": [language.code for language in event.event_languages.all()],
    }
    if end:
        data["endDate"] = (
            timezone.localtime(end).isoformat()
            if not event.all_day
            else timezone.localtime(end).date().isoformat()
        )
    if occurrence and occurrence.is_moved and occurrence.original_start:
        data["previousStartDate"] = timezone.localtime(occurrence.original_start).isoformat()
    places = []
    if event.venue_name:
        places.append(
            {
                "@type": "Place",
                "name": event.venue_name,
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": event.venue_street,
                    "postalCode": event.venue_postcode,
                    "addressLocality": event.venue_town.name if event.venue_town else "",
                    "addressCountry": "DE",
                },
            }
        )
    if event.online_url:
        places.append({"@type": "VirtualLocation", "url": event.online_url})
    data["location"] = places[0] if len(places) == 1 else places
    data["eventAttendanceMode"] = (
        "https://schema.org/MixedEventAttendanceMode"
        if len(places) == 2
        else "https://schema.org/OnlineEventAttendanceMode"
        if event.online_url
        else "https://schema.org/OfflineEventAttendanceMode"
    )
    if event.organisation is not None:
        data["organizer"] = {
            "@type": "Organization",
            "name": event.organisation.title,
            "url": absolute(event.organisation.url),
        }
    offer = {"@type": "Offer", "priceCurrency": "EUR", "availability": "https://schema.org/InStock"}
    if event.is_free:
        offer["price"] = "0"
    elif event.price:
        offer["description"] = event.price
    if event.registration_url:
        offer["url"] = event.registration_url
    data["offers"] = offer
    if event.image:
        data["image"] = absolute(event.image.get_rendition("fill-1200x630|format-jpeg").url)
    payload = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308


@register.simple_tag
def webcal(url):
    """The webcal:// form of an absolute http(s) address, for one-click subscriptions."""
    return "webcal://" + url.split("://", 1)[-1]

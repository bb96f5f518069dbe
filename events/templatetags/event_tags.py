"""Template tags for events: when an occurrence takes place; schema.org Event and NewsArticle JSON-LD."""

import datetime
import re

from django import template
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe

from events.calendar.models import read_for_entries
from events.calendar.series import how_it_repeats
from events.registration import public
from events.registration.places import settings_of as registration_settings_of
from home.languages import shown_language
from home.page_cache.fragments import render_kept, shared_part
from home.structured_data import absolute_rendition, canonical_url, district, json_ld_script
from mokme_cms.formats import when

register = template.Library()

PRICE = re.compile(r"\d+(?:[.,]\d{1,2})?")


@register.simple_tag
def occurrence_when(occurrence):
    """“Do, 3. Dezember 2026, 19:00–21:00” in the visitor's language, all-day and multi-day aware."""
    return when(occurrence.start, occurrence.end, occurrence.all_day)


@register.simple_tag(takes_context=True)
def calendar_entries(context, occurrences):
    """The calendar list's entries as (date, its entry's HTML). Each entry is the same for every
    visitor of a language, so kept as a part of its event's page (`render_kept`): under the tags
    that the event's publishing, dates and exceptions renew (a cancelled date shows at once), for
    the day. A visit reads the twenty in one round trip and renders only those not kept."""
    occurrences = list(occurrences)
    entries = render_kept(
        context,
        occurrences,
        "calendar-entry",
        "calendar/includes/occurrence.html",
        "occurrence",
        prepare=read_for_entries,
        page_of=lambda occurrence: occurrence.event,
        extra={"show_teaser": True},
    )
    return [(occurrence, entries[occurrence.pk]) for occurrence in occurrences]


@register.simple_tag
def series_when(event):
    """“Jeden Dienstag, 18:00–20:00” for a weekly series; "" otherwise."""
    return how_it_repeats(event)


def _price(text):
    """The amount of a price text such as "5 €" or "3,50 Euro", for schema.org's numeric price."""
    match = PRICE.search(text or "")
    return match.group(0).replace(",", ".") if match else None


def _organisation(organisation, request):
    return {"@type": "Organization", "name": organisation.title, "url": canonical_url(organisation, request)}


def _kept_with_dates(context, event, name, render, changes=lambda dates: ()):
    """What ``render(dates)`` gives of the event's next dates: the same for every visitor of a
    language until the first of them ends or the event changes (its page, dates, exceptions or
    registrations renew its tags), so kept (`shared_part`) until then, or until one of the
    moments ``changes(dates)`` names. A preview renders the dates of the editor's draft (the
    page's context holds them) and keeps nothing."""

    def render_to_keep():
        dates = context.get("occurrences")
        if dates is None:
            dates = event.listed_dates
        moments = [date.end for date in dates] + [moment for moment in changes(dates) if moment]
        return render(dates), min(moments, default=None)

    html = shared_part(context.get("request"), event, name, render_to_keep)
    return mark_safe(html)  # noqa: S308 - escaped by its template (or json_ld_script)


@register.simple_tag(takes_context=True)
def event_dates(context, event):
    """The event page's list of its next dates, cancelled and moved ones marked."""
    request = context.get("request")
    return _kept_with_dates(
        context,
        event,
        "event-dates",
        lambda dates: render_to_string(
            "calendar/includes/event_dates.html", {"page": event, "occurrences": dates}, request=request
        ),
    )


@register.simple_tag(takes_context=True)
def event_json_ld(context, event):
    """The event's schema.org Event, of its next date."""
    request = context.get("request")
    return _kept_with_dates(
        context,
        event,
        "event-json-ld",
        lambda dates: _event_json_ld(request, event, dates[0] if dates else None),
        changes=lambda dates: [_registration_closes(event, dates)],
    )


def _registration_closes(event, dates):
    """When registration on the portal closes for the first listed date, if that is still to
    come: the JSON-LD's offer then says nobody can register any more."""
    settings = registration_settings_of(event)
    if settings is None or not dates:
        return None
    closes = dates[0].start - datetime.timedelta(hours=settings.closes_hours_before)
    return closes if closes > timezone.now() else None


def _event_json_ld(request, event, occurrence):
    start = occurrence.start if occurrence else event.start
    end = occurrence.end if occurrence else event.end
    if event.is_cancelled or (occurrence and occurrence.is_cancelled):
        status = "https://schema.org/EventCancelled"
    elif occurrence and occurrence.is_moved:
        status = "https://schema.org/EventRescheduled"
    else:
        status = "https://schema.org/EventScheduled"

    def when(value):
        value = timezone.localtime(value)
        return value.date().isoformat() if event.all_day else value.isoformat()

    data = {
        "@type": "Event",
        "name": event.title,
        "description": event.teaser,
        "url": canonical_url(event, request),
        "startDate": when(start),
        "endDate": when(end) if end else None,
        "eventStatus": status,
        "inLanguage": [language.code for language in event.languages_spoken],
    }
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
    organisation = event.organisation
    # The district's own events are the district's.
    data["organizer"] = _organisation(organisation, request) if organisation else district(request)
    offer = {
        "@type": "Offer",
        "priceCurrency": "EUR",
        "availability": "https://schema.org/InStock",
        "price": "0" if event.is_free else _price(event.price),
        "description": None if event.is_free else event.price,
        "url": event.registration_url or canonical_url(event, request),
    }
    data["offers"] = offer
    registration_settings = registration_settings_of(event)
    if registration_settings is not None:
        # Registration on the portal: the form's address, and whether a place is left.
        registration = public.registration_offer(event, occurrence or None)
        offer["availability"] = public.schema_availability(registration)
        offer["url"] = canonical_url(event, request) + "#registration"
        data["maximumAttendeeCapacity"] = registration_settings.places
        if registration is not None:
            data["remainingAttendeeCapacity"] = max(registration.places_left, 0)
    image = event.image or (organisation.with_header_images().logo if organisation else None)
    data["image"] = absolute_rendition(request, image)
    return json_ld_script(data)


@register.simple_tag(takes_context=True)
def article_json_ld(context, page):
    """NewsArticle of a news item or a press release: what news aggregators and journalists' tools read."""
    request = context.get("request")
    organisation = getattr(page, "organisation", None)
    publisher = getattr(page, "publisher", "")
    if organisation is not None:
        author = _organisation(organisation, request)
    elif publisher:
        author = {"@type": "GovernmentOrganization", "name": publisher, "url": district(request)["url"]}
    else:
        author = district(request)
    published = page.first_published_at or getattr(page, "date", None)
    modified = getattr(page, "corrected_at", None) or page.last_published_at
    # A news item has one picture; a press release, its gallery.
    image = getattr(page, "image", None)
    gallery = getattr(page, "gallery", None)
    if image is None and gallery:
        image = gallery[0].image
    dateline = getattr(page, "dateline", None)
    url = canonical_url(page, request)
    data = {
        "@type": "NewsArticle",
        "headline": page.title[:110],
        "alternativeHeadline": getattr(page, "subtitle", ""),
        "description": page.teaser,
        "url": url,
        "mainEntityOfPage": url,
        "inLanguage": shown_language(page, "title"),
        "datePublished": published.isoformat() if published else None,
        "dateModified": modified.isoformat() if modified else None,
        "dateline": dateline.name if dateline else None,
        "author": author,
        "publisher": district(request),
        "image": absolute_rendition(request, image),
    }
    return json_ld_script(data)


@register.simple_tag
def webcal(url):
    """The webcal:// form of an absolute http(s) address, for one-click subscriptions."""
    return "webcal://" + url.split("://", 1)[-1]

"""The calendar in the admin and in search: iCal import, next dates in search results, the
editors' upcoming events on their dashboard."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import F, Max, Min, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modeltranslation.utils import build_localized_fieldname
from wagtail import hooks

from events.admin_views import CalendarImportViewSet
from events.calendar.models import EventOccurrence, EventPage
from events.templatetags.event_tags import occurrence_when
from home.languages import DEFAULT_LANGUAGE, active_language
from organisations.access.visibility import organisations_of
from organisations.dashboard import DashboardPanel


@hooks.register("register_admin_viewset")
def register_calendar_import():
    return CalendarImportViewSet()


@hooks.register("search_current_until")
def event_current_until(page):
    if isinstance(page, EventPage):
        return page.occurrences.aggregate(last=Max("end"))["last"]
    return None


@hooks.register("search_result_details")
def dates_and_towns_of_events(pages):
    """The next date (or, past, the last date) and the venue's town of each event among the
    results' ``pages``, in two queries, none without events: events of the same name are told
    apart by when and where."""
    event_type = ContentType.objects.get_for_model(EventPage)
    page_ids = [page.pk for page in pages if page.content_type_id == event_type.pk]
    if not page_ids:
        return {}
    not_cancelled = ~Q(status=EventOccurrence.Status.CANCELLED)
    dates = (
        EventOccurrence.objects.filter(event_id__in=page_ids)
        .values("event_id")
        .annotate(
            next_date=Min("start", filter=Q(end__gte=timezone.now()) & not_cancelled),
            last_date=Max("start", filter=not_cancelled),
        )
    )
    details = {
        row["event_id"]: {"next_date": row["next_date"], "last_date": row["last_date"]} for row in dates
    }
    code = active_language().code
    towns = EventPage.objects.filter(pk__in=page_ids, venue_town__isnull=False).values(
        "pk",
        name=F(build_localized_fieldname("venue_town__name", code)),
        german_name=F(build_localized_fieldname("venue_town__name", DEFAULT_LANGUAGE)),
    )
    for town in towns:
        details.setdefault(town["pk"], {})["venue_town"] = town["name"] or town["german_name"]
    return details


class UpcomingEventsPanel(DashboardPanel):
    order = 45
    title = _("Your upcoming events")


@hooks.register("construct_homepage_panels")
def upcoming_events_of_the_editors_organisations(request, panels):
    organisations = list(organisations_of(request.user))
    if not organisations:
        return
    occurrences = (
        EventOccurrence.objects.filter(organisation__in=organisations, end__gte=timezone.now())
        .select_related("event")
        .order_by("start")[:8]
    )
    items = [
        {
            # In the editor's language; an all-day event has no time.
            "label": f"{occurrence_when(occurrence)} – {occurrence.event.title}",
            "url": f"/admin/pages/{occurrence.event_id}/edit/",
        }
        for occurrence in occurrences
    ]
    panels.append(UpcomingEventsPanel(items, empty=_("No upcoming events.")))

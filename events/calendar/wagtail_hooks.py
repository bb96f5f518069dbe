"""The calendar in the admin and in search: iCal import, next dates in search results, the
editors' upcoming events on their dashboard."""

from django.db.models import Max, Min
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from events.admin_views import CalendarImportViewSet
from events.calendar.models import EventOccurrence, EventPage
from events.templatetags.event_tags import occurrence_when
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
def next_dates_of_events(page_ids):
    """The next date of each event among the results, in one query."""
    upcoming = (
        EventOccurrence.objects.filter(event_id__in=page_ids, end__gte=timezone.now())
        .exclude(status=EventOccurrence.Status.CANCELLED)
        .values("event_id")
        .annotate(next_date=Min("start"))
    )
    return {row["event_id"]: {"next_date": row["next_date"]} for row in upcoming}


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

"""Admin integration of news, events and press; their sections on the home page and subsites."""

from django.db.models import Max
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from events.admin_views import CalendarImportViewSet
from events.models import PressContact, PressTopic
from home.admin_scope import register_public
from home.admin_scope.snippets import ScopedSnippetViewSet


class PressContactViewSet(ScopedSnippetViewSet):
    model = PressContact
    icon = "user"
    list_display = ["name", "unit", "phone", "email"]


class PressTopicViewSet(ScopedSnippetViewSet):
    model = PressTopic
    icon = "tag"
    list_display = ["name", "slug"]


class PressGroup(SnippetViewSetGroup):
    items = (PressContactViewSet, PressTopicViewSet)
    menu_icon = "doc-full-inverse"
    menu_label = _("Press")
    menu_order = 270


register_snippet(PressGroup)
# Named with phone and email on every press release.
register_public(PressContact, PressTopic)


@hooks.register("register_admin_viewset")
def register_calendar_import():
    return CalendarImportViewSet()


@hooks.register("register_portal_roles")
def press_office_role():
    from events.press_roles import ensure_press_office_setup

    return ensure_press_office_setup()


@hooks.register("home_page_sections")
def events_and_news_on_home_page(request, home_page):
    from events.teasers import home_page_section

    return home_page_section(request, home_page)


@hooks.register("organisation_page_sections")
def events_and_news_on_subsite(request, organisation):
    from events.teasers import organisation_page_section

    return organisation_page_section(request, organisation)


@hooks.register("organisation_page_head")
def feeds_of_subsite(request, organisation):
    from events.teasers import organisation_page_head

    return organisation_page_head(request, organisation)


@hooks.register("register_demo_content", order=30)
def build_events_demo(log):
    from events.demo.build import build_events_news_and_press

    return build_events_news_and_press(log)


@hooks.register("search_current_until")
def event_current_until(page):
    from events.models import EventPage

    if isinstance(page, EventPage):
        return page.occurrences.aggregate(last=Max("end"))["last"]
    return None


@hooks.register("search_result_details")
def next_dates_of_events(page_ids):
    """The next date of each event among the results, in one query."""
    from django.db.models import Min
    from django.utils import timezone

    from events.models import EventOccurrence

    upcoming = (
        EventOccurrence.objects.filter(event_id__in=page_ids, end__gte=timezone.now())
        .exclude(status=EventOccurrence.Status.CANCELLED)
        .values("event_id")
        .annotate(next_date=Min("start"))
    )
    return {row["event_id"]: {"next_date": row["next_date"]} for row in upcoming}


@hooks.register("register_admin_urls")
def related_pages_search():
    from events.related_pages import admin_urls

    return admin_urls()


@hooks.register("construct_homepage_panels")
def upcoming_events_of_the_editors_organisations(request, panels):
    from django.utils import timezone

    from events.models import EventOccurrence
    from events.templatetags.event_tags import occurrence_when
    from organisations.access.visibility import organisations_of
    from organisations.dashboard import DashboardPanel

    organisations = list(organisations_of(request.user))
    if not organisations:
        return

    class UpcomingEventsPanel(DashboardPanel):
        order = 45
        title = _("Your upcoming events")

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

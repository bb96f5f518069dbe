"""What the portal home and the organisation subsites show of events and news."""

from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from wagtail.models import Page, Site

from events.calendar.models import EventCalendarPage, EventOccurrence
from events.news.models import NewsIndexPage, NewsPage
from home.page_cache.fragments import shared_part
from home.per_request import once_per_request
from home.sites import site_page
from home.tasks import EVENTS_THIS_WEEK, home_task

HOME_EVENTS = 5
HOME_NEWS = 3
SUBSITE_EVENTS = 5
SUBSITE_NEWS = 3


def _upcoming(**filters):
    return EventOccurrence.objects.teasers().upcoming().filter(**filters).order_by("start", "pk")


def _listings(request, home_page):
    """The calendar and the news index under ``home_page``, looked up once per request and kept
    with the sites until a page changes (home.sites.site_page).

    The home page's section and task, and a subsite's section and feed links, each name both.
    Both come from one query; what they are used for (their addresses, their feeds' addresses)
    needs no field of their own types, which stay deferred.
    """
    return once_per_request(
        request,
        "_portal_event_listings",
        home_page.pk,
        lambda: site_page("event_listings", home_page, lambda: _find_listings(home_page)),
    )


def _find_listings(home_page):
    found = {}
    listings = Page.objects.child_of(home_page).live().type(EventCalendarPage, NewsIndexPage)
    for page in listings.order_by("path"):
        kind = EventCalendarPage if issubclass(page.specific_class, EventCalendarPage) else NewsIndexPage
        found.setdefault(kind, page.specific_deferred)
    return found.get(EventCalendarPage), found.get(NewsIndexPage)


def _site_home(request, organisation):
    # The request's site is already known (Wagtail's serve looked it up); Page.get_site() asks twice.
    site = Site.find_for_request(request) if request is not None else None
    return (site or organisation.get_site()).root_page


def _first_end(occurrences):
    # The first of these dates to end leaves the list then, and the next one joins it.
    return min((occurrence.end for occurrence in occurrences), default=None)


def home_page_section(request, home_page):
    calendar, news_index = _listings(request, home_page)
    if calendar is None and news_index is None:
        return None

    def render():
        occurrences = list(_upcoming()[:HOME_EVENTS]) if calendar else []
        html = render_to_string(
            "events/includes/home_section.html",
            {
                "calendar": calendar,
                "news_index": news_index,
                "occurrences": occurrences,
                "news": list(NewsPage.objects.teasers(home_page)[:HOME_NEWS]) if news_index else [],
                "compact": True,
            },
            request=request,
        )
        return html, _first_end(occurrences)

    return shared_part(request, home_page, "home-events-news", render)


def home_page_tasks(request, home_page):
    """The home page's entry point to the calendar, filtered to the coming seven days."""
    calendar, _news_index = _listings(request, home_page)
    if calendar is None:
        return []
    return [
        home_task(
            request,
            order=EVENTS_THIS_WEEK,
            icon="calendar",
            title=_("Events this week"),
            text=_("What is on in the next seven days"),
            url=f"{calendar.get_url(request=request)}?when=week",
        )
    ]


def organisation_page_section(request, organisation):
    home_page = _site_home(request, organisation)
    calendar, news_index = _listings(request, home_page)

    def render():
        occurrences = list(_upcoming(organisation=organisation)[:SUBSITE_EVENTS])
        html = render_to_string(
            "events/includes/subsite_section.html",
            {
                "organisation": organisation,
                "calendar": calendar,
                "news_index": news_index,
                "occurrences": occurrences,
                "news": list(
                    NewsPage.objects.teasers(home_page).filter(organisation=organisation)[:SUBSITE_NEWS]
                ),
                "compact": True,
            },
            request=request,
        )
        return html, _first_end(occurrences)

    return shared_part(request, organisation, "subsite-events-news", render)


def organisation_page_head(request, organisation):
    """Feed autodiscovery for the organisation's events and news."""
    home_page = _site_home(request, organisation)
    calendar, news_index = _listings(request, home_page)
    return render_to_string(
        "events/includes/subsite_head.html",
        {"organisation": organisation, "calendar": calendar, "news_index": news_index},
        request=request,
    )

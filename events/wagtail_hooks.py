"""What the calendar, news and press office show together: their sections on the home page and
the subsites, the search for related pages in the editor, the demo content."""

from wagtail import hooks

from events.demo.build import build_events_news_and_press
from events.related_pages import admin_urls
from events.reports import UpcomingEventsReportViewSet
from events.teasers import (
    home_page_section,
    home_page_tasks,
    organisation_page_head,
    organisation_page_section,
)


@hooks.register("home_page_sections")
def events_and_news_on_home_page(request, home_page):
    return home_page_section(request, home_page)


@hooks.register("home_page_tasks")
def events_task_on_home_page(request, home_page):
    return home_page_tasks(request, home_page)


@hooks.register("organisation_page_sections")
def events_and_news_on_subsite(request, organisation):
    return organisation_page_section(request, organisation)


@hooks.register("organisation_page_head")
def feeds_of_subsite(request, organisation):
    return organisation_page_head(request, organisation)


@hooks.register("register_demo_content", order=30)
def build_events_demo(log):
    return build_events_news_and_press(log)


@hooks.register("register_admin_urls")
def related_pages_search():
    return admin_urls()


@hooks.register("register_admin_viewset")
def register_upcoming_events_report():
    # Reports menu: how many events the coming weeks hold in each town (moderators).
    return UpcomingEventsReportViewSet()

"""The contract between the portal's base and the apps on it (home/registry.py)."""

import ast
from pathlib import Path

from home import registry
from home.models import PortalHomePage
from home.search import kinds
from home.search.page_text import search_kind
from tests.factories import EventCalendarPageFactory, EventPageFactory, StandardPageFactory

HOME = Path(__file__).resolve().parents[2] / "home"
# events/ holds three apps of its own: calendar, news and press.
OTHER_APPS = ("events", "calendar", "news", "press", "organisations")


def test_home_names_no_other_app():
    """`home` learns of events and organisations only through what they register."""
    offences = []
    for path in sorted(HOME.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                # "press.PressTopic", "organisations.access": a label or dotted path, not prose.
                names = [node.value] if "." in node.value and " " not in node.value else []
            else:
                continue
            offences += [
                f"{path.relative_to(HOME.parent)}:{node.lineno} {name}"
                for name in names
                if name.split(".")[0] in OTHER_APPS
            ]
    assert offences == []


def test_the_apps_fill_the_registry():
    assert [model._meta.label for model in PortalHomePage.allowed_subpage_models()] == [
        "home.StandardPage",
        "organisations.OrganisationIndexPage",
        "organisations.PartnersPage",
        "calendar.EventCalendarPage",
        "news.NewsIndexPage",
        "press.PressArchivePage",
    ]
    assert kinds() == ["organisation", "event", "news", "press", "page"]
    assert {"press.PressTopic", "organisations.Town", "home.PortalSettings"} <= registry.site_wide_models
    assert ("extend_event_occurrences", 24 * 60 * 60) in registry.scheduled_jobs
    assert registry.home_page_listings == ["organisations", "events", "news", "press"]


def test_search_kind_follows_the_registered_page_types(home_page):
    calendar = EventCalendarPageFactory(parent=home_page)
    assert search_kind(EventPageFactory(parent=calendar)) == "event"
    assert search_kind(StandardPageFactory(parent=home_page)) == "page"

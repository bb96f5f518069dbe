"""What the other apps plug into the portal's base: the one place where `home` learns of them.

`home` imports neither `organisations` nor `events` and names none of their models. Each app
tells the base what it brings, from its own `AppConfig.ready()`:

- `add_home_page_child(label)`: a page type that may stand directly below the portal home page
  (the directory, the calendar, the news and the press archive);
- `add_home_page_listing(kind)`: a page-cache kind whose items the home page shows as teasers,
  so that publishing one renews the home page (the app's pages carry `page_cache_kind`);
- `add_site_wide_model(label)`: a model shown on many pages (taxonomy, menus, footer, credits)
  whose change renews the whole page cache;
- `add_search_kind(kind, label, *page_models)`: a tab of the portal search and the page types
  whose results it holds; every other page is a "page";
- `add_scheduled_job(command, seconds)`: a management command the `clock` process
  (`run_scheduled_jobs`) runs at that interval;
- `add_two_factor_candidate(test)`: accounts the admin dashboard urges to turn two-factor
  login on (`test(user)` is true for them).

What needs a request or a page at the time is a Wagtail hook instead, registered in the app's
`wagtail_hooks.py`: `home_page_sections` (teasers), `search_current_until`,
`search_hidden_pages` and `search_result_details` (search; given the results' pages),
`register_demo_content` (make run), and Wagtail's own `construct_homepage_panels` (dashboard panels).
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class SearchKind:
    kind: str
    label: str
    page_models: tuple


# The portal home page's own children; apps append theirs before Wagtail first reads the list
# (PortalHomePage.subpage_types is this very list).
home_page_children = ["home.StandardPage"]
home_page_listings = []
site_wide_models = {"home.PortalSettings", "home.PortalImage", "wagtaildocs.Document"}
_search_kinds = []
# Scheduled pages go live within a minute; failed logins are forgotten after a day and searches
# without results after a year, as the privacy statement says; refused mails are tried again.
scheduled_jobs = [
    ("publish_scheduled", 60),
    ("forget_login_failures", 3600),
    ("send_queued_mail", 60),
    ("forget_search_misses", 24 * 3600),
]
two_factor_candidates = []

PAGE = SearchKind("page", _("Pages"), ())


def add_home_page_child(label: str):
    if label not in home_page_children:
        home_page_children.append(label)


def add_home_page_listing(kind: str):
    if kind not in home_page_listings:
        home_page_listings.append(kind)


def add_site_wide_model(label: str):
    site_wide_models.add(label)


def add_search_kind(kind: str, label: str, *page_models):
    if all(known.kind != kind for known in _search_kinds):
        _search_kinds.append(SearchKind(kind, label, tuple(page_models)))


def search_kinds() -> list[SearchKind]:
    """Every tab of the portal search, in the order the apps registered them, pages last."""
    return [*_search_kinds, PAGE]


def search_kind_of(page) -> str:
    return registered_search_kind_of(type(page)) or PAGE.kind


def registered_search_kind_of(model) -> str | None:
    """The kind an app registered for a page type, None for the pages no app names."""
    for known in _search_kinds:
        if issubclass(model, known.page_models):
            return known.kind
    return None


def add_scheduled_job(command: str, seconds: int):
    if (command, seconds) not in scheduled_jobs:
        scheduled_jobs.append((command, seconds))


def add_two_factor_candidate(test):
    if test not in two_factor_candidates:
        two_factor_candidates.append(test)


def is_two_factor_candidate(user) -> bool:
    return any(test(user) for test in two_factor_candidates)

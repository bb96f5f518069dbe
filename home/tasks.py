"""The entry points at the top of the home page: what a newcomer comes for, one card each.

`home` names none of the other apps: each adds its tasks through the `home_page_tasks` hook
(a list of `HomeTask`), and `order` keeps them in the sequence a visitor reads them in,
whichever app registered first.
"""

from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from wagtail import hooks

# Places of the portal's tasks, so that two apps' tasks interleave as intended.
FIND_ORGANISATION, EVENTS_THIS_WEEK, ADVICE_AND_HELP, JOIN_THE_PORTAL = 10, 20, 30, 40

ICONS = ("map-pin", "calendar", "lifebuoy", "join")


@dataclass(frozen=True)
class HomeTask:
    order: int
    html: SafeString


def home_task(request, *, order, icon, title, text, url, form="") -> HomeTask:
    """One card: an icon, a linked title, one line of text and optionally a small form."""
    if icon not in ICONS:
        raise ValueError(f"No icon {icon!r} in home/templates/home/icons/")
    html = render_to_string(
        "home/includes/home_task.html",
        {"icon": f"home/icons/{icon}.svg", "title": title, "text": text, "url": url, "form": form},
        request=request,
    )
    return HomeTask(order, html)


def home_tasks(request, home_page) -> list[SafeString]:
    tasks = [task for hook in hooks.get_hooks("home_page_tasks") for task in hook(request, home_page)]
    return [task.html for task in sorted(tasks, key=lambda task: task.order)]

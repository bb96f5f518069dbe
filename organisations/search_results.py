"""What the portal search shows of a result's organisation: its name and town.

Three results called “Sprachcafé” are told apart by who holds them and where. Any page in an
organisation's subtree (its content pages, news, events) belongs to it; the organisation page
itself shows its town only. One query for any number of results.
"""

from django.db.models import F

from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page

from home.languages import DEFAULT_LANGUAGE, active_language
from organisations.models import OrganisationPage


def _ancestor_paths(path: str) -> list[str]:
    step = Page.steplen
    return [path[:end] for end in range(step, len(path) + 1, step)]


def organisation_and_town_of_results(pages) -> dict[int, dict]:
    """Of each of the results' ``pages`` (with their paths), its organisation's name and town."""
    paths = {page.pk: page.path for page in pages}
    if not paths:
        return {}
    code = active_language().code
    ancestors = {ancestor for path in paths.values() for ancestor in _ancestor_paths(path)}
    rows = OrganisationPage.objects.filter(path__in=ancestors).values(
        "pk",
        "path",
        name=F(build_localized_fieldname("title", code)),
        german_name=F(build_localized_fieldname("title", DEFAULT_LANGUAGE)),
        town_name=F(build_localized_fieldname("town__name", code)),
        german_town_name=F(build_localized_fieldname("town__name", DEFAULT_LANGUAGE)),
    )
    organisations = {row["path"]: row for row in rows}
    details = {}
    for page_id, path in paths.items():
        found = next((organisations[p] for p in reversed(_ancestor_paths(path)) if p in organisations), None)
        if found is None:
            continue
        extra = {"town": found["town_name"] or found["german_town_name"]}
        if found["pk"] != page_id:
            extra["organisation"] = found["name"] or found["german_name"]
            # An untranslated name is German inside the visitor's text (lang="de").
            extra["organisation_in_german"] = not found["name"] and code != DEFAULT_LANGUAGE
        details[page_id] = extra
    return details

"""Redirects for every language when a page's address changes.

Wagtail creates a redirect only for the address in the language that was
active when the slug changed or the page moved. The portal remembers each
live page's address in every language and redirects each old one.

Renaming the calendar at district scale changes the addresses of some 10,000
events in eleven languages at once, so the whole subtree is written with a
fixed number of queries, however many pages it holds.
"""

from django.db import transaction
from django.utils import translation

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from home.languages import LANGUAGE_CODES
from home.models import PagePath

BATCH_SIZE = 2000


def _current_paths(page) -> dict[str, str]:
    paths = {}
    for code in LANGUAGE_CODES:
        with translation.override(code):
            url = page.get_url()
        if url:
            paths[code] = url
    return paths


@transaction.atomic
def record_paths(page, *, with_descendants=False):
    """Stores the page's addresses; a changed one gets a permanent redirect to the page."""
    pages = [page]
    if with_descendants or _changed(page):
        pages += list(Page.objects.descendant_of(page).live())
    known = {
        (row.page_id, row.language): row
        for chunk in _chunks([each.pk for each in pages])
        for row in PagePath.objects.filter(page_id__in=chunk)
    }
    new_rows, changed_rows, redirects = [], [], {}
    for each in pages:
        for code, path in _current_paths(each).items():
            row = known.get((each.pk, code))
            if row is None:
                new_rows.append(PagePath(page_id=each.pk, language=code, path=path))
            elif row.path != path:
                redirects[Redirect.normalise_path(row.path)] = (each.pk, Redirect.normalise_path(path))
                row.path = path
                changed_rows.append(row)
    PagePath.objects.bulk_create(new_rows, batch_size=BATCH_SIZE)
    PagePath.objects.bulk_update(changed_rows, ["path"], batch_size=BATCH_SIZE)
    if redirects:
        _redirect(page.get_site(), redirects)


def _redirect(site, redirects: dict[str, tuple[int, str]]):
    """Old path → (page, new path): a permanent redirect from each old path to its page."""
    # Someone who bookmarked a new address must not be sent away again.
    new_paths = {new_path for _page_id, new_path in redirects.values()} - set(redirects)
    for chunk in _chunks(sorted(new_paths)):
        Redirect.objects.filter(site=site, old_path__in=chunk).delete()
    existing = {
        redirect.old_path: redirect
        for chunk in _chunks(list(redirects))
        for redirect in Redirect.objects.filter(site=site, old_path__in=chunk)
    }
    updated, created = [], []
    for old_path, (page_id, _new_path) in redirects.items():
        redirect = existing.get(old_path)
        if redirect is None:
            created.append(
                Redirect(old_path=old_path, site=site, redirect_page_id=page_id, is_permanent=True)
            )
        else:
            redirect.redirect_page_id, redirect.is_permanent = page_id, True
            updated.append(redirect)
    Redirect.objects.bulk_update(updated, ["redirect_page", "is_permanent"], batch_size=BATCH_SIZE)
    Redirect.objects.bulk_create(created, batch_size=BATCH_SIZE)


def _chunks(values: list) -> list[list]:
    # PostgreSQL takes at most 65,535 parameters in one query; 10,000 pages × 11 languages are more.
    return [values[start : start + BATCH_SIZE] for start in range(0, len(values), BATCH_SIZE)]


def _changed(page) -> bool:
    known = dict(PagePath.objects.filter(page_id=page.pk).values_list("language", "path"))
    return any(known.get(code, path) != path for code, path in _current_paths(page).items())

"""Redirects for every language when a page's address changes.

Wagtail creates a redirect only for the address in the language that was
active when the slug changed or the page moved. The portal remembers each
live page's address in every language and redirects each old one.
"""

from django.db import transaction
from django.utils import translation

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from home.languages import LANGUAGE_CODES
from home.models import PagePath


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
    site = page.get_site()
    for each in pages:
        known = {row.language: row for row in PagePath.objects.filter(page_id=each.pk)}
        for code, path in _current_paths(each).items():
            row = known.get(code)
            if row is None:
                PagePath.objects.create(page_id=each.pk, language=code, path=path)
                continue
            if row.path == path:
                continue
            old_path = Redirect.normalise_path(row.path)
            Redirect.objects.update_or_create(
                old_path=old_path, site=site, defaults={"redirect_page_id": each.pk, "is_permanent": True}
            )
            # Someone who bookmarked the new address must not be sent away again.
            Redirect.objects.filter(old_path=Redirect.normalise_path(path), site=site).delete()
            row.path = path
            row.save(update_fields=["path"])


def _changed(page) -> bool:
    known = dict(PagePath.objects.filter(page_id=page.pk).values_list("language", "path"))
    return any(known.get(code, path) != path for code, path in _current_paths(page).items())

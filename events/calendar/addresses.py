"""The address of each event a subscription names, kept per process.

A subscription names each of its up to 300 events by its page's absolute address, which Wagtail
builds in ~25 µs (the sites' root paths, a reverse() in the visitor's language): a quarter of
writing the district's feed, and the same addresses on every poll. An address follows from the
request's scheme, host and site, the script prefix, the language, the sites' root paths in that
language and the page's own url_path; kept under all of these, a kept address is never stale (a
page moved or renamed has another url_path; changed sites have other root paths).
"""

from django.urls import get_script_prefix
from django.utils.translation import get_language

from wagtail.models import Site

# Per set of circumstances (a host, a language, the sites as they are), at most this many pages:
# a feed holds 300 series and the filtered feeds are mostly the same ones. Past it, or past the
# number of circumstances, the set starts afresh.
PAGES_KEPT = 1024
CIRCUMSTANCES_KEPT = 32

_kept: dict[tuple, dict[str, str]] = {}


def _circumstances(request, page) -> tuple:
    site = Site.find_for_request(request)
    return (
        request.scheme,
        request.get_host(),
        site.pk if site is not None else None,
        get_script_prefix(),
        get_language(),
        tuple(page._get_site_root_paths(request)),
    )


def absolute_url(page, request) -> str | None:
    """`request.build_absolute_uri(page.get_url(request))`, or None for a page no site serves."""
    if request is None:
        return page.full_url
    # Worked out once per request and language (they do not depend on the page): which kept
    # set applies.
    language = get_language()
    memo = getattr(request, "_kept_page_addresses", None)
    if memo is None or memo[0] != language:
        circumstances = _circumstances(request, page)
        kept = _kept.get(circumstances)
        if kept is None:
            if len(_kept) >= CIRCUMSTANCES_KEPT:
                _kept.clear()
            kept = _kept.setdefault(circumstances, {})
        memo = request._kept_page_addresses = (language, kept)
    kept = memo[1]
    url_path = page.url_path
    address = kept.get(url_path)
    if address is None:
        relative = page.get_url(request)
        if relative is None:
            return None
        address = request.build_absolute_uri(relative)
        if len(kept) >= PAGES_KEPT:
            kept.clear()
        kept[url_path] = address
    return address

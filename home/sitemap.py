"""The XML sitemap: every live page in each language it exists in, with alternates."""

from dataclasses import dataclass
from datetime import datetime

from wagtail.models import Page, Site

from home.languages import DEFAULT_LANGUAGE
from home.languages.alternates import page_url


@dataclass(frozen=True)
class SitemapEntry:
    location: str
    lastmod: datetime | None
    alternates: list[tuple[str, str]]


def sitemap_entries(request) -> list[SitemapEntry]:
    site = Site.find_for_request(request)
    if site is None:
        return []
    pages = (
        Page.objects.live()
        .public()
        .descendant_of(site.root_page, inclusive=True)
        .order_by("path")
        .specific()
        .defer_streamfields()
    )
    entries = []
    for page in pages:
        if not hasattr(page, "available_languages"):
            continue
        urls = [(code, page_url(page, code, request, full=True)) for code in page.available_languages()]
        alternates = [*urls, ("x-default", dict(urls)[DEFAULT_LANGUAGE])] if len(urls) > 1 else []
        entries.extend(
            SitemapEntry(location=url, lastmod=page.last_published_at, alternates=alternates)
            for _code, url in urls
        )
    return entries

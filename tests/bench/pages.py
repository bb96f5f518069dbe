"""The page types the benchmark measures, looked up in one database, and their query counts.

Run inside Django with the bench settings and that database's DATABASE_URL:
`python -m tests.bench.pages OUTPUT.json`. The same rules pick the pages in
the bench database and in the small demo, so their query counts compare.
"""

import json
import os
import sys
import time

SEARCH_TERM = "Integration"
DIRECTORY_FILTERS = "?town=hilden&field=culture"
# Free-text searches: the page cache never keeps one (each text would be an entry of its own,
# home.page_cache._may_store), so the cached run serves them rendered, like the uncached one.
NOT_KEPT = ("press archive, search", "portal search")


def page_urls() -> list[tuple[str, str]]:
    """(page type, URL) for each page type, German unless the type says otherwise."""
    from django.db.models import Count
    from django.urls import reverse
    from django.utils import timezone, translation

    from events.calendar.models import EventCalendarPage, EventPage
    from events.news.models import NewsPage
    from events.press.models import PressArchivePage, PressReleasePage
    from home.models import PortalHomePage
    from organisations.models import OrganisationIndexPage, OrganisationPage

    with translation.override("de"):
        home = PortalHomePage.objects.get()
        directory = OrganisationIndexPage.objects.get()
        calendar = EventCalendarPage.objects.get()
        archive = PressArchivePage.objects.get()
        # The subsite with the most news (its sections full), the newest release.
        busiest = (
            NewsPage.objects.live()
            .filter(organisation__isnull=False)
            .values("organisation_id")
            .annotate(news=Count("pk"))
            .order_by("-news", "organisation_id")
            .first()
        )
        organisation = OrganisationPage.objects.get(pk=busiest["organisation_id"])
        event = (
            EventPage.objects.live()
            .exclude(frequency=EventPage.Frequency.ONCE)
            .filter(organisation__isnull=False, occurrences__end__gte=timezone.now())
            .order_by("path")
            .first()
        )
        release = PressReleasePage.objects.live().order_by("-release_date", "-pk").first()
        today = timezone.localdate()
        search = reverse("search")
        urls = [
            ("home", home.url),
            ("directory", directory.url),
            ("directory, filtered", directory.url + DIRECTORY_FILTERS),
            ("subsite", organisation.url),
            ("calendar list", calendar.url),
            ("calendar month", f"{calendar.url}{today:%Y}/{today.month}/"),
            ("event", event.url),
            ("press archive", archive.url),
            ("press archive, search", f"{archive.url}?q={SEARCH_TERM}"),
            ("press release", release.url),
            ("portal search", f"{search}?q={SEARCH_TERM}"),
            ("iCal feed", f"{calendar.url}ical/"),
            ("RSS feed (calendar)", f"{calendar.url}feed/rss/"),
            ("RSS feed (press)", f"{archive.url}feed/rss/"),
        ]
    with translation.override("ar"):
        urls.insert(1, ("home, Arabic", home.url))
    return urls


def count_queries(urls) -> list[dict]:
    """Queries of one request to each URL after a first one warmed the caches, without page cache.

    Shared parts (the home page's sections) are rendered afresh, as after a change: the count is
    what rendering the page costs, which must be the same at district scale as in the demo."""
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    from home.page_cache import renew
    from home.page_cache.fragments import PARTS

    client = Client(HTTP_HOST="127.0.0.1")
    counted = []
    with override_settings(PAGE_CACHE_SECONDS=0):
        for name, url in urls:
            client.get(url)
            renew({PARTS})
            started = time.perf_counter()
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            counted.append(
                {
                    "name": name,
                    "url": url,
                    "status": response.status_code,
                    "bytes": len(response.content),
                    "queries": len(queries),
                    # Where the time goes: the whole request in this process, and the database's part.
                    "in_process_ms": round((time.perf_counter() - started) * 1000, 1),
                    "sql_ms": round(
                        sum(float(query["time"]) for query in queries.captured_queries) * 1000, 1
                    ),
                    "sql": [query["sql"] for query in queries.captured_queries],
                }
            )
    return counted


def main(output_path):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.bench.settings")
    import django

    django.setup()
    from events.calendar.models import EventOccurrence
    from tests.bench.content import content_counts

    result = {
        "pages": count_queries(page_urls()),
        "content": {**content_counts(), "calendar.eventoccurrence": EventOccurrence.objects.count()},
    }
    with open(output_path, "w", encoding="utf-8") as output:
        json.dump(result, output, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv[1])

"""The admin's page editor at district scale: server time, HTML size, form fields and queries.

Run inside Django with the bench settings and a database's DATABASE_URL:
`python -m tests.bench.admin OUTPUT.json`. Each page type's add and edit view
is requested as the demo's administrator with the editor's default languages
(German and the admin language), in one process through Django's test client:
the time is the server's, without network or browser. The same rules pick the
pages in the bench database and in the small demo, so their query counts
compare; a difference means the editor costs a query per organisation, event
or release.
"""

import json
import os
import re
import statistics
import sys
import time

REPEATS = 5
SERVER_MS_TARGET = 300
HTML_BYTES_TARGET = 250_000
FIELD = re.compile(rb'<(?:input|select|textarea)\b[^>]*\bname="([^"]+)"')


def admin_urls() -> list[tuple[str, str]]:
    """(view, URL): the edit view of each page type and the add views editors use most."""
    from events.calendar.models import EventCalendarPage, EventPage
    from events.news.models import NewsPage
    from events.press.models import PressArchivePage, PressReleasePage
    from home.models import PortalHomePage, StandardPage
    from organisations.models import OrganisationContentPage, OrganisationPage

    def edit(page):
        return f"/admin/pages/{page.pk}/edit/"

    def add(model, parent):
        return f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent.pk}/"

    # The busiest of each kind: a recurring event with changed dates, the newest release.
    event = (
        EventPage.objects.exclude(frequency=EventPage.Frequency.ONCE).order_by("-exceptions", "path").first()
    )
    organisation = OrganisationPage.objects.order_by("path").first()
    archive = PressArchivePage.objects.get()
    return [
        ("home, edit", edit(PortalHomePage.objects.get())),
        ("standard page, edit", edit(StandardPage.objects.order_by("path").first())),
        ("organisation, edit", edit(organisation)),
        ("organisation page, edit", edit(OrganisationContentPage.objects.order_by("path").first())),
        ("event, edit", edit(event)),
        ("event, add", add(EventPage, EventCalendarPage.objects.get())),
        ("news, edit", edit(NewsPage.objects.order_by("path").first())),
        ("press release, edit", edit(PressReleasePage.objects.order_by("-release_date", "-pk").first())),
        ("press release, add", add(PressReleasePage, archive)),
    ]


def measure(urls) -> list[dict]:
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    user = get_user_model().objects.filter(is_superuser=True, is_active=True).order_by("pk").first()
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    measured = []
    with override_settings(PAGE_CACHE_SECONDS=0):
        for name, url in urls:
            client.get(url)
            times = []
            for _repeat in range(REPEATS):
                started = time.perf_counter()
                with CaptureQueriesContext(connection) as queries:
                    response = client.get(url)
                times.append((time.perf_counter() - started) * 1000)
            measured.append(
                {
                    "name": name,
                    "url": url,
                    "status": response.status_code,
                    "server_ms": round(statistics.median(times), 1),
                    "bytes": len(response.content),
                    "fields": len(set(FIELD.findall(response.content))),
                    "queries": len(queries),
                    "sql": [query["sql"] for query in queries.captured_queries],
                }
            )
    return measured


def table(bench: list[dict], demo: list[dict]) -> str:
    """The admin table of the report, with the targets marked."""
    demo_queries = {row["name"]: row["queries"] for row in demo}
    lines = [
        "| admin view | URL | server ms | KB | form fields | queries bench / demo |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for row in bench:
        same = "✓" if demo_queries.get(row["name"]) == row["queries"] else "✗"
        fast = "✓" if row["server_ms"] <= SERVER_MS_TARGET else "✗"
        small = "✓" if row["bytes"] <= HTML_BYTES_TARGET else "✗"
        size = f"{row['bytes'] / 1000:.0f} {small}"
        queries = f"{row['queries']} / {demo_queries.get(row['name'], '–')} {same}"
        time_ms = f"{row['server_ms']} {fast}"
        lines.append(f"| {row['name']} | `{row['url']}` | {time_ms} | {size} | {row['fields']} | {queries} |")
    return "\n".join(lines)


def main(output_path):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.bench.settings")
    import django

    django.setup()
    from django.utils import translation

    with translation.override("de"):
        urls = admin_urls()
    with open(output_path, "w", encoding="utf-8") as output:
        json.dump(measure(urls), output, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv[1])

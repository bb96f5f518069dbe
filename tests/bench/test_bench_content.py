"""The benchmark's database: the demo copied up to a scale, pages that render like the demo's."""

import io

import pytest

from django.core.management import call_command

from events.calendar.models import EventOccurrence, EventPage
from events.news.models import NewsPage
from events.press.models import PressReleasePage
from home.models import PageText
from organisations.models import OrganisationPage
from tests.bench.load import parse_ab
from tests.bench.pages import count_queries, page_urls
from tests.bench.report import without_pictures

SCALE = 0.05  # 25 organisations, 500 events, 100 news items, 250 press releases


@pytest.mark.slow
def test_bench_content_reaches_its_scale_and_renders_like_the_demo(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    call_command("load_demo_content", stdout=io.StringIO())
    demo = {page["name"]: page for page in count_queries(page_urls())}

    call_command("load_bench_content", f"--scale={SCALE}", stdout=io.StringIO())
    assert OrganisationPage.objects.live().count() == 25
    assert EventPage.objects.live().count() == 500
    assert EventPage.objects.exclude(frequency="once").count() == 125  # a quarter recurring
    assert NewsPage.objects.live().count() == 100
    assert PressReleasePage.objects.live().count() == 250
    copy = EventPage.objects.filter(latest_revision__isnull=True, frequency="weekly").first()
    assert EventOccurrence.objects.filter(event=copy).count() > 1
    # The copies are found by the portal search in every language.
    assert PageText.objects.filter(page_id=copy.pk).count() == 11

    for page in count_queries(page_urls()):
        assert page["status"] == 200, page["url"]
        # Whether a listed item has a picture depends on which items SQLite's search ranks first.
        queries = without_pictures(page["sql"])
        assert len(queries) == len(without_pictures(demo[page["name"]]["sql"])), page["name"]

    before = EventPage.objects.count()
    call_command("load_bench_content", f"--scale={SCALE}", stdout=io.StringIO())
    assert EventPage.objects.count() == before  # a second run reuses what is there


def test_ab_output_is_read():
    output = """
Complete requests:      812
Failed requests:        3
   (Connect: 0, Receive: 0, Length: 3, Exceptions: 0)
Non-2xx responses:      2
Requests per second:    162.31 [#/sec] (mean)
Percentage of the requests served within a certain time (ms)
  50%     45
  95%     88
 100%    120 (longest request)
"""
    load = parse_ab(output)
    assert (load.complete, load.non_2xx, load.failed_connections) == (812, 2, 0)
    assert (load.requests_per_second, load.p95_ms) == (162.3, 88)

"""The benchmark's database: the demo portal copied up to district scale.

`load_bench_content` first builds the demo portal, then each builder adds copies
of its demo pages until the counts of a `BenchPlan` are reached. Copies keep
every field of their demo page (texts in all its languages, images, taxonomy),
so a page of the bench database has the shape of a demo page and the two can
be compared query for query. The builders run in the order of `BUILDERS` and only
top up what is missing, so a second run adds nothing.

None of this ships with the portal: the `tests.bench` app is installed by the test
and bench settings only.
"""

import time

from home.languages import LANGUAGE_CODES
from tests.bench.content import events, organisations
from tests.bench.content.base import BenchPlan, content_counts, index_unindexed_pages

__all__ = ["BUILDERS", "BenchPlan", "build_bench_content", "content_counts"]

# Organisations first: events and news are spread over them.
BUILDERS = (
    organisations.build_organisations,
    events.build_events,
    events.build_news,
    events.build_press,
)


def build_bench_content(plan: BenchPlan, log) -> int:
    """Runs every app's bench builder, then indexes the new pages for the portal search."""
    for builder in BUILDERS:
        started = time.monotonic()
        builder(plan, log)
        log(f"({builder.__module__}.{builder.__name__}: {time.monotonic() - started:.1f} s)")
    started = time.monotonic()
    count = index_unindexed_pages()
    if count:
        log(
            f"Built the search text of {count} pages in {len(LANGUAGE_CODES)} languages"
            f" ({time.monotonic() - started:.1f} s)."
        )
    return count

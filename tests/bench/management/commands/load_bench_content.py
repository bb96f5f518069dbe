"""Fills the benchmark's database: the demo portal, then copies up to district scale."""

import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import translation

from home.languages import DEFAULT_LANGUAGE
from tests.bench.content import BenchPlan, build_bench_content, content_counts


class Command(BaseCommand):
    help = (
        "Builds the demo content and adds copies of its pages up to 500 organisations, 10,000 events, "
        "2,000 news items and 5,000 press releases (times --scale). Adds only what is missing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale", type=float, default=1.0, help="Fraction of the district's scale, e.g. 0.05."
        )

    def handle(self, *args, scale=1.0, **options):
        started = time.monotonic()
        call_command("load_demo_content", stdout=self.stdout)
        # One transaction: an interrupted run leaves the demo portal, not half a district.
        with translation.override(DEFAULT_LANGUAGE), transaction.atomic():
            build_bench_content(BenchPlan.at_scale(scale), self._log)
        counts = content_counts()
        summary = ", ".join(f"{count} {name.split('.')[1]}" for name, count in sorted(counts.items()))
        self.stdout.write(
            self.style.SUCCESS(f"Bench content is ready after {time.monotonic() - started:.0f} s.")
        )
        self.stdout.write(f"  live pages: {summary}")

    def _log(self, message):
        self.stdout.write(f"  {message}")

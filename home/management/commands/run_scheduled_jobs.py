"""The `clock` process: runs the portal's scheduled jobs at their intervals, for ever.

Where a real cron is available, run the same commands from cron instead (see
README). Apps add their jobs with `home.registry.add_scheduled_job(command name,
interval in seconds)` in their ready().
"""

import logging
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand

from home import registry

logger = logging.getLogger("mokme.scheduler")


def scheduled_jobs() -> list[tuple[str, int]]:
    return list(registry.scheduled_jobs)


class Command(BaseCommand):
    help = "Runs publish_scheduled, the calendar jobs and other scheduled jobs at their intervals."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run every job once and stop.")

    def handle(self, *args, once=False, **options):
        jobs = scheduled_jobs()
        next_run = dict.fromkeys((command for command, _interval in jobs), 0.0)
        while True:
            now = time.monotonic()
            for command, interval in jobs:
                if once or now >= next_run[command]:
                    self._run(command)
                    next_run[command] = now + interval
            if once:
                return
            time.sleep(max(1.0, min(next_run.values()) - time.monotonic()))

    def _run(self, command):
        try:
            call_command(command, stdout=self.stdout, stderr=self.stderr)
        except Exception:  # a failing job must not stop the others
            logger.exception("Scheduled job %s failed", command)

"""Scheduled job: fetches every active calendar subscription and imports its events."""

from django.core.management.base import BaseCommand

from events.calendar.ical_import import import_subscription
from events.calendar.models import CalendarSubscription


class Command(BaseCommand):
    help = "Imports the events of all active calendar subscriptions."

    def handle(self, *args, **options):
        for subscription in CalendarSubscription.objects.filter(active=True).select_related("organisation"):
            run = import_subscription(subscription)
            if run.succeeded:
                counts = ", ".join(
                    f"{outcome}: {run.count(outcome)}"
                    for outcome in ("created", "updated", "unchanged", "rejected")
                )
                self.stdout.write(f"{subscription.url} – {counts}")
            else:
                self.stderr.write(f"{subscription.url} – {run.error}")

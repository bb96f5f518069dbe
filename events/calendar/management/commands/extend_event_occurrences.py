"""Daily job: moves the horizon of recurring events on, so the calendar never runs dry."""

from django.core.management.base import BaseCommand

from events.calendar.models import EventPage
from events.calendar.recurrence import materialise


class Command(BaseCommand):
    help = "Recomputes the occurrences of every live recurring event up to the horizon."

    def handle(self, *args, **options):
        count = 0
        for event in (
            EventPage.objects.live()
            .exclude(frequency=EventPage.Frequency.ONCE)
            .prefetch_related("exceptions")
        ):
            materialise(event)
            count += 1
        self.stdout.write(f"Occurrences of {count} recurring events are up to date.")

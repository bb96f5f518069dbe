from django.core.management.base import BaseCommand

from events.registration.retention import delete_old_registrations


class Command(BaseCommand):
    help = "Deletes registrations of past dates and addresses never confirmed (scheduled)."

    def handle(self, *args, **options):
        deleted = delete_old_registrations()
        self.stdout.write(f"{deleted} registrations deleted")

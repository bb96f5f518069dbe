"""Adds the page views counted in Redis to the daily counts in PostgreSQL (home.page_views.flush)."""

from django.core.management.base import BaseCommand

from home.page_views.flush import flush


class Command(BaseCommand):
    help = "Adds the page views counted in Redis to the daily counts in PostgreSQL."

    def handle(self, *args, **options):
        added = flush()
        self.stdout.write(f"{added} page views added")

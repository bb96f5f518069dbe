"""Deletes the counts of searches without results after a year, as the privacy statement says."""

import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from home.models import SearchMiss

KEEP_FOR_DAYS = 365


class Command(BaseCommand):
    help = "Deletes counts of searches without results older than a year."

    def handle(self, *args, **options):
        cutoff = timezone.localdate() - datetime.timedelta(days=KEEP_FOR_DAYS)
        deleted, _ = SearchMiss.objects.filter(day__lt=cutoff).delete()
        self.stdout.write(f"Forgot {deleted} count(s) of searches without results older than a year.")

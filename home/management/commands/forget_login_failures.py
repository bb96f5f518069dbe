"""Deletes records of failed admin logins once they no longer serve the lockout.

django-axes keeps each failed attempt (account name and address) to lock out guessing; after
a day they are of no more use, and the privacy statement promises they are gone by then.
"""

import datetime

from axes.models import AccessAttempt

from django.core.management.base import BaseCommand
from django.utils import timezone

KEEP_FOR = datetime.timedelta(hours=24)


class Command(BaseCommand):
    help = "Deletes records of failed admin logins older than 24 hours."

    def handle(self, *args, **options):
        cutoff = timezone.now() - KEEP_FOR
        deleted, _ = AccessAttempt.objects.filter(attempt_time__lt=cutoff).delete()
        self.stdout.write(f"Forgot {deleted} failed login record(s) older than 24 hours.")

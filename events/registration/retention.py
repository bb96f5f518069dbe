"""Registrations are kept only as long as the organisers need them (GDPR Art. 5 and 9).

A registration for a date goes `REGISTRATION_KEEP_DAYS` after that date (after the last date
for a whole series); an address never confirmed goes after a day. The privacy statement says so.
"""

import datetime

from django.conf import settings
from django.db.models import Max
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone

from events.registration.models import UNCONFIRMED_LIFETIME, Registration


def delete_old_registrations(now=None) -> int:
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=settings.REGISTRATION_KEEP_DAYS)
    unconfirmed = Registration.objects.filter(
        status=Registration.Status.UNCONFIRMED, created_at__lt=now - UNCONFIRMED_LIFETIME
    )
    past_dates = Registration.objects.filter(date__isnull=False, starts_at__lt=cutoff)
    # Signed up for a one-off event or a whole series: kept until after its last date.
    past_events = (
        Registration.objects.filter(date__isnull=True)
        .annotate(last=Greatest("starts_at", Coalesce(Max("event__occurrences__end"), "starts_at")))
        .filter(last__lt=cutoff)
        .values("pk")
    )
    deleted = 0
    for expired in (unconfirmed, past_dates, Registration.objects.filter(pk__in=past_events)):
        deleted += expired.delete()[0]
    return deleted

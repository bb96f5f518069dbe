"""The portal's date today, worked out once a day per process instead of on every request.

The page cache's keys and the view counts name the day on every request, a page served from
the cache included. Django's ``timezone.localdate()`` looks up the active time zone and converts
the current moment into it each time: a twentieth of what a cache hit costs in Python. Kept here
with the two moments it is valid between, so that a clock set back (a test travelling in time)
is answered afresh as well as one that passed midnight.
"""

import time
from datetime import datetime, timedelta

from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils import timezone

_kept = (0.0, 0.0, "")  # valid from, valid until (seconds since the epoch), the date in ISO form


@receiver(setting_changed)
def _forget_the_day(setting, **kwargs):
    global _kept
    if setting in ("TIME_ZONE", "USE_TZ"):
        _kept = (0.0, 0.0, "")


def portal_today() -> str:
    """Today in the portal's own time zone (``TIME_ZONE``, Kreis Mettmann's), as ``2026-12-05``.

    The portal's day, whichever time zone an editor's admin view has activated: a page's cache
    key and its view count change at the district's midnight.
    """
    global _kept
    now = time.time()
    start, end, today = _kept
    if start <= now < end:
        return today
    moment = datetime.fromtimestamp(now, timezone.get_default_timezone())
    midnight = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    # Wall-clock arithmetic: the next midnight exists on every day (clocks change at 2 or 3 am).
    today = midnight.date().isoformat()
    _kept = (midnight.timestamp(), (midnight + timedelta(days=1)).timestamp(), today)
    return today

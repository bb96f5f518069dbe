"""Adds the counts from Redis to PostgreSQL, each view exactly once.

The hash is renamed before it is read, so views counted meanwhile go into a new hash; the
renamed batch is added in one transaction that also records the batch's name, and deleted
afterwards. A batch left behind by a crash is found on the next run and added, or only deleted
if its transaction had committed.

The names of added batches are kept for a week, then deleted: a batch left behind is retried on
the next run, minutes later, so a week is far beyond any retry, and the table does not grow
forever (one name every five minutes).
"""

import datetime
import logging
import uuid

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from wagtail.models import Page

from home.models import PageViewBatch, PageViewCount
from home.page_cache.backend import CACHE_OUTAGES
from home.page_views import FALLBACK, hash_key, redis_client

logger = logging.getLogger("mokme.page_views")

KEEP_BATCH_NAMES = datetime.timedelta(days=7)


def flush():
    """Adds every pending batch; returns the number of views added (0 while Redis is away)."""
    try:
        return _flush()
    except CACHE_OUTAGES as error:
        # What Redis still holds is added on the next run; nothing added is lost.
        logger.warning("Page views: Redis unavailable, not flushed: %r", error)
        return 0


def _flush():
    client = redis_client()
    if client is None:
        return 0
    base = hash_key()
    batch = f"{base}:batch:{uuid.uuid4().hex}"
    try:
        client.rename(base, batch)
    except Exception as error:  # redis answers "no such key" when nothing was counted
        if "no such key" not in str(error).lower():
            raise
    added = 0
    for key in sorted(client.scan_iter(match=f"{base}:batch:*")):
        key = key.decode() if isinstance(key, bytes) else key
        added += _add(key, client.hgetall(key))
        client.delete(key)
    # Only after every batch left in Redis has been handled: none of them needs its name any more.
    forget_old_batch_names()
    return added


def forget_old_batch_names():
    PageViewBatch.objects.filter(flushed_at__lt=timezone.now() - KEEP_BATCH_NAMES).delete()


def _rows(counts):
    """(page id, language, day, device) with its views and how many of them were German fallback."""
    rows = {}
    for field, value in counts.items():
        field = field.decode() if isinstance(field, bytes) else field
        parts = field.split("|")
        # Fields counted before fallbacks were told apart have no fifth part.
        fallback = parts[4:] == [FALLBACK]
        if len(parts) != 4 + fallback:
            continue
        page_id, language, day, device = parts[:4]
        try:
            key, views = (int(page_id), language, day, device), int(value)
        except ValueError:
            continue
        total, fallback_views = rows.get(key, (0, 0))
        rows[key] = (total + views, fallback_views + (views if fallback else 0))
    return [(*key, views, fallback_views) for key, (views, fallback_views) in rows.items()]


def _add(key, counts):
    rows = _rows(counts)
    # A page deleted since it was read is not counted.
    existing = set(Page.objects.filter(pk__in={row[0] for row in rows}).values_list("pk", flat=True))
    added = 0
    with transaction.atomic():
        _, created = PageViewBatch.objects.get_or_create(key=key)
        if not created:
            return 0
        for page_id, language, day, device, views, fallback_views in rows:
            if page_id not in existing or device not in ("phone", "desktop"):
                continue
            row, made = PageViewCount.objects.get_or_create(
                page_id=page_id,
                language=language,
                day=day,
                device=device,
                defaults={"views": views, "fallback_views": fallback_views},
            )
            if not made:
                PageViewCount.objects.filter(pk=row.pk).update(
                    views=F("views") + views, fallback_views=F("fallback_views") + fallback_views
                )
            added += views
    return added

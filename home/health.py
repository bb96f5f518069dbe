"""Probes for the load balancer and the process supervisor.

`/healthz` answers as long as the process runs and never touches the database, so a database
outage does not get healthy app servers restarted. `/readyz` says whether this server can
serve pages now: it asks the database for one row with a short timeout (503 without it), then
the shared cache. Without the cache the portal still serves, slower: `/readyz` then answers
200 with "degraded", because every app server shares the one Redis, and a 503 would take all
of them out of the load balancer although each can serve.
"""

import logging

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger("mokme.health")


def _plain(text, status=200):
    return HttpResponse(text + "\n", content_type="text/plain; charset=utf-8", status=status)


@never_cache
@require_safe
def healthz(request):
    return _plain("ok")


@never_cache
@require_safe
def readyz(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.warning("Readiness probe: database unreachable", exc_info=True)
        # No reconnect here: Django drops a connection that failed at the end of the request
        # (close_if_unusable_or_obsolete), so the next request connects afresh and the portal
        # recovers by itself when the database returns.
        return _plain("database unavailable", status=503)
    if not _cache_available():
        return _plain("degraded: cache unavailable")
    return _plain("ok")


def _cache_available():
    # Only the Redis cache can be away; local memory always answers.
    check = getattr(cache, "is_available", None)
    return check() if check is not None else True

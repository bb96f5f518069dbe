"""Searches without results, so that editors learn what visitors look for and do not find.

Counted per normalised query, language and day, and nothing else (issue 21): no address, no
user agent, no time finer than the day, no identifier. Queries that look like a person's
e-mail address or phone number are not kept at all. Crawlers and scripts are not counted.
Counting never costs the visitor the page: a failed write is logged and forgotten.
"""

import datetime
import logging
import re

from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F, Sum
from django.utils import timezone

from home.models import SearchMiss

logger = logging.getLogger(__name__)

MAX_LENGTH = 100
REPORT_DAYS = 30
# A crawler, a link preview, a monitor or a script, by its user agent; no user agent at all
# is a script too.
_BOT = re.compile(
    r"bot|crawl|spider|slurp|archiver|preview|monitor|check|scan|fetch|feed|curl|wget|python|httpx"
    r"|java/|go-http|okhttp|headless|lighthouse|facebookexternalhit|whatsapp|telegram",
    re.IGNORECASE,
)
# What would identify a person rather than name a topic: an e-mail address, a phone number.
_PERSONAL = re.compile(r"@|(?:\d[\s/().-]*){6,}")


def is_bot(user_agent: str) -> bool:
    return not user_agent.strip() or bool(_BOT.search(user_agent))


def normalised(query: str) -> str:
    """Case-folded, whitespace collapsed, cut to MAX_LENGTH characters."""
    return " ".join(query.casefold().split())[:MAX_LENGTH].strip()


def record_miss(request, language: str, query: str) -> None:
    if is_bot(request.META.get("HTTP_USER_AGENT", "")):
        return
    text = normalised(query)
    if not text or _PERSONAL.search(text):
        return
    today = timezone.localdate()
    try:
        with transaction.atomic():
            counted = SearchMiss.objects.filter(query=text, language=language, day=today).update(
                count=F("count") + 1
            )
            if not counted:
                try:
                    with transaction.atomic():
                        SearchMiss.objects.create(query=text, language=language, day=today, count=1)
                except IntegrityError:
                    # Another visitor's same search created the row a moment earlier.
                    SearchMiss.objects.filter(query=text, language=language, day=today).update(
                        count=F("count") + 1
                    )
    except DatabaseError:
        logger.warning("A search without results could not be counted.", exc_info=True)


def most_frequent(language: str = "", days: int = REPORT_DAYS):
    """The queries of the last `days` days that found nothing, most frequent first."""
    since = timezone.localdate() - datetime.timedelta(days=days - 1)
    misses = SearchMiss.objects.filter(day__gte=since)
    if language:
        misses = misses.filter(language=language)
    return (
        misses.values("query", "language")
        .annotate(total=Sum("count"))
        .order_by("-total", "language", "query")
    )

"""What the counts say over a period, added up in PostgreSQL: views per language and bucket, the
most read pages, and the pages most often read in German for want of a translation.

`pages` narrows every figure to a queryset of pages (an organisation's subsite); None is the
whole portal.
"""

from django.db.models import F, Sum

from home.languages import DEFAULT_LANGUAGE
from home.models import PageViewCount


def counts_in(period, pages=None):
    counts = PageViewCount.objects.filter(day__range=(period.first, period.last))
    if pages is not None:
        counts = counts.filter(page__in=pages.values("pk"))
    return counts


def views_per_language(period, pages=None):
    """{language: {bucket start: views}}, one query whatever the number of pages."""
    rows = (
        counts_in(period, pages)
        .annotate(bucket=period.truncate("day"))
        .values("language", "bucket")
        .annotate(total=Sum("views"))
        .order_by()
    )
    series = {}
    for row in rows:
        series.setdefault(row["language"], {})[row["bucket"]] = row["total"]
    return series


def top_pages(period, pages=None, language=""):
    """Pages with their views per language, the most read first (a queryset: paginate it)."""
    counts = counts_in(period, pages)
    if language:
        counts = counts.filter(language=language)
    return (
        counts.values("page_id", "language")
        .annotate(title=F("page__title"), total=Sum("views"))
        .order_by("-total", "title", "page_id", "language")
    )


def wanted_translations(period, pages=None, language=""):
    """Per page and language, how many views showed the German text instead: the most wanted
    translations first."""
    counts = counts_in(period, pages).exclude(language=DEFAULT_LANGUAGE)
    if language:
        counts = counts.filter(language=language)
    return (
        counts.values("page_id", "language")
        .annotate(title=F("page__title"), total=Sum("views"), fallback=Sum("fallback_views"))
        .filter(fallback__gt=0)
        .order_by("-fallback", "-total", "title", "page_id", "language")
    )


def share(fallback, total):
    """Whole percent of `total` that `fallback` is."""
    return round(100 * fallback / total) if total else 0

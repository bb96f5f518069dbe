"""The search results page of each language."""

from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from home.pagination import LoadedPage, page_number, paginate
from home.search import clean_query, kinds, page_of_results, results, search
from home.search.misses import record_miss
from home.security.ratelimit import hit

PER_PAGE = 10
SEARCHES_PER_MINUTE = 30


def search_view(request):
    query = clean_query(request.GET.get("q", ""))
    kind = request.GET.get("kind", "")
    known = kinds()
    context = {"query": query, "kind": kind if kind in known else "", "kinds": known}
    if not hit(request, "search", limit=SEARCHES_PER_MINUTE, window_seconds=60):
        context["error"] = _(
            "You have searched very often in a short time. Please wait a minute and try again."
        )
        return render(request, "home/search.html", context, status=429)
    if not query:
        return render(request, "home/search.html", context)
    found, terms = search(get_language(), query)
    start = (page_number(request) - 1) * PER_PAGE
    counts, shown = page_of_results(found, kind=context["kind"], start=start, stop=start + PER_PAGE)
    if not any(counts.values()):
        record_miss(request, get_language(), query)
    # The counts per kind hold the list's length.
    total = counts[context["kind"]] if context["kind"] else sum(counts.values())
    page_of_texts = paginate(request, LoadedPage(shown, count=total, start=start), PER_PAGE, count=total)
    context.update(
        {
            "terms": terms,
            "counts": counts,
            "total": sum(counts.values()),
            "page_obj": page_of_texts,
            "results": results(page_of_texts, terms),
        }
    )
    return render(request, "home/search.html", context)

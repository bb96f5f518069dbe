"""The news index: all news of the portal and its organisations, newest first."""

from home.filtered_lists import page_of, render_list

PER_PAGE = 12


def news_index_view(news_index, request):
    filters = news_index.list_filters(request)
    query = request.GET.urlencode()
    return render_list(
        news_index,
        request,
        filters,
        {
            "news": page_of(request, filters, filters.qs, PER_PAGE),
            "filter_organisation": filters.active.get("organisation"),
            "query": f"?{query}" if query else "",
        },
    )

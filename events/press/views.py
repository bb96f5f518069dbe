"""The press archive: newest first, search, filters that combine, pagination, feeds of every view."""

from home.filtered_lists import page_of, render_list

PER_PAGE = 10


def press_archive_view(archive, request):
    filters = archive.list_filters(request)
    query = request.GET.urlencode()
    listed = filters.qs.with_thumbnails()
    # The year counts already hold how many releases the list has: a search runs once for both.
    years = archive.release_years(filters.of_every_year)
    releases = page_of(request, filters, listed, PER_PAGE, count=filters.count_in(years))
    filters.offer_years(years)
    context = {
        "releases": releases,
        "query": f"?{query}" if query else "",
        "cleaned": filters.active,
        "terms": filters.terms,
        "is_filtered": filters.is_active or filters.not_understood,
    }
    return render_list(archive, request, filters, context)

"""How many dates the calendar's list holds, counted once per choice of filters (issue 18).

The list shows twenty dates a page and "Page 1 of N". Counting the N reads every upcoming
date of the district and checks its event public: at district scale 27,000 dates of 10,000
events, 12–19 ms in PostgreSQL, a third of the list's time, and the same figure for every
visitor until something changes. So the count is kept as a part of the calendar's page
(`home.filtered_lists.kept_count`): under the tags the page cache gives the calendar (any event,
organisation or site change renews it), for the day, and until the first date that had not
ended when it was counted ends, when that date leaves the upcoming list and joins the archive.
"""

from django.db.models import Count, Min

from home.filtered_lists import kept_count


def upcoming_count(dates):
    """How many upcoming ``dates`` there are, and when the first of them ends (in one query)."""
    found = dates.aggregate(count=Count("pk"), first_end=Min("end"))
    return found["count"], found["first_end"]


def past_count(dates, now):
    """How many past ``dates`` there are, and when the next date ends: then one joins them. Of
    all dates, not only the filtered: as soon as needed, and read from the index of ends."""
    first_end = dates.model.objects.filter(end__gte=now).aggregate(first=Min("end"))["first"]
    return dates.count(), first_end


def counted_dates(calendar_page, request, filters, view, count):
    """How many dates the list holds: ``count()`` gives the number and the moment it changes
    by time alone (``view``: "upcoming" or "archive")."""
    return kept_count(request, calendar_page, f"calendar-count:{view}", filters, count)

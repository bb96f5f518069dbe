"""The calendar's views: upcoming list, month grid, one day and the archive.

They ask the calendar page for its dates (`calendar_page.dates()`) and filters; the queries are
methods of the dates' queryset (`EventOccurrenceQuerySet`).
"""

import calendar
import datetime
from dataclasses import dataclass, field

from django.db.models.functions import TruncDate
from django.http import Http404
from django.utils import timezone
from django.utils.dates import WEEKDAYS, WEEKDAYS_ABBR
from django.utils.formats import date_format
from django.utils.text import capfirst

from wagtail.models import Site

from home.filtered_lists import page_of, render_list

PER_PAGE = 20
FIRST_YEAR, LAST_YEAR = 2000, 2100


def _render(calendar_page, request, filters, view, **context):
    query = request.GET.urlencode()
    query = f"?{query}" if query else ""
    context.update(
        {
            "view": view,
            "query": query,
            "today": timezone.localdate(),
            **subscription_links(request, calendar_page.url + calendar_page.reverse_subpage("ical") + query),
        }
    )
    return render_list(calendar_page, request, filters, context)


def subscription_links(request, ical_path):
    """The .ics address and its webcal:// form for one-click subscriptions."""
    absolute = request.build_absolute_uri(ical_path)
    return {"ical_url": ical_path, "webcal_url": "webcal://" + absolute.split("://", 1)[-1]}


def upcoming_view(calendar_page, request):
    filters = calendar_page.list_filters(request)
    occurrences = filters.qs.upcoming().order_by("start", "pk")
    return _render(
        calendar_page,
        request,
        filters,
        "upcoming",
        occurrences=page_of(request, filters, occurrences, PER_PAGE),
    )


def archive_view(calendar_page, request):
    filters = calendar_page.list_filters(request)
    occurrences = filters.qs.past().order_by("-start", "-pk")
    return _render(
        calendar_page,
        request,
        filters,
        "archive",
        occurrences=page_of(request, filters, occurrences, PER_PAGE),
    )


# A month cell names at most this many dates and links to its day for the rest: a busy
# Saturday in the district has dozens, which no grid shows legibly (nor renders fast).
MONTH_CELL_LIMIT = 3


@dataclass
class Day:
    date: datetime.date
    in_month: bool
    occurrences: list = field(default_factory=list)
    more: int = 0
    shown_ids: list = field(default_factory=list)
    url: str = ""


def _month_bounds(year, month):
    if not (FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12):
        raise Http404
    first = datetime.date(year, month, 1)
    last = datetime.date(year, month, calendar.monthrange(year, month)[1])
    return first, last


def _aware(date):
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time.min))


def month_view(calendar_page, request, year, month):
    first, last = _month_bounds(year, month)
    filters = calendar_page.list_filters(request)
    weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    grid_start, grid_end = weeks[0][0], weeks[-1][-1] + datetime.timedelta(days=1)
    in_grid = filters.filter_queryset(
        calendar_page.dates().public().overlapping(_aware(grid_start), _aware(grid_end))
    )
    days = {day: Day(date=day, in_month=day.month == month) for week in weeks for day in week}
    # First only the dates (three columns a row), to know what each cell shows and how many
    # it leaves to the day view; then the shown ones in full.
    # The database turns the times into Berlin dates: cheaper than Python for thousands of rows.
    zone = timezone.get_current_timezone()
    rows = (
        in_grid.order_by("start", "pk")
        .annotate(first_day=TruncDate("start", tzinfo=zone), last_day=TruncDate("end", tzinfo=zone))
        .values_list("pk", "first_day", "last_day")
    )
    for pk, first_day, last_day in rows:
        day = max(first_day, grid_start)
        while day <= last_day and day in days:
            cell = days[day]
            if len(cell.shown_ids) < MONTH_CELL_LIMIT:
                cell.shown_ids.append(pk)
            else:
                cell.more += 1
            day += datetime.timedelta(days=1)
    shown = {pk for cell in days.values() for pk in cell.shown_ids}
    # The grid shows only the event's title and address: no venue, no organisation objects.
    occurrences = calendar_page.dates().in_cells().in_bulk(shown) if shown else {}
    # The calendar's own address once, not twice per cell as `routablepageurl` would.
    calendar_url = calendar_page.relative_url(Site.find_for_request(request), request)
    calendar_url += "" if calendar_url.endswith("/") else "/"
    for cell in days.values():
        cell.occurrences = [occurrences[pk] for pk in cell.shown_ids]
        date = cell.date
        cell.url = calendar_url + calendar_page.reverse_subpage("day", args=(date.year, date.month, date.day))
    previous_month = first - datetime.timedelta(days=1)
    next_month = last + datetime.timedelta(days=1)
    return _render(
        calendar_page,
        request,
        filters,
        "month",
        month_label=capfirst(date_format(first, "YEAR_MONTH_FORMAT")),
        weeks=[[days[day] for day in week] for week in weeks],
        weekdays=[(WEEKDAYS_ABBR[number], WEEKDAYS[number]) for number in range(7)],
        previous_month=previous_month if previous_month.year >= FIRST_YEAR else None,
        next_month=next_month if next_month.year <= LAST_YEAR else None,
        month_has_events=bool(shown),
    )


def day_view(calendar_page, request, year, month, day):
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise Http404
    try:
        date = datetime.date(year, month, day)
    except (ValueError, OverflowError) as error:  # 2026/2/30/, or a day with thirty digits
        raise Http404 from error
    filters = calendar_page.list_filters(request)
    occurrences = filters.qs.overlapping(_aware(date), _aware(date + datetime.timedelta(days=1))).order_by(
        "start", "pk"
    )
    return _render(
        calendar_page,
        request,
        filters,
        "day",
        date=date,
        occurrences=list(occurrences),
        previous_day=date - datetime.timedelta(days=1),
        next_day=date + datetime.timedelta(days=1),
    )

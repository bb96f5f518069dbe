"""The calendar's views: upcoming list, month grid, one day and the archive.

They ask the calendar page for its dates (`calendar_page.dates()`) and filters; the queries are
methods of the dates' queryset (`EventOccurrenceQuerySet`).
"""

import calendar
import datetime
from dataclasses import dataclass, field

from django.db.models import Case, Count, F, Q, Value, When, Window
from django.db.models.functions import RowNumber, TruncDate
from django.http import Http404
from django.utils import timezone
from django.utils.dates import WEEKDAYS, WEEKDAYS_ABBR
from django.utils.formats import date_format
from django.utils.text import capfirst

from wagtail.models import Site

from events.calendar.counting import counted_dates, past_count, upcoming_count
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
    occurrences = filters.qs.upcoming().entries().order_by("start", "pk")
    count = counted_dates(calendar_page, request, filters, "upcoming", lambda: upcoming_count(occurrences))
    return _render(
        calendar_page,
        request,
        filters,
        "upcoming",
        occurrences=page_of(request, filters, occurrences, PER_PAGE, count=count),
    )


def archive_view(calendar_page, request):
    filters = calendar_page.list_filters(request)
    now = timezone.now()
    occurrences = filters.qs.past(now).entries().order_by("-start", "-pk")
    count = counted_dates(calendar_page, request, filters, "archive", lambda: past_count(occurrences, now))
    return _render(
        calendar_page,
        request,
        filters,
        "archive",
        occurrences=page_of(request, filters, occurrences, PER_PAGE, count=count),
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


def _fill_cells(in_grid, days, grid_start):
    """Which dates each cell names (the first ones by time) and how many it leaves to its day.

    A month of the district holds thousands of dates; the database numbers each day's dates
    and counts them, so that only the named ones come back (at most three a day), with the
    dates spanning several days, which belong to every cell they cross."""
    # The database turns the times into Berlin dates: cheaper than Python for thousands of rows.
    zone = timezone.get_current_timezone()
    # Each day's one-day dates are numbered apart from the dates spanning several days.
    partition = ("first_day", "spans")
    rows = (
        in_grid.annotate(first_day=TruncDate("start", tzinfo=zone), last_day=TruncDate("end", tzinfo=zone))
        .annotate(spans=Case(When(first_day=F("last_day"), then=Value(False)), default=Value(True)))
        .annotate(
            place=Window(RowNumber(), partition_by=partition, order_by=(F("start").asc(), F("pk").asc())),
            on_day=Window(Count("pk"), partition_by=partition),
        )
        .filter(Q(place__lte=MONTH_CELL_LIMIT) | Q(spans=True))
        .order_by()
        .values_list("pk", "start", "first_day", "last_day", "spans", "on_day")
    )
    candidates = {day: [] for day in days}
    one_day_totals = dict.fromkeys(days, 0)
    spanning_totals = dict.fromkeys(days, 0)
    for pk, start, first_day, last_day, spans, on_day in rows:
        if not spans:
            # A date of one day lies in the grid: it ends after the grid's start, starts before its end.
            candidates[first_day].append((start, pk))
            one_day_totals[first_day] = on_day
            continue
        day = max(first_day, grid_start)
        while day <= last_day and day in days:
            candidates[day].append((start, pk))
            spanning_totals[day] += 1
            day += datetime.timedelta(days=1)
    for day, cell in days.items():
        cell.shown_ids = [pk for _start, pk in sorted(candidates[day])[:MONTH_CELL_LIMIT]]
        cell.more = one_day_totals[day] + spanning_totals[day] - len(cell.shown_ids)


def month_view(calendar_page, request, year, month):
    first, last = _month_bounds(year, month)
    filters = calendar_page.list_filters(request)
    weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    grid_start, grid_end = weeks[0][0], weeks[-1][-1] + datetime.timedelta(days=1)
    in_grid = filters.filter_queryset(
        calendar_page.dates().public().overlapping(_aware(grid_start), _aware(grid_end))
    )
    days = {day: Day(date=day, in_month=day.month == month) for week in weeks for day in week}
    _fill_cells(in_grid, days, grid_start)
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
    day = (_aware(date), _aware(date + datetime.timedelta(days=1)))
    occurrences = filters.qs.overlapping(*day).entries().order_by("start", "pk")
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

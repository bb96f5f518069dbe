"""The calendar's views: upcoming list, month grid, one day and the archive."""

import calendar
import datetime
from dataclasses import dataclass, field

from django.db.models.functions import TruncDate
from django.http import Http404
from django.utils import timezone
from django.utils.dates import WEEKDAYS, WEEKDAYS_ABBR
from django.utils.formats import date_format
from django.utils.text import capfirst

from events.calendar.filters import exclude_non_public, read_filters
from events.calendar.models import EventOccurrence
from home.languages import LANGUAGE_CODES
from home.pagination import paginate

PER_PAGE = 20
FIRST_YEAR, LAST_YEAR = 2000, 2100

# Listings never show the long texts; loading eleven bodies per row would be waste.
_EVENT_TEXTS = [f"event__body_{code}" for code in LANGUAGE_CODES] + ["event__body"]
_DEFERRED = [*_EVENT_TEXTS, *(f"organisation__body_{code}" for code in LANGUAGE_CODES), "organisation__body"]


def occurrences_for_listing():
    return exclude_non_public(
        EventOccurrence.objects.select_related("event", "event__venue_town", "organisation").defer(*_DEFERRED)
    )


def _render(calendar_page, request, view, **context):
    form, filters = read_filters(request)
    query = request.GET.urlencode()
    query = f"?{query}" if query else ""
    context.update(
        {
            "view": view,
            "filter_form": form,
            "filters": filters,
            "query": query,
            "today": timezone.localdate(),
            **subscription_links(request, calendar_page.url + calendar_page.reverse_subpage("ical") + query),
        }
    )
    return calendar_page.render(request, context_overrides=context)


def subscription_links(request, ical_path):
    """The .ics address and its webcal:// form for one-click subscriptions."""
    absolute = request.build_absolute_uri(ical_path)
    return {"ical_url": ical_path, "webcal_url": "webcal://" + absolute.split("://", 1)[-1]}


def upcoming_view(calendar_page, request):
    _form, filters = read_filters(request)
    occurrences = filters.apply(occurrences_for_listing().filter(end__gte=timezone.now())).order_by(
        "start", "pk"
    )
    return _render(calendar_page, request, "upcoming", occurrences=paginate(request, occurrences, PER_PAGE))


def archive_view(calendar_page, request):
    _form, filters = read_filters(request)
    occurrences = filters.apply(occurrences_for_listing().filter(end__lt=timezone.now())).order_by(
        "-start", "-pk"
    )
    return _render(calendar_page, request, "archive", occurrences=paginate(request, occurrences, PER_PAGE))


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
    _form, filters = read_filters(request)
    weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    grid_start, grid_end = weeks[0][0], weeks[-1][-1] + datetime.timedelta(days=1)
    in_grid = filters.apply(
        exclude_non_public(EventOccurrence.objects.all()).filter(
            start__lt=_aware(grid_end), end__gte=_aware(grid_start)
        )
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
    in_cells = EventOccurrence.objects.select_related("event").defer(*_EVENT_TEXTS)
    occurrences = in_cells.in_bulk(shown) if shown else {}
    for cell in days.values():
        cell.occurrences = [occurrences[pk] for pk in cell.shown_ids]
    previous_month = first - datetime.timedelta(days=1)
    next_month = last + datetime.timedelta(days=1)
    return _render(
        calendar_page,
        request,
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
    _form, filters = read_filters(request)
    occurrences = filters.apply(
        occurrences_for_listing().filter(
            start__lt=_aware(date + datetime.timedelta(days=1)), end__gte=_aware(date)
        )
    ).order_by("start", "pk")
    return _render(
        calendar_page,
        request,
        "day",
        date=date,
        occurrences=list(occurrences),
        previous_day=date - datetime.timedelta(days=1),
        next_day=date + datetime.timedelta(days=1),
    )

"""Date and time formats of every portal language (`FORMAT_MODULE_PATH`), and the phrases built from them.

`<code>/formats.py` overrides Django's formats of that language (Kurmancî has none in Django) and
adds two of the portal's own: `WEEKDAY_DATE_FORMAT`, a date with its weekday as an event shows
it, and `LIST_SEPARATOR` (the Arabic comma in Arabic and Persian). Month and weekday names that
Django's catalogues lack or get wrong for a reader (Kurmancî, Italian's lower-case months) are in
this package's own catalogue, `locale/`, listed in `names.py`.
"""

from django.utils import formats, timezone
from django.utils.translation import gettext as _

# A language without a module of its own (none today) reads these rather than the names.
DEFAULTS = {"WEEKDAY_DATE_FORMAT": "D, j F Y", "LIST_SEPARATOR": ", "}


def portal_format(name):
    value = formats.get_format(name)
    return DEFAULTS[name] if value == name else value


def join(parts):
    """“a, b, c” with the language's own comma (“،” in Arabic and Persian)."""
    return portal_format("LIST_SEPARATOR").join(str(part) for part in parts if part)


def weekday_date(value):
    """“Do, 3. Dezember 2026”, “الخميس، 3 ديسمبر 2026”: a day as an event names it."""
    return formats.date_format(value, portal_format("WEEKDAY_DATE_FORMAT"))


def time_of_day(value):
    return formats.time_format(value, "TIME_FORMAT")


def when(start, end, all_day=False):
    """When something takes place, in the active language: one day, all day, or several days."""
    start, end = timezone.localtime(start), timezone.localtime(end) if end else None
    several_days = end is not None and end.date() > start.date()
    if all_day:
        if several_days:
            return f"{weekday_date(start)} – {weekday_date(end)}"
        return join([weekday_date(start), _("all day")])
    if several_days:
        first = join([weekday_date(start), time_of_day(start)])
        return f"{first} – {join([weekday_date(end), time_of_day(end)])}"
    if end is None or end == start:
        return join([weekday_date(start), time_of_day(start)])
    return join([weekday_date(start), f"{time_of_day(start)}–{time_of_day(end)}"])

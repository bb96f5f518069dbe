"""How a series reads as people say it: "jeden Dienstag, 18:00–20:00", "her salı، 18:00–20:00".

Only where one phrase says it right: every week (not every other week), on the same day. Other
series (every other week, monthly, all day, over midnight) keep their list of dates alone; each
date stays listed and linkable on its own either way.
"""

from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from events.calendar.recurrence import WEEKDAY_CODES, local
from mokme_cms.formats import join, time_of_day

# One phrase per weekday: Polish, Russian and Ukrainian inflect "every" with the weekday.
EVERY_WEEKDAY = {
    "MO": _("every Monday"),
    "TU": _("every Tuesday"),
    "WE": _("every Wednesday"),
    "TH": _("every Thursday"),
    "FR": _("every Friday"),
    "SA": _("every Saturday"),
    "SU": _("every Sunday"),
}


def how_it_repeats(event) -> str:
    """The series as one phrase in the active language, or "" where a phrase would mislead."""
    if event.frequency != "weekly" or (event.interval or 1) != 1 or event.all_day:
        return ""
    start = local(event.start)
    end = local(event.end) if event.end else None
    if end is not None and end.date() != start.date():
        return ""
    codes = sorted(set(event.weekdays or [WEEKDAY_CODES[start.weekday()]]), key=WEEKDAY_CODES.index)
    days = join(str(EVERY_WEEKDAY[code]) for code in codes)
    hours = time_of_day(start) if end is None or end == start else f"{time_of_day(start)}–{time_of_day(end)}"
    return capfirst(join([days, hours]))

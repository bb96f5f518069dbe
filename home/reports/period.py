"""The period a report covers: the last 30, 90 or 365 days, counted by day, week or month.

Chosen in the URL; a value the form does not offer falls back to the default instead of an
error, because a report link someone bookmarked should still show a report.
"""

import datetime
from dataclasses import dataclass

from django import forms
from django.db.models.functions import TruncDay, TruncMonth, TruncWeek
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

DAYS = (30, 90, 365)
BUCKETS = {"day": TruncDay, "week": TruncWeek, "month": TruncMonth}
# What a period is counted by when nobody chose: about 30 bars whatever the length.
DEFAULT_BUCKET = {30: "day", 90: "week", 365: "month"}


class PeriodForm(forms.Form):
    days = forms.TypedChoiceField(
        label=_("Period"),
        coerce=int,
        required=False,
        choices=[
            (30, _("Last 30 days")),
            (90, _("Last 90 days")),
            (365, _("Last 365 days")),
        ],
    )
    bucket = forms.ChoiceField(
        label=_("Counted by"),
        required=False,
        choices=[("", _("Automatic")), ("day", _("Day")), ("week", _("Week")), ("month", _("Month"))],
    )


@dataclass(frozen=True)
class Period:
    first: datetime.date
    last: datetime.date
    days: int
    bucket: str

    @property
    def truncate(self):
        return BUCKETS[self.bucket]

    def bucket_starts(self):
        """The first day of every bucket the period touches, oldest first."""
        starts = []
        day = self.first
        while day <= self.last:
            start = bucket_start(day, self.bucket)
            if not starts or starts[-1] != start:
                starts.append(start)
            day += datetime.timedelta(days=1)
        return starts


def bucket_start(day, bucket):
    if bucket == "week":
        return day - datetime.timedelta(days=day.weekday())
    if bucket == "month":
        return day.replace(day=1)
    return day


def period_from(query, form_class=PeriodForm):
    """The period the query asks for and the form to change it; a value the form does not know
    is replaced by its default, and the form shows what the report really uses."""
    form = form_class(query)
    form.is_valid()
    chosen = {name: form.cleaned_data.get(name) or "" for name in form.fields if name not in form.errors}
    days = chosen.get("days") or DAYS[0]
    bucket = chosen.get("bucket") or DEFAULT_BUCKET[days]
    form = form_class({**chosen, "days": days})
    form.is_valid()
    last = timezone.localdate()
    return Period(first=last - datetime.timedelta(days=days - 1), last=last, days=days, bucket=bucket), form

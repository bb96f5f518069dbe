"""Upcoming events per town for the moderators' reports: how many events and dates the next 30
or 90 days hold in each town of the district, from the calendar's own dates.

An event counts for the town of its venue, as the calendar's town filter lists it; an event
without a venue town (online, or not yet placed) for its organisation's seat.
"""

import datetime

from django import forms
from django.db.models import Count
from django.db.models.functions import Coalesce
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy

from wagtail.admin.viewsets.base import ViewSet

from events.calendar.models import EventOccurrence
from home.admin_menu import MenuForSome
from home.spreadsheet import csv_response
from organisations.access.visibility import is_moderator
from organisations.models import Town
from organisations.reports.base import ReportView

DAYS = (30, 90)


class UpcomingPeriodForm(forms.Form):
    days = forms.TypedChoiceField(
        label=gettext_lazy("Period"),
        coerce=int,
        required=False,
        choices=[(30, gettext_lazy("Next 30 days")), (90, gettext_lazy("Next 90 days"))],
    )


def upcoming_per_town(days):
    """[(town or None, events, dates)]: every town, the busiest first, then dates without a town."""
    now = timezone.now()
    counts = {
        row["place"]: (row["events"], row["dates"])
        for row in EventOccurrence.objects.public()
        .not_cancelled()
        .filter(start__gte=now, start__lt=now + datetime.timedelta(days=days))
        .annotate(place=Coalesce("town", "organisation__town"))
        .values("place")
        .annotate(events=Count("event", distinct=True), dates=Count("pk"))
        .order_by()
    }
    towns = [(town, *counts.get(town.pk, (0, 0))) for town in Town.objects.order_by("name")]
    towns.sort(key=lambda row: (-row[2], -row[1]))
    if None in counts:
        towns.append((None, *counts[None]))
    return towns


class UpcomingEventsReportView(ReportView):
    template_name = "events/admin/upcoming_events_per_town.html"
    page_title = gettext_lazy("Upcoming events per town")
    header_icon = "date"

    def may_see(self, user):
        return is_moderator(user)

    def setup_report(self):
        form = UpcomingPeriodForm(self.request.GET)
        # A period the form does not offer shows the next 30 days rather than an error.
        self.days = (form.cleaned_data.get("days") if form.is_valid() else None) or DAYS[0]
        self.form = UpcomingPeriodForm({"days": self.days})

    def export(self):
        rows = [
            (town.name if town else "", events, dates) for town, events, dates in upcoming_per_town(self.days)
        ]
        return csv_response("upcoming-events-per-town.csv", ["town", "events", "dates"], rows)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = upcoming_per_town(self.days)
        context.update(
            {
                "days": self.days,
                "rows": rows,
                "any_dates": any(dates for _town, _events, dates in rows),
            }
        )
        return context


class UpcomingEventsReportViewSet(MenuForSome, ViewSet):
    name = "upcoming_events_report"
    url_prefix = "reports/upcoming-events"
    icon = "date"
    menu_label = gettext_lazy("Upcoming events per town")
    menu_hook = "register_reports_menu_item"

    def shows_menu_to(self, request):
        return is_moderator(request.user)

    def get_urlpatterns(self):
        return [path("", UpcomingEventsReportView.as_view(), name="index")]

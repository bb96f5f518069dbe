"""Applications of new organisations per month: how many came in, how many were approved and
how many rejected, for the last twelve months. Moderators only: applicants' names stay with them."""

import datetime

from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.urls import path
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy

from wagtail.admin.viewsets.base import ViewSet

from home.admin_menu import MenuForSome
from home.spreadsheet import csv_response
from organisations.access.visibility import is_moderator
from organisations.models import OrganisationApplication
from organisations.reports.base import ReportView

MONTHS = 12


def last_months(count=MONTHS):
    """The first day of this month and of the months before it, oldest first."""
    month = timezone.localdate().replace(day=1)
    months = [month]
    for _ in range(count - 1):
        month = (month - datetime.timedelta(days=1)).replace(day=1)
        months.append(month)
    return months[::-1]


def applications_per_month(months):
    """(month, submitted, approved, rejected) for each month: two queries whatever the number."""
    first = timezone.make_aware(datetime.datetime.combine(months[0], datetime.time()))
    submitted = {
        row["month"].date(): row["count"]
        for row in OrganisationApplication.objects.filter(created_at__gte=first)
        .annotate(month=TruncMonth("created_at"))
        .values("month")
        .annotate(count=Count("pk"))
        .order_by()
    }
    decided = {
        (row["month"].date(), row["status"]): row["count"]
        for row in OrganisationApplication.objects.filter(
            decided_at__gte=first,
            status__in=[OrganisationApplication.Status.APPROVED, OrganisationApplication.Status.REJECTED],
        )
        .annotate(month=TruncMonth("decided_at"))
        .values("month", "status")
        .annotate(count=Count("pk"))
        .order_by()
    }
    return [
        (
            month,
            submitted.get(month, 0),
            decided.get((month, OrganisationApplication.Status.APPROVED), 0),
            decided.get((month, OrganisationApplication.Status.REJECTED), 0),
        )
        for month in months
    ]


class ApplicationsReportView(ReportView):
    template_name = "organisations/admin/reports/applications.html"
    page_title = gettext_lazy("Applications per month")
    header_icon = "form"
    form = None

    def may_see(self, user):
        return is_moderator(user)

    def export(self):
        rows = [
            (month.strftime("%Y-%m"), *numbers) for month, *numbers in applications_per_month(last_months())
        ]
        return csv_response(
            "applications-per-month.csv", ["month", "submitted", "approved", "rejected"], rows
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = applications_per_month(last_months())
        context.update(
            {
                "months": MONTHS,
                "rows": [(date_format(month, "YEAR_MONTH_FORMAT"), *numbers) for month, *numbers in rows],
                "totals": [sum(row[index] for row in rows) for index in (1, 2, 3)],
            }
        )
        return context


class ApplicationsReportViewSet(MenuForSome, ViewSet):
    name = "applications_report"
    url_prefix = "reports/applications"
    icon = "form"
    menu_label = gettext_lazy("Applications per month")
    menu_hook = "register_reports_menu_item"

    def shows_menu_to(self, request):
        return is_moderator(request.user)

    def get_urlpatterns(self):
        return [path("", ApplicationsReportView.as_view(), name="index")]

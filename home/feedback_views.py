"""The feedback mechanism of the accessibility statement: report a barrier."""

from django.conf import settings
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from wagtail.models import Site

from home.forms import BarrierReportForm
from home.mail import queue_mail
from home.models import PortalSettings
from home.security.ratelimit import allows, count_stored

# Per internet connection, counting only reports that were stored: generous, because a library
# or an office sends everyone's reports from one address.
REPORTS_PER_HOUR = 20

REPORT_NOT_SENT = gettext_lazy(
    "Your report has not been sent: many reports have been sent from your internet "
    "connection in the last hour. Please try again in an hour; your text is kept below."
)


def barrier_report(request):
    sent = request.GET.get("sent") == "1"
    if request.method == "POST":
        form = BarrierReportForm(request.POST)
        if form.is_spam():
            # Answer a bot as if it succeeded, so that it learns nothing.
            return HttpResponseRedirect(reverse("barrier_report") + "?sent=1")
        if form.is_valid():
            if not allows(request, "barrier_report", limit=REPORTS_PER_HOUR):
                form.add_error(
                    None,
                    REPORT_NOT_SENT,
                )
                return render(request, "home/barrier_report.html", {"form": form}, status=429)
            report = form.save(commit=False)
            report.language = get_language()
            # Stored first, so that a failing mail server loses nothing.
            report.save()
            count_stored(request, "barrier_report", window_seconds=3600)
            _notify_office(request, report)
            return HttpResponseRedirect(reverse("barrier_report") + "?sent=1")
    else:
        form = BarrierReportForm(initial={"page_url": request.GET.get("page", "")[:500]})
    return render(request, "home/barrier_report.html", {"form": form, "sent": sent})


def _notify_office(request, report):
    site = Site.find_for_request(request)
    office = PortalSettings.for_site(site) if site else None
    recipient = (office.integration_office_email if office else "") or settings.DEFAULT_FROM_EMAIL
    # The office reads German, whatever language the visitor wrote in.
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Accessibility barrier reported")
        body = render_to_string("home/email/barrier_report.txt", {"report": report})
    queue_mail(subject, body, [recipient], about=report)

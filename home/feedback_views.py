"""The feedback mechanism of the accessibility statement: report a barrier."""

from django.conf import settings
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail.models import Site

from home.forms import BarrierReportForm
from home.mail import queue_mail
from home.models import PortalSettings
from home.ratelimit import hit


def barrier_report(request):
    sent = request.GET.get("sent") == "1"
    if request.method == "POST":
        form = BarrierReportForm(request.POST)
        if form.is_spam():
            # Answer a bot as if it succeeded, so that it learns nothing.
            return HttpResponseRedirect(reverse("barrier_report") + "?sent=1")
        if not hit(request, "barrier_report", limit=5, window_seconds=3600):
            form.add_error(
                None, _("You have sent several reports in a short time. Please try again in an hour.")
            )
            return render(request, "home/barrier_report.html", {"form": form}, status=429)
        if form.is_valid():
            report = form.save(commit=False)
            report.language = get_language()
            # Stored first, so that a failing mail server loses nothing.
            report.save()
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

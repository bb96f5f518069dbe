"""The public application form ("Organisation anmelden")."""

from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from home.ratelimit import hit
from organisations.forms import ApplicationForm
from organisations.onboarding import submit_application

APPLICATIONS_PER_HOUR = 3


def apply(request):
    done_url = reverse("organisation_apply") + "?sent=1"
    status = 200
    if request.method == "POST":
        form = ApplicationForm(request.POST)
        if form.is_spam():
            return HttpResponseRedirect(done_url)
        if not hit(request, "application", limit=APPLICATIONS_PER_HOUR, window_seconds=3600):
            form.add_error(
                None, _("You have sent several applications in a short time. Please try again in an hour.")
            )
            status = 429
        elif form.is_valid():
            submit_application(form, get_language())
            return HttpResponseRedirect(done_url)
    else:
        form = ApplicationForm()
    return render(
        request,
        "organisations/apply.html",
        {"form": form, "sent": request.GET.get("sent") == "1"},
        status=status,
    )

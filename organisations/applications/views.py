"""The public application form's page ("Organisation anmelden", `register-an-organisation/`)."""

from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language, gettext_lazy

from home.security.ratelimit import allows, count_stored
from organisations.applications.decisions import submit_application
from organisations.applications.forms import ApplicationForm

# Per internet connection, counting only applications that were stored.
APPLICATIONS_PER_HOUR = 10

APPLICATION_NOT_SENT = gettext_lazy(
    "Your application has not been sent: many applications have been sent from your "
    "internet connection in the last hour. Please try again in an hour; your entries are "
    "kept below."
)


def apply(request):
    done_url = reverse("organisation_apply") + "?sent=1"
    status = 200
    if request.method == "POST":
        form = ApplicationForm(request.POST)
        if form.is_spam():
            return HttpResponseRedirect(done_url)
        if form.is_valid():
            if allows(request, "application", limit=APPLICATIONS_PER_HOUR):
                _application, created = submit_application(form, get_language())
                if created:
                    count_stored(request, "application", window_seconds=3600)
                return HttpResponseRedirect(done_url)
            form.add_error(
                None,
                APPLICATION_NOT_SENT,
            )
            status = 429
    else:
        form = ApplicationForm()
    return render(
        request,
        "organisations/apply.html",
        {"form": form, "sent": request.GET.get("sent") == "1"},
        status=status,
    )

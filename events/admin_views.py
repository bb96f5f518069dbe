"""Admin views for an organisation's calendar import: upload an .ics file or subscribe to one."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from events.calendar.ical_import import CalendarFileError, fetch_calendar, import_calendar
from events.calendar.models import CalendarSubscription, ImportRun
from home.admin_menu import MenuForSome
from organisations.access.visibility import organisations_editable_by
from organisations.models import OrganisationPage

NAMESPACE = "calendar_import"


# Who may import for which organisation is an access rule (organisations/access/visibility.py).
importable_organisations = organisations_editable_by


class CalendarImportForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label=gettext_lazy("Organisation"), queryset=OrganisationPage.objects.none()
    )
    file = forms.FileField(
        label=gettext_lazy("Calendar file (.ics)"),
        required=False,
        help_text=gettext_lazy("Exported from your calendar app, at most 2 MB."),
    )
    url = forms.URLField(
        label=gettext_lazy("Or the address of a calendar to subscribe to"),
        required=False,
        assume_scheme="https",
        help_text=gettext_lazy("The portal fetches it every day and takes over new and changed events."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = importable_organisations(user)
        self.fields["organisation"].label_from_instance = lambda page: page.title
        if self.fields["organisation"].queryset.count() == 1:
            self.fields["organisation"].initial = self.fields["organisation"].queryset.first()

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("file") and not cleaned.get("url"):
            raise forms.ValidationError(_("Choose a file or enter the address of a calendar."))
        upload = cleaned.get("file")
        if upload and not upload.name.lower().endswith((".ics", ".ical", ".ifb", ".icalendar")):
            self.add_error("file", _("Choose a calendar file ending in .ics."))
        return cleaned


class CalendarImportView(WagtailAdminTemplateMixin, FormView):
    template_name = "events/admin/calendar_import.html"
    form_class = CalendarImportForm
    page_title = gettext_lazy("Import a calendar")
    header_icon = "date"

    def dispatch(self, request, *args, **kwargs):
        if not importable_organisations(request.user).exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        organisations = importable_organisations(self.request.user)
        context["runs"] = (
            ImportRun.objects.filter(organisation__in=organisations)
            .select_related("organisation")
            .order_by("-started_at")[:10]
        )
        context["subscriptions"] = CalendarSubscription.objects.filter(
            organisation__in=organisations
        ).select_related("organisation")
        return context

    def form_valid(self, form):
        organisation = form.cleaned_data["organisation"]
        user = self.request.user
        if form.cleaned_data.get("file"):
            upload = form.cleaned_data["file"]
            run = import_calendar(organisation, upload.read(), source=upload.name, user=user)
        else:
            url = form.cleaned_data["url"]
            subscription, _created = CalendarSubscription.objects.get_or_create(
                organisation=organisation, url=url
            )
            try:
                data = fetch_calendar(url)
            except CalendarFileError as error:
                run = ImportRun.objects.create(
                    organisation=organisation, subscription=subscription, source=url, error=str(error)
                )
            else:
                run = import_calendar(organisation, data, source=url, user=user, subscription=subscription)
        if run.succeeded:
            messages.success(
                self.request,
                _(
                    "Import finished: %(created)s new, %(updated)s updated, "
                    "%(unchanged)s unchanged, %(rejected)s rejected."
                )
                % {
                    outcome: run.count(outcome) for outcome in ("created", "updated", "unchanged", "rejected")
                },
            )
        else:
            messages.error(self.request, _("Nothing was imported: %(error)s") % {"error": run.error})
        return redirect(f"{NAMESPACE}:index")


class CalendarImportViewSet(MenuForSome, ViewSet):
    name = NAMESPACE
    url_prefix = "calendar-import"
    icon = "date"
    menu_label = gettext_lazy("Import a calendar")
    menu_order = 230
    add_to_admin_menu = True

    def shows_menu_to(self, request):
        return importable_organisations(request.user).exists()

    def get_urlpatterns(self):
        return [path("", CalendarImportView.as_view(), name="index")]

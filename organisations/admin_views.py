"""Moderators' admin views: review applications, approve or reject them, create organisations."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Case, IntegerField, Value, When
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from home.admin_menu import MenuForSome
from organisations.access import is_moderator
from organisations.fields import publishable_languages
from organisations.models import Community, FieldOfActivity, OrganisationApplication, SpokenLanguage, Town
from organisations.onboarding import ApplicationAlreadyDecidedError, approve_application, reject_application
from organisations.provisioning import (
    DuplicateOrganisationError,
    EditorInvite,
    OrganisationDetails,
    provision_organisation,
)

NAMESPACE = "organisation_applications"


class ModeratorOnlyMixin(WagtailAdminTemplateMixin):
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        if not is_moderator(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ApplicationIndexView(ModeratorOnlyMixin, TemplateView):
    template_name = "organisations/admin/application_index.html"
    page_title = gettext_lazy("Organisation applications")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["applications"] = (
            OrganisationApplication.objects.select_related("town", "organisation")
            .annotate(
                waiting=Case(
                    When(status=OrganisationApplication.Status.NEW, then=Value(0)),
                    default=Value(1),
                    output_field=IntegerField(),
                )
            )
            .order_by("waiting", "-created_at")[:200]
        )
        return context


class DecisionForm(forms.Form):
    trusted = forms.BooleanField(
        label=gettext_lazy("Trusted: the organisation may publish without review"), required=False
    )
    reason = forms.CharField(
        label=gettext_lazy("Reason (sent to the applicant when rejecting)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class ApplicationReviewView(ModeratorOnlyMixin, FormView):
    template_name = "organisations/admin/application_review.html"
    form_class = DecisionForm
    page_title = gettext_lazy("Review application")

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.application = get_object_or_404(
            OrganisationApplication.objects.select_related("town", "organisation", "decided_by"),
            pk=kwargs["pk"],
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["application"] = self.application
        context["index_url"] = reverse(f"{NAMESPACE}:index")
        return context

    def form_valid(self, form):
        decision = self.request.POST.get("decision")
        try:
            if decision == "approve":
                organisation = approve_application(
                    self.application.pk, self.request.user, trusted=form.cleaned_data["trusted"]
                )
                messages.success(
                    self.request,
                    _("“%(name)s” is now on the portal. The contact person has been invited.")
                    % {"name": organisation.title},
                )
            elif decision == "reject":
                reject_application(self.application.pk, self.request.user, form.cleaned_data["reason"])
                messages.success(
                    self.request, _("The application has been rejected and the applicant informed.")
                )
            else:
                messages.error(self.request, _("Choose whether to approve or reject the application."))
                return redirect(f"{NAMESPACE}:review", pk=self.application.pk)
        except ApplicationAlreadyDecidedError:
            messages.warning(
                self.request, _("This application had already been decided; nothing was changed.")
            )
        except DuplicateOrganisationError as duplicate:
            messages.error(
                self.request,
                _("An organisation named “%(name)s” already exists. Nothing was created.")
                % {"name": duplicate.existing.title},
            )
            return redirect(f"{NAMESPACE}:review", pk=self.application.pk)
        return redirect(f"{NAMESPACE}:index")


class NewOrganisationForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("Name of the organisation"), max_length=200)
    town = forms.ModelChoiceField(label=gettext_lazy("Town"), queryset=Town.objects.all())
    email = forms.EmailField(label=gettext_lazy("Email of the organisation"), required=False)
    editors = forms.CharField(
        label=gettext_lazy("Editors' email addresses"),
        help_text=gettext_lazy("One address per line; each receives an invitation to set a password."),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )
    publication_languages = forms.MultipleChoiceField(
        label=gettext_lazy("Languages of the subsite besides German"),
        choices=publishable_languages,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    fields_of_activity = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Fields of activity"),
        queryset=FieldOfActivity.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    communities = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Communities"),
        queryset=Community.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    spoken_languages = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Languages spoken"),
        queryset=SpokenLanguage.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    trusted = forms.BooleanField(label=gettext_lazy("Trusted: publishes without review"), required=False)

    def clean_editors(self):
        addresses = [line.strip() for line in self.cleaned_data["editors"].splitlines() if line.strip()]
        validator = forms.EmailField()
        for address in addresses:
            try:
                validator.clean(address)
            except forms.ValidationError as error:
                raise forms.ValidationError(
                    _("“%(address)s” is not a valid email address.") % {"address": address}
                ) from error
        return addresses


class NewOrganisationView(ModeratorOnlyMixin, FormView):
    template_name = "organisations/admin/new_organisation.html"
    form_class = NewOrganisationForm
    page_title = gettext_lazy("New organisation")

    def form_valid(self, form):
        data = form.cleaned_data
        details = OrganisationDetails(
            name=data["name"],
            town=data["town"],
            email=data["email"],
            publication_languages=data["publication_languages"],
            fields_of_activity=list(data["fields_of_activity"]),
            communities=list(data["communities"]),
            spoken_languages=list(data["spoken_languages"]),
            trusted=data["trusted"],
        )
        try:
            organisation = provision_organisation(
                details, [EditorInvite(email=email) for email in data["editors"]]
            )
        except DuplicateOrganisationError as duplicate:
            form.add_error(
                "name",
                _("An organisation with this name already exists: “%(name)s”.")
                % {"name": duplicate.existing.title},
            )
            return self.form_invalid(form)
        messages.success(self.request, _("“%(name)s” has been created.") % {"name": organisation.title})
        return redirect("wagtailadmin_pages:edit", organisation.pk)


class ApplicationViewSet(MenuForSome, ViewSet):
    name = NAMESPACE
    url_prefix = "organisations"
    icon = "group"
    menu_label = gettext_lazy("Applications")
    menu_order = 250
    add_to_admin_menu = True

    def shows_menu_to(self, request):
        return is_moderator(request.user)

    def get_urlpatterns(self):
        return [
            path("applications/", ApplicationIndexView.as_view(), name="index"),
            path("applications/<int:pk>/", ApplicationReviewView.as_view(), name="review"),
            path("new/", NewOrganisationView.as_view(), name="new_organisation"),
        ]

"""Moderators' admin of applications: the list, the review with approve or reject, and a new
organisation created directly (provisioned without an application).

The list is a Wagtail ModelViewSet (paginated, searchable, filtered by status); who sees it
is the moderators-only policy of organisations/access/policies.py, registered in
organisations/access/scopes.py.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Case, IntegerField, Value, When
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView

from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton

from organisations.access.visibility import is_moderator
from organisations.applications.decisions import (
    ApplicationAlreadyDecidedError,
    approve_application,
    reject_application,
)
from organisations.applications.provisioning import (
    DuplicateOrganisationError,
    EditorInvite,
    OrganisationDetails,
    provision_organisation,
)
from organisations.fields import publishable_languages
from organisations.models import Community, FieldOfActivity, OrganisationApplication, SpokenLanguage, Town

NAMESPACE = "organisation_applications"
NEW_ORGANISATION_NAMESPACE = "organisation_new"


class ModeratorOnlyMixin(WagtailAdminTemplateMixin):
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        if not is_moderator(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


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


class ApplicationIndexView(IndexView):
    """Waiting applications first, newest first; each links to its review."""

    default_ordering = ("waiting", "-created_at")

    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("town", "organisation")
            .annotate(
                waiting=Case(
                    When(status=OrganisationApplication.Status.NEW, then=Value(0)),
                    default=Value(1),
                    output_field=IntegerField(),
                )
            )
        )

    def get_edit_url(self, instance):
        return reverse(f"{NAMESPACE}:review", args=[instance.pk])

    @cached_property
    def header_buttons(self):
        return [
            HeaderButton(
                gettext_lazy("New organisation"),
                url=reverse(f"{NEW_ORGANISATION_NAMESPACE}:new"),
                icon_name="plus",
            )
        ]


class ApplicationViewSet(ModelViewSet):
    """Applications arrive through the public form and change only by approval or rejection:
    the generic add, edit and delete views refuse everyone (organisations/access/policies.py)."""

    model = OrganisationApplication
    name = NAMESPACE
    url_prefix = "organisations/applications"
    icon = "group"
    menu_label = gettext_lazy("Applications")
    menu_order = 250
    add_to_admin_menu = True
    copy_view_enabled = False
    # The generic edit form is never offered (the policy refuses "change"); the review decides.
    form_fields = []
    index_view_class = ApplicationIndexView
    list_display = [
        "name",  # linked to the review (ApplicationIndexView.get_edit_url)
        Column("town", label=gettext_lazy("Town")),
        Column("contact_name", label=gettext_lazy("Contact person")),
        DateColumn("created_at", label=gettext_lazy("Received"), sort_key="created_at"),
        StatusTagColumn(
            "status",
            label=gettext_lazy("Status"),
            accessor="get_status_display",
            primary=lambda application: application.status == OrganisationApplication.Status.NEW,
        ),
    ]
    list_filter = ["status"]
    list_per_page = 50
    search_fields = ["name", "contact_name", "email"]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/", ApplicationReviewView.as_view(), name="review"),
        ]


class NewOrganisationViewSet(ViewSet):
    """A moderator creates an organisation directly; linked from the applications list."""

    name = NEW_ORGANISATION_NAMESPACE
    url_prefix = "organisations"

    def get_urlpatterns(self):
        return [path("new/", NewOrganisationView.as_view(), name="new")]

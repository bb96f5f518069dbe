"""The moderators' list of organisations and whether each publishes without review."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.views.generic import EditView
from wagtail.admin.viewsets.model import ModelViewSet

from organisations.access.roles import set_trust
from organisations.models import OrganisationTrust


class TrustEditView(EditView):
    def save_instance(self):
        trust = self.form.instance
        set_trust(trust.organisation, trust.is_trusted, by=self.request.user)
        return trust


class OrganisationTrustViewSet(ModelViewSet):
    """Moderators hold view and change permissions only: no one adds or deletes a row here;
    provisioning creates it with the organisation."""

    model = OrganisationTrust
    icon = "lock"
    menu_label = _("Trusted organisations")
    menu_order = 250
    add_to_admin_menu = True
    copy_view_enabled = False
    form_fields = ["is_trusted"]
    list_display = ["organisation", "is_trusted", "changed_at", "changed_by"]
    list_filter = ["is_trusted"]
    search_fields = ["organisation__title"]
    edit_view_class = TrustEditView

    def get_queryset(self, request):
        return OrganisationTrust.objects.select_related("organisation", "changed_by")

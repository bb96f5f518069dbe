from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganisationsConfig(AppConfig):
    name = "organisations"
    verbose_name = _("Organisations")

    def ready(self):
        from organisations import signals, workflow_names

        signals.connect()
        workflow_names.install()
        plug_into_portal()


def plug_into_portal():
    """What the portal's base learns of this app (home.registry)."""
    from home import registry
    from organisations.access.visibility import is_moderator
    from organisations.models import OrganisationContentPage, OrganisationPage

    registry.add_home_page_child("organisations.OrganisationIndexPage")
    registry.add_home_page_child("organisations.PartnersPage")
    registry.add_home_page_listing("organisations")
    # DirectorySettings: hiding stale profiles changes the directory, the home page and search.
    for label in ("Town", "FieldOfActivity", "Community", "SpokenLanguage", "Partner", "DirectorySettings"):
        registry.add_site_wide_model(f"organisations.{label}")
    registry.add_search_kind("organisation", _("Organisations"), OrganisationPage, OrganisationContentPage)
    # Moderators publish anywhere and decide on applications: their accounts are worth most.
    registry.add_two_factor_candidate(is_moderator)
    # Editors of profiles unchecked for half a year get "Stimmt das noch?".
    registry.add_scheduled_job("remind_unchecked_organisations", 24 * 60 * 60)

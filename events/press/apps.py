from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from home import registry


class PressConfig(AppConfig):
    name = "events.press"
    label = "press"
    verbose_name = _("Press office")

    def ready(self):
        plug_into_portal()


def plug_into_portal():
    """What the portal's base learns of the press office (home.registry)."""
    from events.press.models import PressReleasePage

    registry.add_home_page_child("press.PressArchivePage")
    registry.add_home_page_listing("press")
    registry.add_site_wide_model("press.PressContact")
    registry.add_site_wide_model("press.PressTopic")
    registry.add_search_kind("press", _("Press releases"), PressReleasePage)

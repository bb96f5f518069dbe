from PIL import Image

from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Portal")

    def ready(self):
        # Modules that load models are imported once the registry is ready.
        from home import block_definitions, image_metadata, signals, sites, view_restrictions
        from home.languages import workarounds
        from home.security import checks  # noqa: F401 - registers the security headers' checks
        from home.spreadsheet import protect_csv_exports

        signals.connect()
        workarounds.install()
        view_restrictions.install()
        # The request's site from the shared cache instead of a query per request.
        sites.install()
        limit_image_decoding()
        image_metadata.install()
        # The editor's StreamField definitions packed once per admin language, not per visit.
        block_definitions.install()
        # Wagtail writes every CSV export and offers no way to escape formulas.
        protect_csv_exports()
        # Page views counted in Redis reach PostgreSQL every five minutes (home.page_views).
        from home import registry

        registry.add_scheduled_job("flush_page_views", 5 * 60)


def limit_image_decoding():
    """Pillow refuses to decode more pixels than the portal accepts on upload.

    Pillow only warns up to twice its own limit; renditions of an image that slipped in
    another way (a restored backup, a file copied into storage) must not exhaust memory.
    """
    Image.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Portal")

    def ready(self):
        from home import signals, slug_validation

        signals.connect()
        # wagtail_modeltranslation patched the page models in its own ready(),
        # which runs first (it is listed first in INSTALLED_APPS).
        slug_validation.install_for_translated_pages()

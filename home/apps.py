from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Portal")

    def ready(self):
        from home import image_metadata, routing, signals, slug_validation
        from home.spreadsheet import protect_csv_exports

        signals.connect()
        # wagtail_modeltranslation patched the page models in its own ready(),
        # which runs first (it is listed first in INSTALLED_APPS).
        slug_validation.install_for_translated_pages()
        routing.install_for_translated_pages()
        localise_translation_labels()
        limit_image_decoding()
        image_metadata.install()
        # Wagtail writes every CSV export and offers no way to escape formulas.
        protect_csv_exports()


def limit_image_decoding():
    """Pillow refuses to decode more pixels than the portal accepts on upload.

    Pillow only warns up to twice its own limit; renditions of an image that slipped in
    another way (a restored backup, a file copied into storage) must not exhaust memory.
    """
    from PIL import Image

    from django.conf import settings

    Image.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS


def localise_translation_labels():
    """“Titel [tr]” in the editor's admin language, not “Title [tr]” frozen at start-up.

    modeltranslation builds the labels of its fields once, in whatever language
    is active when the models load; they are rebuilt here as lazy strings.
    """
    from django.utils.text import format_lazy

    from modeltranslation.translator import translator
    from modeltranslation.utils import build_localized_fieldname

    from home.languages import LANGUAGE_CODES

    for model in translator.get_registered_models(abstract=False):
        options = translator.get_options_for_model(model)
        for name in options.all_fields:
            original = model._meta.get_field(name)
            for code in LANGUAGE_CODES:
                field = model._meta.get_field(build_localized_fieldname(name, code))
                field.verbose_name = format_lazy("{} [{}]", original.verbose_name, code)

"""Fields translated with modeltranslation.

Every Page subclass is registered, even without fields of its own: deleting
an unregistered page type raises `NotRegistered` (DESIGN.md, trap 2).
"""

from modeltranslation.translator import TranslationOptions, register

from home.models import GlossaryTerm, PortalHomePage, PortalImage, PortalSettings, StandardPage


@register(PortalHomePage)
class PortalHomePageTranslation(TranslationOptions):
    fields = ("hero_heading", "hero_text", "intro", "featured")


@register(StandardPage)
class StandardPageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(PortalSettings)
class PortalSettingsTranslation(TranslationOptions):
    fields = ("integration_office_name", "integration_office_address", "press_office_name")


@register(PortalImage)
class PortalImageTranslation(TranslationOptions):
    # The alt text, read by screen readers in the visitor's language.
    fields = ("description",)


@register(GlossaryTerm)
class GlossaryTermTranslation(TranslationOptions):
    # One fixed translation per language; the German column is unused (the term is German).
    fields = ("translation",)

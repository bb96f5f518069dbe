"""Fields translated with modeltranslation; every Page subclass is registered."""

from modeltranslation.translator import TranslationOptions, register

from events.press.models import PressArchivePage, PressReleaseImage, PressReleasePage, PressTopic


@register(PressArchivePage)
class PressArchivePageTranslation(TranslationOptions):
    fields = ("intro",)


@register(PressReleasePage)
class PressReleasePageTranslation(TranslationOptions):
    fields = ("subtitle", "teaser", "body", "correction_note")


@register(PressReleaseImage)
class PressReleaseImageTranslation(TranslationOptions):
    fields = ("caption",)


@register(PressTopic)
class PressTopicTranslation(TranslationOptions):
    fields = ("name",)

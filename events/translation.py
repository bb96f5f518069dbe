"""Fields translated with modeltranslation; every Page subclass is registered."""

from modeltranslation.translator import TranslationOptions, register

from events.models import (
    EventCalendarPage,
    EventException,
    EventOccurrence,
    EventPage,
    NewsIndexPage,
    NewsPage,
    PressArchivePage,
    PressReleaseImage,
    PressReleasePage,
    PressTopic,
)


@register(EventCalendarPage)
class EventCalendarPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(EventPage)
class EventPageTranslation(TranslationOptions):
    fields = ("teaser", "body", "price", "accessibility_notes", "cancellation_note")


@register(EventException)
class EventExceptionTranslation(TranslationOptions):
    fields = ("note",)


# The note of a cancelled or moved date, copied from the event in every language, so that a
# Turkish reader sees the Turkish note (or the German one, marked as German).
@register(EventOccurrence)
class EventOccurrenceTranslation(TranslationOptions):
    fields = ("note",)


@register(NewsIndexPage)
class NewsIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(NewsPage)
class NewsPageTranslation(TranslationOptions):
    fields = ("teaser", "body")


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

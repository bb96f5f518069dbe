"""Fields translated with modeltranslation; every Page subclass is registered."""

from modeltranslation.translator import TranslationOptions, register

from events.calendar.models import EventCalendarPage, EventException, EventOccurrence, EventPage


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

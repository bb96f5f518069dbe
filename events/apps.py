from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    """What the calendar, news and the press office share (their models live in their own apps:
    events.calendar, events.news, events.press)."""

    name = "events"
    verbose_name = _("Calendar, news and press office")

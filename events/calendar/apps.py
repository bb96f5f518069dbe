from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from home import registry


class CalendarConfig(AppConfig):
    name = "events.calendar"
    label = "calendar"
    verbose_name = _("Calendar")

    def ready(self):
        from events.calendar import signals

        signals.connect()
        plug_into_portal()


def plug_into_portal():
    """What the portal's base learns of the calendar (home.registry)."""
    from events.calendar.models import EventPage

    registry.add_home_page_child("calendar.EventCalendarPage")
    registry.add_home_page_listing("events")
    registry.add_search_kind("event", _("Events"), EventPage)
    registry.add_scheduled_job("extend_event_occurrences", 24 * 60 * 60)
    registry.add_scheduled_job("fetch_calendar_subscriptions", 6 * 60 * 60)

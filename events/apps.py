from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("News, events and press")

    def ready(self):
        from events import signals

        signals.connect()
        plug_into_portal()


def plug_into_portal():
    """What the portal's base learns of this app (home.registry)."""
    from events.models import EventPage, NewsPage, PressReleasePage
    from home import registry

    for label in ("EventCalendarPage", "NewsIndexPage", "PressArchivePage"):
        registry.add_home_page_child(f"events.{label}")
    for kind in ("events", "news", "press"):
        registry.add_home_page_listing(kind)
    registry.add_site_wide_model("events.PressContact")
    registry.add_site_wide_model("events.PressTopic")
    registry.add_search_kind("event", _("Events"), EventPage)
    registry.add_search_kind("news", _("News"), NewsPage)
    registry.add_search_kind("press", _("Press releases"), PressReleasePage)
    registry.add_scheduled_job("extend_event_occurrences", 24 * 60 * 60)
    registry.add_scheduled_job("fetch_calendar_subscriptions", 6 * 60 * 60)

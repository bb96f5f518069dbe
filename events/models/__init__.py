from .events import EventCalendarPage, EventException, EventOccurrence, EventPage
from .imports import CalendarSubscription, ImportRun
from .news import NewsIndexPage, NewsPage
from .press import (
    PressArchivePage,
    PressContact,
    PressReleaseAttachment,
    PressReleaseImage,
    PressReleasePage,
    PressTopic,
)

__all__ = [
    "CalendarSubscription",
    "EventCalendarPage",
    "EventException",
    "EventOccurrence",
    "EventPage",
    "ImportRun",
    "NewsIndexPage",
    "NewsPage",
    "PressArchivePage",
    "PressContact",
    "PressReleaseAttachment",
    "PressReleaseImage",
    "PressReleasePage",
    "PressTopic",
]

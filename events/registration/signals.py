"""After a publish of an event: mail registered people whose dates were cancelled or moved."""

from wagtail.signals import page_published


def notify_on_publish(sender, instance, **kwargs):
    from events.registration.changes import notify_changed_dates

    notify_changed_dates(instance)


def connect():
    from events.calendar.models import EventPage

    # Connected after the calendar's own receiver (this app comes later in INSTALLED_APPS), so
    # the occurrence rows are those of the version just published.
    page_published.connect(notify_on_publish, sender=EventPage, dispatch_uid="mokme_registration_changes")

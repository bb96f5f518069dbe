"""Keeping the occurrence table true on publish, unpublish and delete."""

from django.db.models.signals import post_delete

from wagtail.signals import page_published, page_unpublished

from events.calendar.models import EventPage
from events.calendar.recurrence import materialise, remove_occurrences


def occurrences_on_publish(sender, instance, **kwargs):
    materialise(instance)


def occurrences_on_unpublish(sender, instance, **kwargs):
    remove_occurrences(instance)


def connect():
    page_published.connect(occurrences_on_publish, sender=EventPage, dispatch_uid="mokme_event_published")
    page_unpublished.connect(
        occurrences_on_unpublish, sender=EventPage, dispatch_uid="mokme_event_unpublished"
    )
    # Deleting the page deletes its rows by cascade; this catches raw deletes of the subclass row.
    post_delete.connect(occurrences_on_unpublish, sender=EventPage, dispatch_uid="mokme_event_deleted")

"""Telling registered people that their date was cancelled or moved, in their language.

Runs after every publish of the event, once its occurrence rows are current. What was mailed is
remembered on the registration, so that publishing again for another reason mails nobody twice.
"""

import datetime
from dataclasses import dataclass

from events.registration import mails
from events.registration.models import Registration
from events.registration.places import series_date


@dataclass
class Change:
    cancelled: bool
    before: datetime.datetime
    after: datetime.datetime
    occurrence: object

    @property
    def note(self):
        # Read when the mail is written, in the recipient's language.
        return self.occurrence.note

    @property
    def key(self):
        return f"{self.before.isoformat()}:{'cancelled' if self.cancelled else self.after.isoformat()}"


def _change(occurrence, before, series_cancelled):
    if series_cancelled or occurrence.is_cancelled:
        return Change(True, before, occurrence.start, occurrence)
    if occurrence.start != before:
        return Change(False, before, occurrence.start, occurrence)
    return None


def changes_for(registration, event, by_date, upcoming):
    """The changes of the dates this registration covers."""
    if registration.date is not None:
        occurrence = by_date.get(registration.date)
        found = [_change(occurrence, registration.starts_at, event.is_cancelled)] if occurrence else []
    elif not event.is_recurring:
        found = [_change(upcoming[0], registration.starts_at, event.is_cancelled)] if upcoming else []
    else:
        # Signed up for the whole series: every upcoming date that no longer takes place as planned.
        found = [
            _change(row, row.original_start or row.start, event.is_cancelled)
            for row in upcoming
            if event.is_cancelled or row.is_cancelled or row.is_moved
        ]
    return [change for change in found if change is not None]


def notify_changed_dates(event):
    registrations = list(Registration.objects.active().filter(event=event))
    if not registrations:
        return
    upcoming = list(event.occurrences.order_by("start"))
    by_date = {series_date(row): row for row in upcoming}
    for registration in registrations:
        new = [
            change
            for change in changes_for(registration, event, by_date, upcoming)
            if change.key not in registration.notified
        ]
        if not new:
            continue
        registration.notified = [*registration.notified, *(change.key for change in new)]
        moved = [change for change in new if not change.cancelled]
        # The one date they come to: mails and the admin's list show its new start.
        if moved and (registration.date is not None or not event.is_recurring):
            registration.starts_at = moved[-1].after
        registration.event = event
        registration.save(update_fields=["notified", "starts_at"])
        mails.date_changed(registration, new)

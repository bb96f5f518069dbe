"""Places of an event's dates: what is left, booking one, giving one back.

Every change of who holds a place runs with the event's registration settings row locked
(`select_for_update`), so two visitors taking the last place at the same moment are served one
after the other and the second is told the truth. The settings row and not an occurrence row is
locked: the occurrence rows are replaced on every publish, the settings row stays.
"""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Sum
from django.utils import timezone

from events.calendar.recurrence import local
from events.registration.models import Registration, RegistrationSettings
from home.page_cache import renew


@dataclass
class DateOffer:
    """One date a visitor may sign up for, as the form and the page show it."""

    date: datetime.date | None  # None: a one-off event, or the whole series
    starts_at: datetime.datetime
    places_left: int
    closed: bool  # the deadline has passed
    has_waiting_list: bool

    @property
    def key(self):
        return self.date.isoformat() if self.date else "all"

    @property
    def fully_booked(self):
        return self.places_left <= 0

    @property
    def open_for_places(self):
        return not self.closed and not self.fully_booked

    @property
    def open_for_waiting(self):
        return not self.closed and self.fully_booked and self.has_waiting_list

    @property
    def accepts(self):
        return self.open_for_places or self.open_for_waiting


# Where a list of events loaded with their registration settings keeps them (`for_calendar`).
LOADED_REGISTRATION_SETTINGS = "loaded_registration_settings"


def settings_of(event):
    """The event's registration settings when registration is switched on, else None."""
    found = getattr(event, LOADED_REGISTRATION_SETTINGS, None)
    if found is None:
        found = list(event.registration_settings.all())
    return found[0] if found and found[0].is_open else None


def series_date(occurrence):
    """The date in the series an occurrence stands for (the one an exception names)."""
    return local(occurrence.original_start or occurrence.start).date()


def is_per_date(event, settings):
    return event.is_recurring and settings.scope == RegistrationSettings.Scope.PER_DATE


def taken(event, dates=None):
    """{date or None: people holding a place}, in one query."""
    rows = Registration.objects.holding_places().filter(event=event)
    if dates is not None:
        rows = rows.filter(date__in=dates)
    return {row["date"]: row["total"] for row in rows.values("date").annotate(total=Sum("people"))}


def offers(event, occurrences, settings, *, now=None):
    """What the visitor may sign up for: each upcoming date, or the event as one."""
    now = now or timezone.now()
    closes_before = datetime.timedelta(hours=settings.closes_hours_before)
    upcoming = [row for row in occurrences if not row.is_cancelled and row.start > now]
    if is_per_date(event, settings):
        counts = taken(event, [series_date(row) for row in upcoming])
        return [
            DateOffer(
                date=series_date(row),
                starts_at=row.start,
                places_left=settings.places - counts.get(series_date(row), 0),
                closed=now >= row.start - closes_before,
                has_waiting_list=settings.has_waiting_list,
            )
            for row in upcoming
        ]
    if not upcoming or event.is_cancelled:
        return []
    first = upcoming[0]
    return [
        DateOffer(
            date=None,
            starts_at=first.start,
            places_left=settings.places - taken(event).get(None, 0),
            closed=now >= first.start - closes_before,
            has_waiting_list=settings.has_waiting_list,
        )
    ]


def _places_left(settings, event, date):
    held = Registration.objects.holding_places().for_date(event, date).aggregate(total=Sum("people"))
    return settings.places - (held["total"] or 0)


class RegistrationClosedError(Exception):
    """Registration was switched off, or the date is full and has no waiting list."""


def _lock(event):
    """The event's settings, locked until the transaction ends; closed when switched off meanwhile."""
    settings = RegistrationSettings.objects.select_for_update().filter(event=event, is_open=True).first()
    if settings is None:
        raise RegistrationClosedError
    return settings


def place(registration: Registration) -> Registration:
    """Gives the registration a place, else a place on the waiting list; saves it.

    A registration for more people than are left waits as a whole: the group comes together.
    """
    with transaction.atomic():
        settings = _lock(registration.event)
        if _places_left(settings, registration.event, registration.date) >= registration.people:
            registration.status = Registration.Status.CONFIRMED
        elif settings.has_waiting_list:
            registration.status = Registration.Status.WAITING
        else:
            raise RegistrationClosedError
        registration.save()
    page_shows_new_places(registration.event)
    return registration


def cancel(registration: Registration) -> list[Registration]:
    """Deletes the registration and moves people up from the waiting list; returns those moved up.

    The waiting list is served in order: when the first waiting group does not fit, nobody behind
    it jumps the queue.
    """
    event = registration.event
    moved_up = []
    with transaction.atomic():
        settings = RegistrationSettings.objects.select_for_update().filter(event=event).first()
        registration.delete()
        if settings is not None:
            left = _places_left(settings, event, registration.date)
            for waiting in Registration.objects.waiting().for_date(event, registration.date):
                if waiting.people > left:
                    break
                waiting.status = Registration.Status.CONFIRMED
                waiting.save(update_fields=["status"])
                left -= waiting.people
                moved_up.append(waiting)
    page_shows_new_places(event)
    return moved_up


def page_shows_new_places(event):
    """The event page shows the places left: a cached copy of it is stale now."""
    renew({f"tree:{event.path}"})

"""The benchmark's calendar, news and press archive: copies of the demo's, over several years.

Dates are relative to the day the database is filled. One-off events lie
between 18 months back and 12 months ahead; recurring series (a quarter of
all events, weekly or monthly, some with a cancelled and a moved date) start
between a year back and eight months ahead and run for a few months each, as
an association's course or group does. A fifth of the events belong to the
portal's calendar, the rest to organisations. News reach three years back,
press releases eight, about two a working day.
"""

import datetime

from django.utils import timezone

from events.calendar.models import EventCalendarPage, EventException, EventOccurrence, EventPage
from events.calendar.recurrence import WEEKDAY_CODES, compute_occurrences, series_starts
from events.demo.events_texts import CANCELLATION_NOTE, MOVED_NOTE
from events.news.models import NewsIndexPage, NewsPage
from events.press.models import PressArchivePage, PressReleasePage
from home.languages import DEFAULT_LANGUAGE
from organisations.models import OrganisationPage, Town
from tests.bench.bulk import bulk_create_pages
from tests.bench.content.base import copied_fields, copy_children, copy_many_to_many, demo_pages

PORTAL_EVENT_SHARE = 0.2
WEEKLY_SHARE = 0.7
HOURS = (10, 14, 15, 17, 18, 19)


def build_events(plan, log):
    missing = plan.events - EventPage.objects.count()
    if missing <= 0:
        return
    rng = plan.rng("events")
    recurring_missing = (
        round(plan.events * plan.recurring_share)
        - EventPage.objects.exclude(frequency=EventPage.Frequency.ONCE).count()
    )
    recurring_missing = min(max(recurring_missing, 0), missing)
    templates = demo_pages(EventPage.objects.all())
    calendar = EventCalendarPage.objects.get()
    organisations = list(OrganisationPage.objects.live())
    towns = list(Town.objects.all())
    today = timezone.localdate()
    start = EventPage.objects.count()

    by_parent = {}
    for number in range(start, start + missing):
        template = rng.choice(templates)
        fields = copied_fields(template, number=number)
        fields.update(import_uid="", import_hash="", is_cancelled=False, cancellation_note="")
        if rng.random() < PORTAL_EVENT_SHARE:
            parent = calendar
            fields.update(organisation_id=None, venue_town_id=rng.choice(towns).pk)
        else:
            parent = rng.choice(organisations)
            fields.update(organisation_id=parent.pk, venue_town_id=parent.town_id)
        recurring = number - start < recurring_missing
        fields.update(_series(rng, today) if recurring else _one_off(rng, today))
        by_parent.setdefault(parent.pk, (parent, []))[1].append((template, fields))

    pairs = []
    for parent, planned in by_parent.values():
        copies = bulk_create_pages(parent, EventPage, [fields for _template, fields in planned])
        pairs.extend((template, copy) for (template, _fields), copy in zip(planned, copies, strict=True))
    copy_many_to_many(pairs, "fields_of_activity")
    copy_many_to_many(pairs, "event_languages")
    series = [copy for _template, copy in pairs if copy.is_recurring]
    EventException.objects.bulk_create(
        [exception for copy in series[::3] for exception in _changed_dates(copy)], batch_size=2000
    )
    occurrences = [row for _template, copy in pairs for row in compute_occurrences(copy)]
    EventOccurrence.objects.bulk_create(occurrences, batch_size=5000)
    log(f"Added {len(pairs)} events ({len(series)} recurring) with {len(occurrences)} dates.")


def _local(date, hour, minute=0):
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time(hour, minute)))


def _one_off(rng, today):
    day = today + datetime.timedelta(days=rng.randint(-540, 360))
    shape = rng.random()
    fields = {"frequency": EventPage.Frequency.ONCE, "until": None, "count": None, "weekdays": []}
    if shape < 0.05:
        return {**fields, "start": _local(day, 0), "end": None, "all_day": True}
    if shape < 0.08:
        return {
            **fields,
            "start": _local(day, 11),
            "end": _local(day + datetime.timedelta(days=1), 20),
            "all_day": False,
        }
    hour = rng.choice(HOURS)
    return {**fields, "start": _local(day, hour), "end": _local(day, hour + 2), "all_day": False}


def _series(rng, today):
    day = today + datetime.timedelta(days=rng.randint(-360, 240))
    hour = rng.choice(HOURS)
    fields = {
        "start": _local(day, hour),
        "end": _local(day, hour + 2),
        "all_day": False,
        "interval": 1,
        "until": None,
        "count": None,
        "weekdays": [],
    }
    if rng.random() < WEEKLY_SHARE:
        fields["frequency"] = EventPage.Frequency.WEEKLY
        if rng.random() < 0.2:
            fields["weekdays"] = sorted({WEEKDAY_CODES[day.weekday()], rng.choice(WEEKDAY_CODES[:5])})
        if rng.random() < 0.5:
            fields["count"] = rng.randint(8, 26)
        else:
            fields["until"] = day + datetime.timedelta(days=rng.randint(60, 240))
    else:
        fields["frequency"] = EventPage.Frequency.MONTHLY
        fields["monthly_by"] = rng.choice(list(EventPage.MonthlyBy))
        fields["count"] = rng.randint(4, 12)
    return fields


def _changed_dates(event):
    """A cancelled third date and a fifth moved by a day, as the demo's weekly series have."""
    starts = series_starts(event)
    if len(starts) < 5:
        return []
    cancelled, moved = starts[2], starts[4]
    new_start = timezone.make_aware(moved + datetime.timedelta(days=1))
    return [
        EventException(
            event_id=event.pk,
            original_date=cancelled.date(),
            kind=EventException.Kind.CANCELLED,
            note=CANCELLATION_NOTE[DEFAULT_LANGUAGE],
            sort_order=0,
        ),
        EventException(
            event_id=event.pk,
            original_date=moved.date(),
            kind=EventException.Kind.MOVED,
            new_start=new_start,
            new_end=new_start + datetime.timedelta(hours=2),
            note=MOVED_NOTE[DEFAULT_LANGUAGE],
            sort_order=1,
        ),
    ]


def build_news(plan, log):
    missing = plan.news - NewsPage.objects.count()
    if missing <= 0:
        return
    rng = plan.rng("news")
    templates = demo_pages(NewsPage.objects.all())
    news_index = NewsIndexPage.objects.get()
    organisations = list(OrganisationPage.objects.live())
    today = timezone.localdate()
    start = NewsPage.objects.count()
    by_parent = {}
    for number in range(start, start + missing):
        template = templates[number % len(templates)]
        parent = rng.choice(organisations) if template.organisation_id else news_index
        date = today - datetime.timedelta(days=rng.randint(0, 3 * 365))
        fields = copied_fields(template, number=number)
        fields.update(
            date=date,
            first_published_at=_local(date, 9),
            organisation_id=parent.pk if parent is not news_index else None,
        )
        by_parent.setdefault(parent.pk, (parent, []))[1].append(fields)
    for parent, planned in by_parent.values():
        bulk_create_pages(parent, NewsPage, planned)
    log(f"Added {missing} news items.")


def build_press(plan, log):
    missing = plan.press_releases - PressReleasePage.objects.count()
    if missing <= 0:
        return
    rng = plan.rng("press")
    templates = demo_pages(PressReleasePage.objects.all())
    archive = PressArchivePage.objects.get()
    today = timezone.localdate()
    start = PressReleasePage.objects.count()
    planned = []
    for number in range(start, start + missing):
        template = templates[number % len(templates)]
        date = today - datetime.timedelta(days=rng.randint(1, 8 * 365))
        fields = copied_fields(template, number=number)
        fields.update(release_date=date, first_published_at=_local(date, 9))
        planned.append((template, fields))
    copies = bulk_create_pages(archive, PressReleasePage, [fields for _template, fields in planned])
    pairs = [(template, copy) for (template, _fields), copy in zip(planned, copies, strict=True)]
    for name in ("contacts", "topics", "related_organisations", "related_events"):
        copy_many_to_many(pairs, name)
    copy_children(pairs, "images")
    copy_children(pairs, "attachments")
    log(f"Added {len(copies)} press releases.")

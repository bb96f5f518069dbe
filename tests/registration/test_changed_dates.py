"""A cancelled or moved date is mailed to the people registered for it, in their language, once."""

import datetime

from django.utils import translation

from events.calendar.models import EventException, EventPage
from events.registration.models import Registration
from tests.factories import EventPageFactory, berlin
from tests.registration.helpers import with_registration


def weekly_course(calendar_page):
    start = berlin(2030, 3, 4, 18)  # a Monday
    return with_registration(
        EventPageFactory(
            parent=calendar_page,
            title="Deutschkurs",
            slug="deutschkurs",
            title_tr="Almanca kursu",
            start=start,
            end=start + datetime.timedelta(hours=2),
            frequency="weekly",
            count=6,
        ),
        places=10,
        scope="date",
    )


def registered(event, date, starts_at, language="tr", email="ayse@example.org"):
    return Registration.objects.create(
        event=event,
        date=date,
        starts_at=starts_at,
        name="Ayşe",
        email=email,
        status="confirmed",
        language=language,
    )


def publish_with_exception(event, **exception):
    event = EventPage.objects.get(pk=event.pk)
    event.exceptions.add(EventException(**exception))
    event.save_revision().publish()
    return event


def test_a_cancelled_date_is_mailed_once_in_the_visitors_language(
    calendar_page, outbox, django_capture_on_commit_callbacks
):
    event = weekly_course(calendar_page)
    second = datetime.date(2030, 3, 11)
    registered(event, second, berlin(2030, 3, 11, 18))
    registered(event, datetime.date(2030, 3, 18), berlin(2030, 3, 18, 18), email="other@example.org")

    with django_capture_on_commit_callbacks(execute=True):
        event = publish_with_exception(
            event, original_date=second, kind="cancelled", note_tr="Öğretmen hasta"
        )
    [mail] = outbox
    assert mail.to == ["ayse@example.org"]
    assert "Almanca kursu" in mail.subject
    assert "Öğretmen hasta" in mail.body  # the note in the visitor's language
    assert "/tr/" in mail.body  # the cancel link leads to the Turkish page

    with django_capture_on_commit_callbacks(execute=True):
        EventPage.objects.get(pk=event.pk).save_revision().publish()
    assert len(outbox) == 1


def test_a_moved_one_off_event_is_mailed_with_its_new_time(
    calendar_page, outbox, django_capture_on_commit_callbacks
):
    event = with_registration(
        EventPageFactory(parent=calendar_page, title="Ausflug", slug="ausflug", start=berlin(2030, 5, 2, 10)),
        places=10,
    )
    registration = registered(event, None, event.start, language="de")
    event = EventPage.objects.get(pk=event.pk)
    event.start = berlin(2030, 5, 9, 10)
    event.end = berlin(2030, 5, 9, 12)
    with django_capture_on_commit_callbacks(execute=True), translation.override("de"):
        event.save_revision().publish()
    [mail] = outbox
    assert "Ausflug" in mail.subject
    assert "9. Mai 2030" in mail.body
    registration.refresh_from_db()
    assert registration.starts_at == berlin(2030, 5, 9, 10)

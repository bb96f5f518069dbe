"""Signed up for a whole series: every cancelled date of it is mailed, each once."""

import datetime

from events.calendar.models import EventException, EventPage
from events.registration.models import Registration
from tests.factories import EventPageFactory, berlin
from tests.registration.helpers import with_registration


def test_a_cancelled_date_of_the_series_reaches_those_signed_up_for_all(
    calendar_page, outbox, django_capture_on_commit_callbacks
):
    start = berlin(2030, 3, 4, 18)
    course = with_registration(
        EventPageFactory(
            parent=calendar_page,
            title="Deutschkurs",
            slug="deutschkurs",
            start=start,
            end=start + datetime.timedelta(hours=2),
            frequency="weekly",
            count=6,
        ),
        places=10,
        scope="series",
    )
    Registration.objects.create(
        event=course,
        starts_at=start,
        name="Ayşe",
        email="ayse@example.org",
        status="confirmed",
        language="de",
    )
    course = EventPage.objects.get(pk=course.pk)
    course.exceptions.add(EventException(original_date=datetime.date(2030, 3, 18), kind="cancelled"))
    with django_capture_on_commit_callbacks(execute=True):
        course.save_revision().publish()
    [mail] = outbox
    assert "18. März 2030" in mail.body
    with django_capture_on_commit_callbacks(execute=True):
        EventPage.objects.get(pk=course.pk).save_revision().publish()
    assert len(outbox) == 1

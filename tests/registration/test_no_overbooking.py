"""Two visitors taking the last place at the same moment: one gets it, the other is told the truth.

Real PostgreSQL connections, one per thread, as gunicorn's workers have them. The check of the
places left is slowed down, so that without the lock every thread would see the place as free.
"""

import threading
import time

import pytest

from django.conf import settings
from django.db import connection
from django.test import Client

from events.registration import places
from events.registration.models import Registration
from tests.factories import EventPageFactory
from tests.registration.helpers import with_registration

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        "postgresql" not in settings.DATABASES["default"]["ENGINE"],
        reason="row locks need PostgreSQL (SQLite locks the whole file; CI runs on PostgreSQL)",
    ),
]

VISITORS = 6


@pytest.fixture
def last_place_event(transactional_db, calendar_page):
    return calendar_page


def slow_count(monkeypatch):
    counted = places._places_left

    def counted_slowly(*args, **kwargs):
        left = counted(*args, **kwargs)
        time.sleep(0.3)
        return left

    monkeypatch.setattr(places, "_places_left", counted_slowly)


def race(url, date):
    """Every visitor sends the form at the same moment, each over their own connection."""
    start = threading.Barrier(VISITORS)
    answers = []

    def visitor(number):
        try:
            start.wait()
            response = Client().post(
                url,
                {
                    "name": f"Gast {number}",
                    "email": "",
                    "phone": f"0211 {number}",
                    "people": "1",
                    "date": date,
                },
            )
            answers.append(response.status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=visitor, args=(number,)) for number in range(VISITORS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return answers


@pytest.mark.parametrize("has_waiting_list", [True, False])
def test_the_last_place_goes_to_one_visitor_only(last_place_event, monkeypatch, has_waiting_list):
    event = with_registration(
        EventPageFactory(parent=last_place_event, title="Ausflug", slug="ausflug"),
        places=1,
        has_waiting_list=has_waiting_list,
    )
    slow_count(monkeypatch)
    answers = race(f"{event.url}register/", "all")
    assert len(answers) == VISITORS
    assert Registration.objects.filter(status=Registration.Status.CONFIRMED).count() == 1
    if has_waiting_list:
        assert Registration.objects.filter(status=Registration.Status.WAITING).count() == VISITORS - 1
        assert sorted(answers) == [302] * VISITORS
    else:
        assert Registration.objects.count() == 1
        # The others are told that the place went meanwhile, and nothing of theirs is stored.
        assert sorted(answers) == [302] + [409] * (VISITORS - 1)

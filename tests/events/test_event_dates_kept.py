"""An event page's list of next dates and its JSON-LD are rendered once per language and kept
(events.templatetags.event_tags), yet never show what is no longer true: a date that ends leaves
both on time, a cancelled date and a registration show at once, with the page cache off and on,
and a preview shows the draft's dates."""

import datetime
import json

import pytest
import time_machine
from bs4 import BeautifulSoup

from events.calendar.models import EventException
from events.registration import places
from events.registration.models import Registration
from tests.factories import EventPageFactory, berlin
from tests.registration.helpers import with_registration
from tests.utils import sql_of

NOW = "2026-11-20 10:00 +0100"


@pytest.fixture
def sprachcafe(calendar_page):
    with time_machine.travel(NOW, tick=False):
        return EventPageFactory(
            parent=calendar_page,
            title="Sprachcafé",
            title_ar="مقهى اللغة",
            start=berlin(2026, 11, 20, 9),
            end=berlin(2026, 11, 20, 11),
            frequency="weekly",
            count=4,
        )


def shown(client, url):
    response = client.get(url, follow=True)
    assert response.status_code == 200, url
    page = BeautifulSoup(response.content, "html.parser")
    dates = [time["datetime"][:10] for time in page.select(".occurrence-dates time")]
    cancelled = [item.time["datetime"][:10] for item in page.select(".occurrence-dates li.is-cancelled")]
    data = json.loads(page.find("script", type="application/ld+json").string)
    return {"dates": dates, "cancelled": cancelled, "json_ld": data}


def dates_read(client, url):
    return sum('"calendar_eventoccurrence"' in sql for sql in sql_of(client, url))


@time_machine.travel(NOW, tick=False)
def test_the_dates_and_json_ld_are_rendered_once_per_language_and_read_back(client, sprachcafe):
    german = shown(client, sprachcafe.url)
    assert german["dates"] == ["2026-11-20", "2026-11-27", "2026-12-04", "2026-12-11"]
    assert german["json_ld"]["startDate"].startswith("2026-11-20T09:00")
    assert dates_read(client, sprachcafe.url) == 0
    assert shown(client, sprachcafe.url) == german
    arabic = shown(client, "/ar" + sprachcafe.url[3:])
    assert arabic["json_ld"]["name"] == "مقهى اللغة" and arabic["dates"] == german["dates"]


def test_a_date_that_ends_leaves_the_list_and_the_json_ld_on_time(client, sprachcafe):
    with time_machine.travel(NOW, tick=False) as traveller:
        assert shown(client, sprachcafe.url)["dates"][0] == "2026-11-20"
        traveller.move_to(berlin(2026, 11, 20, 10, 59))
        assert shown(client, sprachcafe.url)["dates"][0] == "2026-11-20"
        traveller.move_to(berlin(2026, 11, 20, 11, 1))
        later = shown(client, sprachcafe.url)
        assert later["dates"] == ["2026-11-27", "2026-12-04", "2026-12-11"]
        assert later["json_ld"]["startDate"].startswith("2026-11-27T09:00")


@time_machine.travel(NOW, tick=False)
def test_a_cancelled_date_shows_at_once(client, sprachcafe, page_cache_off_and_on):
    assert shown(client, sprachcafe.url)["cancelled"] == []
    sprachcafe.exceptions = [EventException(original_date=datetime.date(2026, 11, 20), kind="cancelled")]
    sprachcafe.save_revision().publish()
    after = shown(client, sprachcafe.url)
    assert after["cancelled"] == ["2026-11-20"]
    assert after["json_ld"]["eventStatus"] == "https://schema.org/EventCancelled"


@time_machine.travel(NOW, tick=False)
def test_a_registration_changes_the_places_left_at_once(client, calendar_page, page_cache_off_and_on):
    event = with_registration(
        EventPageFactory(parent=calendar_page, start=berlin(2026, 11, 24, 18)), places=3
    )
    assert shown(client, event.url)["json_ld"]["remainingAttendeeCapacity"] == 3
    places.place(
        Registration(
            event=event, starts_at=event.start, name="Gruppe", phone="0211 1", people=2, language="de"
        )
    )
    assert shown(client, event.url)["json_ld"]["remainingAttendeeCapacity"] == 1


def test_the_json_ld_says_registration_has_closed_on_time(client, calendar_page):
    with time_machine.travel(NOW, tick=False) as traveller:
        event = with_registration(
            EventPageFactory(parent=calendar_page, start=berlin(2026, 11, 24, 18)),
            places=3,
            closes_hours_before=2,
        )
        assert shown(client, event.url)["json_ld"]["offers"]["availability"] == "https://schema.org/InStock"
        traveller.move_to(berlin(2026, 11, 24, 15, 59))
        assert shown(client, event.url)["json_ld"]["offers"]["availability"] == "https://schema.org/InStock"
        traveller.move_to(berlin(2026, 11, 24, 16, 1))
        assert (
            shown(client, event.url)["json_ld"]["offers"]["availability"] == "https://schema.org/OutOfStock"
        )


@time_machine.travel(NOW, tick=False)
def test_a_preview_shows_the_drafts_dates_and_keeps_nothing(client, sprachcafe):
    client.defaults["HTTP_HOST"] = sprachcafe.get_site().hostname
    assert len(shown(client, sprachcafe.url)["dates"]) == 4
    draft = type(sprachcafe).objects.get(pk=sprachcafe.pk)
    draft.count = 2
    preview = BeautifulSoup(draft.make_preview_request().content, "html.parser")
    assert len(preview.select(".occurrence-dates time")) == 2
    assert len(shown(client, sprachcafe.url)["dates"]) == 4

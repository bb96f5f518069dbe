"""The calendar list's entries are rendered once per language and kept, each as a part of its
event's page (events.templatetags.event_tags.calendar_entries), yet never show what is no longer
true: a cancelled date and a retitled event show at once with the page cache off and on, each
language has entries of its own, and a date that ends leaves the list on time."""

import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup

from django.test.signals import template_rendered

from events.calendar.models import EventException
from home.page_cache import renew
from home.page_cache.fragments import PARTS
from tests.factories import EventPageFactory, berlin

NOW = "2026-11-20 10:00 +0100"
CALENDAR = "/de/veranstaltungen/"
ENTRY = "calendar/includes/occurrence.html"


@pytest.fixture
def sprachcafe(calendar_page):
    with time_machine.travel(NOW, tick=False):
        return EventPageFactory(
            parent=calendar_page,
            title="Sprachcafé",
            title_ar="مقهى اللغة",
            slug_ar="maqha",
            start=berlin(2026, 11, 20, 9),
            end=berlin(2026, 11, 20, 11),
            frequency="weekly",
            count=3,
        )


def entries(client, url=CALENDAR):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser").select_one(".occurrence-list")


def entry_texts(client, url=CALENDAR):
    return [entry.get_text(" ", strip=True) for entry in entries(client, url).select(".occurrence")]


def entries_rendered(client, url=CALENDAR):
    rendered = []

    def count(sender, template, **kwargs):
        if template.name == ENTRY:
            rendered.append(template.name)

    template_rendered.connect(count)
    try:
        entries(client, url)
    finally:
        template_rendered.disconnect(count)
    return len(rendered)


@time_machine.travel(NOW, tick=False)
def test_a_visit_that_finds_the_entries_kept_renders_none(client, sprachcafe):
    assert entries_rendered(client) == 3
    assert entries_rendered(client) == 0
    # The same list either way, byte for byte: kept, and rendered afresh.
    shown = str(entries(client))
    renew({PARTS})
    assert str(entries(client)) == shown
    assert shown.count('class="day-heading"') == 3 and shown.count("Sprachcafé") == 3


@time_machine.travel(NOW, tick=False)
def test_a_cancelled_date_and_a_retitled_event_show_at_once(client, sprachcafe, page_cache_off_and_on):
    assert not any("Abgesagt" in text for text in entry_texts(client))
    sprachcafe.exceptions = [EventException(original_date=datetime.date(2026, 11, 27), kind="cancelled")]
    sprachcafe.save_revision().publish()
    assert ["Abgesagt" in text for text in entry_texts(client)] == [False, True, False]

    sprachcafe.title = "Sprachcafé International"
    sprachcafe.save_revision().publish()
    assert all("Sprachcafé International" in text for text in entry_texts(client))


@time_machine.travel(NOW, tick=False)
def test_each_language_keeps_entries_of_its_own(client, sprachcafe):
    assert "Sprachcafé" in entry_texts(client)[0]
    assert "مقهى اللغة" in entry_texts(client, "/ar/alfaaliyat/")[0]


def test_a_date_that_ends_leaves_the_list_on_time(client, sprachcafe):
    with time_machine.travel(NOW, tick=False) as traveller:
        assert len(entry_texts(client)) == 3
        traveller.move_to(berlin(2026, 11, 20, 11, 1))
        assert len(entry_texts(client)) == 2


@time_machine.travel(NOW, tick=False)
def test_a_list_that_finds_its_entries_kept_reads_no_town_nor_organisation(client, sprachcafe, directory):
    # What only an entry shows (the venue's town, the organisation's name) is read for the entries
    # not kept, in one query for all of them; the list itself reads the dates and their events.
    from organisations.models import Town
    from tests.factories import OrganisationPageFactory
    from tests.utils import tables_read

    EventPageFactory(
        parent=OrganisationPageFactory(parent=directory, title="Anatolia"),
        title="Kulturabend",
        venue_name="Bürgerhaus",
        venue_town=Town.objects.get(slug="hilden"),
        start=berlin(2026, 11, 21, 19),
        end=berlin(2026, 11, 21, 22),
    )
    shown = ('"organisations_town"', '"organisations_organisationpage"')

    def read_for_entries(url):
        # Not the filter form's options, which read the towns and organisations for themselves.
        return [sql for sql in tables_read(client, url, shown) if '"calendar_eventoccurrence"' in sql]

    assert len(read_for_entries(CALENDAR)) == 1
    assert read_for_entries(CALENDAR) == []
    # The day's view shows the same entries, kept by the list's visit.
    assert read_for_entries("/de/veranstaltungen/2026/11/21/") == []
    kulturabend = [text for text in entry_texts(client) if "Kulturabend" in text]
    assert len(kulturabend) == 1 and "Bürgerhaus, Hilden · Anatolia" in kulturabend[0]

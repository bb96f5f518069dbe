"""Pages loaded with some columns deferred (listings, iCal) hold the same values as full ones.

`BasePage.from_db` places a deferred row's values with a mask kept per query instead of Django's
look-up of each column in a list; a misplaced value would show one field's text in another.
"""

import pytest

from events.calendar.models import EventOccurrence, EventPage
from tests.factories import EventPageFactory, OrganisationIndexPageFactory, OrganisationPageFactory

pytestmark = pytest.mark.django_db

SHOWN = ("title", "title_ar", "teaser", "venue_name", "start", "end", "url_path", "organisation_id")


@pytest.fixture
def events(home_page):
    directory = OrganisationIndexPageFactory(parent=home_page)
    organisations = [
        OrganisationPageFactory(parent=directory, title=f"Verein {n}", email=f"verein{n}@example.org")
        for n in range(3)
    ]
    return [
        EventPageFactory(
            # An organisation's events are its subsite's pages.
            parent=organisations[n % 3],
            title=f"Treffen {n}",
            title_ar=f"لقاء {n}",
            teaser=f"Worum es bei Treffen {n} geht.",
            venue_name=f"Saal {n}",
        )
        for n in range(6)
    ]


def test_a_deferred_load_holds_what_a_full_load_holds(events):
    full = {event.pk: event for event in EventPage.objects.all()}
    deferred = EventPage.objects.defer("body", "price", "seo_title").select_related("organisation")
    deferred = deferred.defer("organisation__body", "organisation__short_description")
    for event in deferred:
        assert {"body", "price", "seo_title"} <= event.get_deferred_fields()
        for name in SHOWN:
            assert getattr(event, name) == getattr(full[event.pk], name), name
        number = event.organisation.title.removeprefix("Verein ")
        assert event.organisation.email == f"verein{number}@example.org"
        assert "short_description" in event.organisation.get_deferred_fields()


def test_rows_of_two_deferred_queries_in_turn_keep_their_own_columns(events):
    # Two querysets read row by row in turn, each with its own deferred columns.
    first = iter(EventPage.objects.defer("teaser").order_by("pk"))
    second = iter(EventPage.objects.only("title", "venue_name").order_by("pk"))
    for event in events:
        one, other = next(first), next(second)
        assert (one.pk, one.title, one.venue_name) == (event.pk, event.title, event.venue_name)
        assert (other.pk, other.title, other.venue_name) == (event.pk, event.title, event.venue_name)
        assert "teaser" in one.get_deferred_fields()
        assert "teaser" in other.get_deferred_fields() and "venue_name" not in other.get_deferred_fields()


def test_the_month_grid_cells_read_the_event_titles_of_their_dates(events):
    dates = EventOccurrence.objects.in_cells().order_by("start", "pk")
    assert [date.event.title for date in dates] == [event.title for event in events]

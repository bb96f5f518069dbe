"""The lists select only the columns they show: none is loaded afterwards.

`EventOccurrenceQuerySet.teasers`/`listed`/`in_cells`, `NewsPageQuerySet.teasers` and the
directory's cards (`organisations.directory.listed`) name the columns their templates read; a
template that reads one more would load it for every item (a query each). Every kind of date,
item and card is shown here, in German and in Arabic, and any column loaded after the query
fails the test.
"""

import datetime

import pytest
import time_machine

from events.calendar.models import EventException
from home.page_cache import renew
from home.page_cache.fragments import PARTS
from organisations.models import Town
from tests.factories import (
    EventPageFactory,
    NewsPageFactory,
    OrganisationPageFactory,
    PortalImageFactory,
    berlin,
)

NOW = "2026-11-26 10:00 +0100"


@pytest.fixture
def programme(calendar_page, news_index, directory):
    with time_machine.travel(NOW, tick=False):
        anatolia = OrganisationPageFactory(
            parent=directory,
            title="Anatolia",
            title_ar="الأناضول",
            slug="anatolia",
            logo=PortalImageFactory(),
            # Not confirmed for over a year: its card says so.
            last_checked=datetime.datetime(2025, 9, 1, tzinfo=datetime.UTC),
        )
        anatolia.towns_served.add(Town.objects.get(slug="haan"))
        OrganisationPageFactory(parent=directory, title="Polonia", town=Town.objects.get(slug="haan"))
        EventPageFactory(
            parent=anatolia,
            title="Kulturabend",
            title_ar="أمسية ثقافية",
            teaser_ar="موسيقى وقراءة.",
            start=berlin(2026, 11, 28, 19),
            is_free=False,
            price="5 €",
        )
        EventPageFactory(
            parent=calendar_page,
            title="Vortrag",
            start=berlin(2026, 11, 27, 18),
            is_cancelled=True,
            cancellation_note="Der Referent ist erkrankt.",
        )
        EventPageFactory(
            parent=calendar_page,
            title="Online-Sprechstunde",
            start=berlin(2026, 11, 29, 10),
            venue_name="",
            venue_town=None,
            online_url="https://meet.example.org/sprechstunde",
        )
        EventPageFactory(
            parent=calendar_page,
            title="Fest der Kulturen",
            start=berlin(2026, 12, 12, 0),
            end=berlin(2026, 12, 13, 23, 59),
            all_day=True,
            venue_town=Town.objects.get(slug="ratingen"),
        )
        series = EventPageFactory(
            parent=anatolia,
            title="Sprachcafé",
            start=berlin(2026, 11, 24, 18),
            frequency="weekly",
            count=4,
        )
        series.exceptions = [
            EventException(original_date=datetime.date(2026, 12, 1), kind="cancelled", note="Fällt aus"),
            EventException(
                original_date=datetime.date(2026, 12, 8), kind="moved", new_start=berlin(2026, 12, 9, 18)
            ),
        ]
        series.save_revision().publish()
        NewsPageFactory(
            parent=anatolia,
            title="Neuer Vorstand",
            title_ar="مجلس إدارة جديد",
            date=datetime.date(2026, 11, 20),
            image=PortalImageFactory(credit="Foto: Anatolia e. V."),
        )
        NewsPageFactory(parent=news_index, title="Sommerfest", date=datetime.date(2026, 11, 18))
    return anatolia


@time_machine.travel(NOW, tick=False)
@pytest.mark.parametrize(
    "url",
    [
        "/de/",
        "/ar/",
        "/de/organisationen/anatolia/",
        "/ar/organisationen/anatolia/",
        "/de/veranstaltungen/",
        "/ar/alfaaliyat/",
        "/de/veranstaltungen/?when=week",
        "/de/veranstaltungen/2026/12/1/",
        "/de/veranstaltungen/2026/12/",
        "/ar/alfaaliyat/2026/11/",
        "/de/veranstaltungen/feed/rss/",
        "/ar/alfaaliyat/feed/atom/",
        "/de/organisationen/",
        "/ar/organisationen/?town=haan",
    ],
)
def test_the_lists_show_every_kind_of_date_and_item_from_the_columns_they_selected(
    client, programme, columns_loaded_later, url
):
    client.get(url)  # the caches of the frame and the sites, filled once
    # The home page's and subsites' sections are rendered again, not read back from the cache.
    renew({PARTS})
    columns_loaded_later.clear()
    response = client.get(url, follow=True)
    assert response.status_code == 200
    text = response.content.decode()
    assert any(name in text for name in ("Sprachcafé", "أمسية ثقافية", "Vortrag", "Polonia"))
    assert columns_loaded_later == []

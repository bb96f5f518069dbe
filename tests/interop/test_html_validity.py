"""Every kind of page, in German and in Arabic (right to left), through the Nu HTML Checker.

The checker (vnu.jar from npm) is what the W3C validator runs; zero errors is the bar. All
pages go to one java process, which starts once for the whole batch.
"""

import datetime

import pytest
import time_machine

from django.urls import reverse
from django.utils import translation

from events.calendar.models import EventException
from tests.factories import (
    EventPageFactory,
    NewsPageFactory,
    OrganisationContentPageFactory,
    OrganisationPageFactory,
    PortalImageFactory,
    PressArchivePageFactory,
    PressReleasePageFactory,
    StandardPageFactory,
    berlin,
)
from tests.interop.conftest import nu_html_check

pytestmark = pytest.mark.interop

NOW = "2026-10-01 10:00 +0200"


@pytest.fixture
def portal(home_page, calendar_page, news_index, directory):
    with time_machine.travel(NOW, tick=False):
        StandardPageFactory(
            parent=home_page, title="Über uns", slug="ueber-uns", title_ar="من نحن", show_in_menus=True
        )
        organisation = OrganisationPageFactory(
            parent=directory,
            title="Anatolia",
            slug="anatolia",
            title_ar="أناضول",
            email="info@anatolia.example",
        )
        OrganisationContentPageFactory(parent=organisation, title="Angebote", slug="angebote")
        image = PortalImageFactory()
        event = EventPageFactory(
            parent=organisation,
            title="Sprachcafé",
            slug="sprachcafe",
            title_ar="مقهى اللغة",
            start=berlin(2026, 10, 6, 18),
            frequency="weekly",
            count=8,
            image=image,
        )
        event.exceptions = [
            EventException(original_date=datetime.date(2026, 10, 13), kind="cancelled"),
            EventException(
                original_date=datetime.date(2026, 10, 20), kind="moved", new_start=berlin(2026, 10, 21, 18)
            ),
        ]
        event.save_revision().publish()
        EventPageFactory(
            parent=calendar_page, title="Fest", slug="fest", start=berlin(2026, 10, 10, 0), all_day=True
        )
        NewsPageFactory(parent=news_index, title="Neues Angebot", slug="neues-angebot", image=image)
        NewsPageFactory(
            parent=organisation, title="Vereinsnachricht", title_ar="خبر", slug="vereinsnachricht"
        )
        press = PressArchivePageFactory(parent=home_page)
        PressReleasePageFactory(parent=press, title="Interkulturelle Woche", slug="interkulturelle-woche")
    return organisation


def urls(lang):
    calendar = "alfaaliyat" if lang == "ar" else "veranstaltungen"
    with translation.override(lang):
        forms = [reverse("barrier_report"), reverse("organisation_apply"), f"{reverse('search')}?q=Angebot"]
    return [
        f"/{lang}/",
        f"/{lang}/ueber-uns/",
        f"/{lang}/organisationen/",
        f"/{lang}/organisationen/?town=hilden",
        f"/{lang}/organisationen/anatolia/",
        f"/{lang}/organisationen/anatolia/angebote/",
        f"/{lang}/organisationen/anatolia/contact/",
        f"/{lang}/organisationen/anatolia/sprachcafe/",
        f"/{lang}/organisationen/anatolia/vereinsnachricht/",
        f"/{lang}/{calendar}/",
        f"/{lang}/{calendar}/2026/10/",
        f"/{lang}/{calendar}/2026/10/6/",
        f"/{lang}/{calendar}/archive/",
        f"/{lang}/{calendar}/fest/",
        f"/{lang}/aktuelles/",
        f"/{lang}/aktuelles/neues-angebot/",
        f"/{lang}/presse/",
        f"/{lang}/presse/interkulturelle-woche/",
        *forms,
        f"/{lang}/gibt-es-nicht/",
        f"/{lang}/{calendar}/?town=atlantis",
    ]


def test_every_kind_of_page_in_german_and_arabic_is_valid_html(client, portal, tmp_path):
    documents = {}
    with time_machine.travel(NOW, tick=False):
        for lang in ("de", "ar"):
            for url in urls(lang):
                response = client.get(url)
                assert response.status_code in (200, 400, 404), (url, response.status_code)
                assert response["Content-Type"].startswith("text/html"), url
                documents[url] = response.content
    assert nu_html_check(documents, tmp_path) == {}

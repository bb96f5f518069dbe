"""Lists on event and press pages join with the reader's comma: "،" in Arabic and Persian, ", " in
German; day headings of the calendar too."""

import pytest
from bs4 import BeautifulSoup

from django.utils import translation

from events.press.models import PressTopic
from organisations.models import SpokenLanguage, Town
from tests.factories import (
    EventPageFactory,
    OrganisationPageFactory,
    PressArchivePageFactory,
    PressReleasePageFactory,
)

COMMA = {"de": ", ", "ar": "، ", "fa": "، "}


def text_of(client, url, selector):
    response = client.get(url)
    assert response.status_code == 200, url
    return " ".join(BeautifulSoup(response.content, "html.parser").select_one(selector).get_text().split())


def url_in(language, page):
    with translation.override(language):
        return page.url


@pytest.fixture
def release(home_page, directory):
    archive = PressArchivePageFactory(parent=home_page)
    release = PressReleasePageFactory(
        parent=archive, title="Integrationsrat", dateline=Town.objects.get(slug="hilden")
    )
    release.topics.set(
        [
            PressTopic.objects.create(name="Bildung", slug="bildung"),
            PressTopic.objects.create(name="Kultur", slug="kultur"),
        ]
    )
    release.related_organisations.set(
        [
            OrganisationPageFactory(parent=directory, title="Anadolu e.V."),
            OrganisationPageFactory(parent=directory, title="Bereket e.V."),
        ]
    )
    release.save_revision().publish()
    return release


@pytest.mark.parametrize("language", list(COMMA))
def test_press_release_lists_join_with_the_readers_comma(client, release, language):
    url = url_in(language, release)
    comma = COMMA[language]
    page = BeautifulSoup(client.get(url).content, "html.parser")
    lists = [" ".join(p.get_text().split()) for p in page.select("p")]
    assert any(f"Bildung{comma}Kultur" in text for text in lists), lists
    assert any(f"Anadolu e.V.{comma}Bereket e.V." in text for text in lists), lists
    assert f"{comma.strip()} " in text_of(client, url, ".dateline")


@pytest.mark.parametrize("language", list(COMMA))
def test_event_languages_and_venue_join_with_the_readers_comma(client, calendar_page, language):
    event = EventPageFactory(parent=calendar_page, title="Sprachcafé", venue_name="Bürgerhaus")
    event.event_languages.set(SpokenLanguage.objects.filter(code__in=["ar", "tr"]).order_by("code"))
    event.save_revision().publish()
    comma = COMMA[language]
    languages = text_of(client, url_in(language, event), "dl")
    assert comma.join(["العربية", "Türkçe"]) in languages
    calendar = text_of(client, url_in(language, calendar_page), ".occurrence-list")
    assert f"Bürgerhaus{comma}" in calendar
    # The day's heading: weekday and date with the same comma.
    heading = text_of(client, url_in(language, calendar_page), ".day-heading h3")
    assert comma in heading
    assert language == "de" or "," not in heading

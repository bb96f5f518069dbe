"""The press archive's year counts ("2025 (2)", and from them the list's "Page 1 of N") are counted
once per choice of the other filters and kept (events.press.views.kept_release_years), yet a
release published or unpublished and an organisation's change show at once, with the page
cache off and on."""

import datetime

import pytest
from bs4 import BeautifulSoup

from events.press.models import PressTopic
from tests.factories import OrganisationPageFactory, PressArchivePageFactory, PressReleasePageFactory
from tests.utils import sql_of


@pytest.fixture
def archive(home_page):
    archive = PressArchivePageFactory(parent=home_page)
    integration = PressTopic.objects.create(name="Integration", slug="integration")
    for title, date in (
        ("Sprachcafés im ganzen Kreis", datetime.date(2024, 3, 12)),
        ("Ehrenamtspreis verliehen", datetime.date(2025, 11, 3)),
        ("Förderaufruf für Vereine", datetime.date(2025, 1, 20)),
    ):
        release = PressReleasePageFactory(parent=archive, title=title, release_date=date)
        if date.year == 2025:
            release.topics.set([integration])
            release.save_revision().publish()
    return archive


def years_offered(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    select = BeautifulSoup(response.content, "html.parser").select_one("select[name=year]")
    return [option.get_text(strip=True) for option in select.select("option")][1:]


def years_counted(client, url):
    return sum("EXTRACT" in sql and "GROUP BY" in sql for sql in sql_of(client, url))


def test_the_years_are_counted_once_per_choice_of_the_other_filters(client, archive):
    assert years_offered(client, "/de/presse/") == ["2025 (2)", "2024 (1)"]
    assert years_counted(client, "/de/presse/") == 0
    # Choosing a year or a page reads the same counts.
    assert years_counted(client, "/de/presse/?year=2025") == 0
    assert years_offered(client, "/de/presse/?year=2025&page=1") == ["2025 (2)", "2024 (1)"]
    # Another topic has counts of its own.
    assert years_offered(client, "/de/presse/?topic=integration") == ["2025 (2)"]
    assert years_counted(client, "/de/presse/?topic=integration&year=2025") == 0


def test_a_release_published_or_unpublished_is_counted_at_once(client, archive, page_cache_off_and_on):
    assert years_offered(client, "/de/presse/") == ["2025 (2)", "2024 (1)"]
    release = PressReleasePageFactory(
        parent=archive, title="Jahresbericht", release_date=datetime.date(2026, 2, 1)
    )
    assert years_offered(client, "/de/presse/") == ["2026 (1)", "2025 (2)", "2024 (1)"]
    release.unpublish()
    assert years_offered(client, "/de/presse/") == ["2025 (2)", "2024 (1)"]


def test_an_organisations_release_is_counted_under_its_filter_at_once(
    client, archive, directory, page_cache_off_and_on
):
    anatolia = OrganisationPageFactory(parent=directory, title="Anatolia", slug="anatolia")
    assert years_offered(client, "/de/presse/?organisation=anatolia") == []
    release = archive.get_children().specific().get(title="Sprachcafés im ganzen Kreis")
    release.related_organisations.set([anatolia])
    release.save_revision().publish()
    assert years_offered(client, "/de/presse/?organisation=anatolia") == ["2024 (1)"]

"""The directory's count ("25 organisations" and its pages) is counted once per choice of filters
and kept (organisations.directory.counted_organisations), yet never wrong: a profile published,
unpublished or hidden while stale shows at once with the page cache off and on, a profile that
turns stale overnight leaves a hiding directory's count the next day, each choice of filters has
its own count, and a failing cache only makes the directory count afresh."""

import datetime
import re
from unittest import mock

import time_machine
from bs4 import BeautifulSoup

from organisations.models import OrganisationPage
from organisations.models.freshness import STALE_AFTER
from tests.factories import OrganisationPageFactory, bulk_organisations
from tests.organisation_fixtures import set_hide_stale
from tests.utils import counts_run

NOW = "2026-11-20 10:00 +0100"


def shown_count(client, url):
    """The number the list's heading tells, and how many pages its pagination offers."""
    response = client.get(url)
    assert response.status_code == 200, url
    soup = BeautifulSoup(response.content, "html.parser")
    heading = soup.select_one(".results-heading").get_text()
    pages = soup.select_one(".pagination [aria-current=page]")
    return int(re.findall(r"\d+", heading)[0]), int(re.findall(r"\d+", pages.get_text())[-1]) if pages else 1


def test_the_directory_is_counted_once_per_choice_of_filters(client, directory):
    bulk_organisations(directory, 22, published=True)
    bulk_organisations(directory, 3, "velbert", published=True)
    assert shown_count(client, "/de/organisationen/") == (25, 2)
    # The next visitor, on any page of the same list, is not counted for again…
    assert counts_run(client, "/de/organisationen/") == 0
    assert counts_run(client, "/de/organisationen/?page=2") == 0
    assert shown_count(client, "/de/organisationen/?page=2") == (25, 2)
    # …but a list with other filters has a count of its own, kept too.
    assert shown_count(client, "/de/organisationen/?town=velbert") == (3, 1)
    assert shown_count(client, "/de/organisationen/?town=hilden") == (22, 2)
    assert counts_run(client, "/de/organisationen/?town=velbert") == 0
    # Numbers 2 and 20–24.
    assert shown_count(client, "/de/organisationen/?q=Nummer+2") == (6, 1)


def test_publishing_unpublishing_and_hiding_change_the_count_at_once(
    client, directory, home_page, moderator, page_cache_off_and_on
):
    kept = [OrganisationPageFactory(parent=directory, title=f"Verein {number}") for number in range(20)]
    assert shown_count(client, "/de/organisationen/") == (20, 1)

    added = OrganisationPageFactory(parent=directory, title="Neuer Verein")
    assert shown_count(client, "/de/organisationen/") == (21, 2)
    # The new last page is there, not a "page not found".
    assert client.get("/de/organisationen/?page=2").status_code == 200

    added.unpublish()
    assert shown_count(client, "/de/organisationen/") == (20, 1)
    assert client.get("/de/organisationen/?page=2").status_code == 404

    OrganisationPage.objects.filter(pk=kept[0].pk).update(last_checked=datetime.date(2020, 1, 1))
    set_hide_stale(client, moderator, home_page, hide=True)
    assert shown_count(client, "/de/organisationen/") == (19, 1)


def test_a_profile_that_turns_stale_overnight_leaves_the_hiding_directory_the_next_day(
    client, directory, home_page, moderator
):
    with time_machine.travel(NOW, tick=False) as traveller:
        ageing, _fresh = (OrganisationPageFactory(parent=directory) for _ in range(2))
        # Checked a year ago less a day: stale from tomorrow.
        a_year_ago = datetime.date(2026, 11, 20) - STALE_AFTER + datetime.timedelta(days=1)
        OrganisationPage.objects.filter(pk=ageing.pk).update(last_checked=a_year_ago)
        set_hide_stale(client, moderator, home_page, hide=True)
        assert shown_count(client, "/de/organisationen/") == (2, 1)
        traveller.move_to("2026-11-21 08:00 +0100")
        assert shown_count(client, "/de/organisationen/") == (1, 1)


@time_machine.travel(NOW, tick=False)
def test_a_failing_cache_counts_the_directory_afresh(client, directory):
    bulk_organisations(directory, 25, published=True)
    assert shown_count(client, "/de/organisationen/") == (25, 2)
    with mock.patch("home.page_cache.fragments.cache") as failing:
        failing.get_many.side_effect = ConnectionError("Redis is away")
        failing.set.side_effect = ConnectionError("Redis is away")
        assert counts_run(client, "/de/organisationen/") == 1
        assert shown_count(client, "/de/organisationen/") == (25, 2)

"""One meaning of "an organisation in Hilden" (seated there or serving it): the home page's town
count is the number of cards its link lists, and a card of an organisation seated elsewhere says
that it is active in the town asked for."""

import re

import pytest
from bs4 import BeautifulSoup

from organisations.models import OrganisationPage, Town
from tests.factories import OrganisationPageFactory, bulk_organisations
from tests.utils import count_queries


def towns(*slugs):
    return list(Town.objects.filter(slug__in=slugs))


@pytest.fixture
def organisations(directory):
    hilden, haan, velbert = (Town.objects.get(slug=slug) for slug in ("hilden", "haan", "velbert"))
    OrganisationPageFactory(parent=directory, title="Anadolu Hilden e.V.", town=hilden)
    OrganisationPageFactory(
        parent=directory, title="Bereket Haan e.V.", town=haan, towns_served=towns("hilden")
    )
    OrganisationPageFactory(
        parent=directory,
        title="Cemiyet Velbert e.V.",
        town=velbert,
        towns_served=towns("hilden", "haan", "velbert"),
    )
    OrganisationPageFactory(
        parent=directory, title="Dostluk Erkrath e.V.", town=Town.objects.get(slug="erkrath")
    )


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def town_chips(client):
    """{link: count} of the home page's towns."""
    chips = soup_of(client, "/de/").select("#home-organisations ~ .chip-list a.chip")
    return {chip["href"]: int(re.search(r"\((\d+)\)", chip.get_text()).group(1)) for chip in chips}


def test_each_town_count_is_the_number_of_cards_its_link_lists(client, organisations):
    chips = town_chips(client)
    assert sorted(chips.values()) == [1, 1, 2, 3], chips
    for link, count in chips.items():
        cards = soup_of(client, link).select(".organisation-list .organisation-card")
        assert len(cards) == count, link


def test_cards_of_organisations_seated_elsewhere_say_they_are_active_in_the_town(client, organisations):
    cards = soup_of(client, "/de/organisationen/?town=hilden").select(".organisation-card")
    assert [card.h3.get_text(strip=True) for card in cards if card.select(".served-town")] == [
        "Bereket Haan e.V.",
        "Cemiyet Velbert e.V.",
    ]
    assert "Hilden" in cards[1].select_one(".served-town").get_text()
    # Without the town filter a card names only the seat.
    assert not soup_of(client, "/de/organisationen/").select(".served-town")


def test_home_page_queries_do_not_grow_with_organisations_and_their_towns(client, directory):
    def add(count):
        bulk_organisations(directory, count, town_slug="velbert")
        through = OrganisationPage.towns_served.through
        served = towns("hilden", "haan")
        through.objects.bulk_create(
            [
                through(organisationpage=organisation, town=town)
                for organisation in OrganisationPage.objects.all()
                for town in served
            ],
            ignore_conflicts=True,
        )

    add(5)
    few = count_queries(client, "/de/")
    assert town_chips(client) == {
        "/de/organisationen/?town=haan": 5,
        "/de/organisationen/?town=hilden": 5,
        "/de/organisationen/?town=velbert": 5,
    }
    add(45)
    assert count_queries(client, "/de/") == few
    assert set(town_chips(client).values()) == {50}

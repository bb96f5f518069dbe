"""An organisation's subsite: profile, navigation, languages, JSON-LD, protected email."""

import json

import pytest
from bs4 import BeautifulSoup

from django.db import connection
from django.test.utils import CaptureQueriesContext

from organisations.models import OrganisationContentPage, OrganisationSocialLink, SpokenLanguage, Town
from organisations.signals import refresh_organisation_after_move
from tests.factories import OrganisationContentPageFactory, OrganisationPageFactory
from tests.utils import count_queries


@pytest.fixture
def subsite(directory):
    organisation = OrganisationPageFactory(
        parent=directory,
        title="Anatolia Kulturverein Hilden",
        slug="anatolia",
        title_tr="Anatolia Kültür Derneği Hilden",
        slug_tr="anatolia-tr",
        short_description="Kultur, Sprache und Begegnung in Hilden.",
        short_description_tr="Hilden'de kültür, dil ve buluşma.",
        street="Mittelstraße 12",
        postcode="40721",
        email="kontakt@anatolia.example",
        phone="02103 5550123",
        website="https://anatolia.example",
        office_hours="Dienstag 17–20 Uhr",
        founded_year=1987,
        publication_languages=["tr"],
        spoken_languages=list(SpokenLanguage.objects.filter(code__in=["de", "tr"])),
    )
    organisation.towns_served.set(Town.objects.filter(slug__in=["hilden", "haan"]))
    organisation.social_links = [
        OrganisationSocialLink(platform="instagram", url="https://instagram.example/anatolia")
    ]
    organisation.save_revision().publish()
    OrganisationContentPageFactory(
        parent=organisation, title="Angebote", slug="angebote", title_tr="Hizmetler", slug_tr="hizmetler"
    )
    OrganisationContentPageFactory(parent=organisation, title="Jugendgruppe", slug="jugendgruppe")
    return organisation


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def test_subsite_shows_the_profile(client, subsite):
    soup = soup_of(client, "/de/organisationen/anatolia/")
    aside = soup.select_one(".subsite-aside").get_text(" ", strip=True)
    for text in (
        "Mittelstraße 12",
        "40721 Hilden",
        "02103 5550123",
        "anatolia.example",
        "Dienstag 17–20 Uhr",
        "1987",
        "Türkçe",
        "Haan",
        "Instagram",
    ):
        assert text in aside
    assert soup.h1.get_text(strip=True) == "Anatolia Kulturverein Hilden"


def test_subsite_navigation_lists_its_own_pages(client, subsite):
    nav = soup_of(client, "/de/organisationen/anatolia/angebote/").select_one(".subsite-nav")
    labels = [a.get_text(strip=True) for a in nav.select("a")]
    assert labels == ["Übersicht", "Angebote", "Jugendgruppe", "Kontakt"]
    assert nav.find("a", attrs={"aria-current": "page"}).get_text() == "Angebote"


@pytest.mark.parametrize(
    ("url", "links"),
    [
        (
            "/de/organisationen/anatolia/jugendgruppe/",
            {
                "Angebote": "/de/organisationen/anatolia/angebote/",
                "Jugendgruppe": "/de/organisationen/anatolia/jugendgruppe/",
            },
        ),
        (
            "/tr/kuruluslar/anatolia-tr/",
            {
                "Hizmetler": "/tr/kuruluslar/anatolia-tr/hizmetler/",
                "Jugendgruppe": "/tr/kuruluslar/anatolia-tr/jugendgruppe/",
            },
        ),
    ],
)
def test_the_navigation_reads_only_the_titles_and_addresses_it_selected(
    client, subsite, url, links, columns_loaded_later
):
    nav = soup_of(client, url).select_one(".subsite-nav")
    shown = {a.get_text(strip=True): a["href"] for a in nav.select("a")[1:-1]}
    assert shown == links
    assert columns_loaded_later == []


def test_switcher_offers_german_and_the_organisations_languages(client, subsite):
    soup = soup_of(client, "/de/organisationen/anatolia/angebote/")
    links = {a["lang"]: a["href"] for a in soup.select("nav.language-switcher a")}
    assert links == {
        "de": "/de/organisationen/anatolia/angebote/",
        "tr": "/tr/kuruluslar/anatolia-tr/hizmetler/",
    }


def test_other_languages_fall_back_to_german(client, subsite):
    soup = soup_of(client, "/ar/organisationen/anatolia/jugendgruppe/")
    assert soup.html["dir"] == "rtl"
    assert soup.select_one("article")["lang"] == "de"
    assert soup.select_one(".fallback-notice")


def test_email_is_not_in_the_html_as_an_address(client, subsite):
    response = client.get("/de/organisationen/anatolia/")
    assert b"kontakt@anatolia.example" not in response.content
    assert b"mailto:" not in response.content
    link = BeautifulSoup(response.content, "html.parser").select_one("a.protected-email")
    assert link["href"] == "/de/organisationen/anatolia/contact/"
    assert link["data-user"][::-1] + "@" + link["data-domain"][::-1] == "kontakt@anatolia.example"


def test_json_ld_organization(client, subsite):
    soup = soup_of(client, "/de/organisationen/anatolia/")
    data = json.loads(soup.find("script", type="application/ld+json").string)
    assert data["@type"] == "Organization"
    assert data["name"] == "Anatolia Kulturverein Hilden"
    assert data["url"] == "http://testserver/de/organisationen/anatolia/"
    assert data["address"]["postalCode"] == "40721"
    assert data["address"]["addressLocality"] == "Hilden"
    assert set(data["knowsLanguage"]) == {"de", "tr"}
    assert "https://instagram.example/anatolia" in data["sameAs"]
    assert data["foundingDate"] == "1987"
    assert "email" not in data


def test_json_ld_cannot_be_broken_out_of(client, directory):
    OrganisationPageFactory(
        parent=directory, title="Evil", slug="evil", short_description="</script><script>alert(1)</script>"
    )
    html = client.get("/de/organisationen/evil/").content.decode()
    assert "</script><script>alert(1)" not in html


def test_subsite_query_count_does_not_grow_with_its_pages(client, subsite):
    def add_pages(count):
        for _ in range(count):
            OrganisationContentPageFactory(parent=subsite)

    add_pages(3)
    overview = count_queries(client, "/de/organisationen/anatolia/")
    page = count_queries(client, "/de/organisationen/anatolia/angebote/")
    add_pages(45)
    assert count_queries(client, "/de/organisationen/anatolia/") == overview
    assert count_queries(client, "/de/organisationen/anatolia/angebote/") == page


def test_content_pages_know_their_organisation(subsite):
    page = subsite.get_children().first().specific
    assert page.organisation_id == subsite.pk


def test_a_moved_section_belongs_to_its_new_organisation_in_as_many_queries_for_5_or_50_pages(directory):
    taker = OrganisationPageFactory(parent=directory, title="Nehmer", slug="nehmer")

    def move_section(count):
        giver = OrganisationPageFactory(parent=directory, title=f"Geber {count}", slug=f"geber-{count}")
        section = OrganisationContentPageFactory(
            parent=giver, title=f"Bereich {count}", slug=f"bereich-{count}"
        )
        for _ in range(count):
            OrganisationContentPageFactory(parent=section)
        section.move(taker, pos="last-child")
        moved = OrganisationContentPage.objects.get(pk=section.pk)
        in_section = OrganisationContentPage.objects.filter(path__startswith=moved.path)
        in_section.update(organisation_id=giver.pk)
        with CaptureQueriesContext(connection) as queries:
            refresh_organisation_after_move(sender=OrganisationContentPage, instance=moved)
        assert set(in_section.values_list("organisation_id", flat=True)) == {taker.pk}
        return len(queries)

    assert move_section(5) == move_section(50)


def test_home_page_shows_the_organisations_section(client, subsite):
    soup = soup_of(client, "/de/")
    section = soup.find("section", attrs={"aria-labelledby": "home-organisations"})
    assert "Organisationen in Ihrer Nähe" in section.get_text()
    assert section.find("a", href="/de/organisationen/?town=hilden")
    assert section.find("a", href="/de/organisation-anmelden/")

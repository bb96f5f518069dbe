"""An organisation's subsite header (its pages' navigation) and its profile are rendered once per
language and kept (organisations.templatetags.organisation_tags), yet never show what is no
longer true: the link to the page shown is marked on every visit, and a page published,
unpublished or made private, a changed profile or a renamed town show at once, with the page
cache off and on; a preview shows the draft and keeps nothing."""

import pytest
from bs4 import BeautifulSoup

from wagtail.models import PageViewRestriction

from organisations.models import OrganisationSocialLink, SpokenLanguage, Town
from tests.factories import (
    EventPageFactory,
    OrganisationContentPageFactory,
    OrganisationPageFactory,
    PortalImageFactory,
)
from tests.utils import sql_of

PROFILE_TABLES = (
    "organisations_organisationpage_towns_served",
    "organisations_organisationpage_spoken_languages",
    "organisations_organisationsociallink",
    "organisations_organisationpage_fields_of_activity",
    "organisations_organisationpage_communities",
    "organisations_organisationcontentpage",
)


@pytest.fixture
def anatolia(directory):
    organisation = OrganisationPageFactory(
        parent=directory,
        title="Anatolia",
        title_ar="الأناضول",
        slug="anatolia",
        email="kontakt@anatolia.example",
        street="Mittelstraße 12",
        postcode="40721",
        spoken_languages=list(SpokenLanguage.objects.filter(code__in=["de", "tr"])),
    )
    OrganisationContentPageFactory(parent=organisation, title="Angebote", title_ar="خدمات", slug="angebote")
    EventPageFactory(parent=organisation, title="Kulturabend", slug="kulturabend")
    return organisation


def visit(client, url):
    response = client.get(url, follow=True)
    assert response.status_code == 200, url
    page = BeautifulSoup(response.content, "html.parser")
    nav = page.select_one(".subsite-nav")
    header = page.select_one(".subsite-header")
    profile = page.select_one(".subsite-aside")
    return {
        "header": header.get_text(" ", strip=True),
        "nav": [link.get_text(strip=True) for link in nav.select("a")],
        "current": [link.get_text(strip=True) for link in nav.select("a[aria-current=page]")],
        "marks": nav.select("[data-subsite-link]"),
        "profile": profile.get_text(" ", strip=True) if profile else None,
        "json_ld": page.find(
            "script", type="application/ld+json", string=lambda text: "Organization" in text
        ),
    }


def tables_read(client, url):
    return {table for sql in sql_of(client, url) for table in PROFILE_TABLES if f'"{table}"' in sql}


def test_the_header_and_profile_are_read_back_and_the_page_shown_is_marked(client, anatolia):
    pages = {
        "/de/organisationen/anatolia/": ["Übersicht"],
        "/de/organisationen/anatolia/angebote/": ["Angebote"],
        "/de/organisationen/anatolia/contact/": ["Kontakt"],
        "/de/organisationen/anatolia/kulturabend/": [],
    }
    for url, current in pages.items():
        shown = visit(client, url)
        assert shown["nav"] == ["Übersicht", "Angebote", "Kontakt"]
        assert shown["current"] == current, url
        assert shown["marks"] == []
    # Read back: neither the profile's lists nor the navigation's pages are read again.
    assert tables_read(client, "/de/organisationen/anatolia/") == set()
    assert tables_read(client, "/de/organisationen/anatolia/kulturabend/") == set()
    profile = visit(client, "/de/organisationen/anatolia/")
    assert "Türkçe" in profile["profile"] and '"knowsLanguage": ["de", "tr"]' in profile["json_ld"].string
    # In Arabic, rendered in Arabic.
    assert visit(client, "/ar/organisationen/anatolia/")["nav"][1] == "خدمات"


def test_a_page_published_unpublished_or_made_private_shows_in_the_navigation_at_once(
    client, anatolia, page_cache_off_and_on
):
    assert visit(client, "/de/organisationen/anatolia/kulturabend/")["nav"] == [
        "Übersicht",
        "Angebote",
        "Kontakt",
    ]
    youth = OrganisationContentPageFactory(parent=anatolia, title="Jugendgruppe", slug="jugendgruppe")
    assert visit(client, "/de/organisationen/anatolia/kulturabend/")["nav"] == [
        "Übersicht",
        "Angebote",
        "Jugendgruppe",
        "Kontakt",
    ]
    PageViewRestriction.objects.create(page=youth, restriction_type="login")
    assert visit(client, "/de/organisationen/anatolia/")["nav"] == ["Übersicht", "Angebote", "Kontakt"]
    anatolia.get_children().get(slug="angebote").specific.unpublish()
    assert visit(client, "/de/organisationen/anatolia/kulturabend/")["nav"] == ["Übersicht", "Kontakt"]


def test_a_changed_profile_and_a_renamed_town_show_at_once(client, anatolia, page_cache_off_and_on):
    assert "Instagram" not in visit(client, "/de/organisationen/anatolia/")["profile"]
    anatolia.social_links = [
        OrganisationSocialLink(platform="instagram", url="https://instagram.example/anatolia")
    ]
    anatolia.save_revision().publish()
    shown = visit(client, "/de/organisationen/anatolia/")
    assert "Instagram" in shown["profile"] and "instagram.example" in shown["json_ld"].string

    town = Town.objects.get(pk=anatolia.town_id)
    town.name_de = "Neustadt am Rhein"
    town.save()
    assert "Neustadt am Rhein" in visit(client, "/de/organisationen/anatolia/angebote/")["header"]
    assert "Neustadt am Rhein" in visit(client, "/de/organisationen/anatolia/")["profile"]


def test_a_preview_shows_the_draft_and_visitors_keep_the_published_profile(client, anatolia):
    client.defaults["HTTP_HOST"] = anatolia.get_site().hostname
    assert "Facebook" not in visit(client, anatolia.url)["profile"]

    draft = type(anatolia).objects.get(pk=anatolia.pk)
    draft.title_de = "Anatolia e. V."
    draft.social_links = [
        OrganisationSocialLink(platform="facebook", url="https://facebook.example/anatolia")
    ]
    preview = BeautifulSoup(draft.make_preview_request().content, "html.parser")
    assert "Facebook" in preview.select_one(".subsite-aside").get_text()
    assert "Anatolia e. V." in preview.select_one(".subsite-header").get_text()

    published = BeautifulSoup(client.get(anatolia.url).content, "html.parser")
    assert "Facebook" not in published.select_one(".subsite-aside").get_text()
    assert "Anatolia e. V." not in published.select_one(".subsite-header").get_text()


def test_a_visit_that_finds_the_header_kept_reads_no_pictures(client, directory):
    organisation = OrganisationPageFactory(
        parent=directory,
        title="Anatolia",
        slug="anatolia",
        logo=PortalImageFactory(),
        cover_image=PortalImageFactory(),
    )
    event = EventPageFactory(parent=organisation, title="Kulturabend", slug="kulturabend")
    for url in ("/de/organisationen/anatolia/", event.url):
        first = sql_of(client, url)
        assert any('"home_portalrendition"' in sql for sql in first), url
        header = visit(client, url)["header"]
        # The header and the JSON-LD are kept: their pictures' sizes are not read again.
        assert not any('"home_portalrendition"' in sql for sql in sql_of(client, url)), url
        assert visit(client, url)["header"] == header and "Anatolia" in header

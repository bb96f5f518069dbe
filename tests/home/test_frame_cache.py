"""Main menu and footer are rendered once per language (home/page_cache/fragments.py), yet a
visitor never sees a stale one: publishing, unpublishing, renaming, moving, making private and
changing the settings show at once, in every language, with the page cache off as well as on."""

import pytest
from bs4 import BeautifulSoup

from django.test import override_settings

from home.models import PortalSettings
from tests.factories import StandardPageFactory


@pytest.fixture
def portal(home_page):
    about = StandardPageFactory(
        parent=home_page, title="Über uns", slug="ueber-uns", title_tr="Hakkımızda", show_in_menus=True
    )
    contact = StandardPageFactory(parent=home_page, title="Kontakt", slug="kontakt", show_in_menus=True)
    return {"home": home_page, "about": about, "contact": contact}


def menu(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    links = BeautifulSoup(response.content, "html.parser").select(".main-menu nav a")
    return [(link.get_text(strip=True), link.get("aria-current")) for link in links]


def footer(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser").find("footer")


def test_a_published_page_joins_the_menu_at_once(client, portal, page_cache_off_and_on):
    assert ("Kontakt", None) in menu(client, "/de/ueber-uns/")
    news = StandardPageFactory(parent=portal["home"], title="Neuigkeiten", slug="neu", show_in_menus=False)
    news.show_in_menus = True
    news.save_revision().publish()
    # Another page than the one visited before: not answered by the page cache.
    assert ("Neuigkeiten", None) in menu(client, "/de/kontakt/")
    assert ("Neuigkeiten", None) in menu(client, "/de/ueber-uns/")


def test_a_renamed_menu_page_is_named_anew_in_every_language(client, portal, page_cache_off_and_on):
    assert ("Hakkımızda", "page") in menu(client, "/tr/ueber-uns/")
    assert ("Über uns", None) in menu(client, "/de/kontakt/")
    about = portal["about"]
    about.title_de = "Wer wir sind"
    about.title_tr = "Biz kimiz"
    about.save_revision().publish()
    assert ("Biz kimiz", "page") in menu(client, "/tr/ueber-uns/")
    assert ("Wer wir sind", None) in menu(client, "/de/kontakt/")


def test_an_unpublished_or_private_page_leaves_the_menu_at_once(client, portal, page_cache_off_and_on):
    from wagtail.models import PageViewRestriction

    assert [name for name, _ in menu(client, "/de/")] == ["Startseite", "Über uns", "Kontakt"]
    portal["contact"].unpublish()
    assert [name for name, _ in menu(client, "/de/")] == ["Startseite", "Über uns"]
    PageViewRestriction.objects.create(page=portal["about"], restriction_type="login")
    assert [name for name, _ in menu(client, "/de/")] == ["Startseite"]


def test_the_menu_marks_where_each_visitor_is(client, portal, page_cache_off_and_on):
    child = StandardPageFactory(parent=portal["about"], title="Team", slug="team")
    assert ("Über uns", "page") in menu(client, "/de/ueber-uns/")
    assert ("Über uns", "true") in menu(client, "/de/ueber-uns/team/")
    assert ("Kontakt", "page") in menu(client, "/de/kontakt/")
    marked = [entry for entry in menu(client, "/de/kontakt/") if entry[1]]
    assert marked == [("Kontakt", "page")]
    assert ("Startseite", "page") in menu(client, "/de/")
    assert child.title == "Team"


def test_settings_and_legal_pages_in_the_footer_change_at_once(client, portal, page_cache_off_and_on):
    imprint = StandardPageFactory(parent=portal["about"], title="Impressum", slug="impressum")
    portal_settings = PortalSettings.for_site(portal["home"].get_site())
    portal_settings.imprint_page = imprint
    portal_settings.save()
    link = footer(client, "/de/").find("a", href="/de/ueber-uns/impressum/")
    assert link.get_text(strip=True) == "Impressum"

    portal_settings.integration_office_name_de = "Sachgebiet Integration"
    portal_settings.save()
    assert "Sachgebiet Integration" in footer(client, "/de/kontakt/").get_text()

    # A legal page deeper in the tree: its new title shows in the footer of every page.
    imprint.title_de = "Impressum und Kontakt"
    imprint.save_revision().publish()
    link = footer(client, "/de/").find("a", href="/de/ueber-uns/impressum/")
    assert link.get_text(strip=True) == "Impressum und Kontakt"


def test_each_language_gets_its_own_frame(client, portal, page_cache_off_and_on):
    german, arabic = footer(client, "/de/"), footer(client, "/ar/")
    assert all(link["href"].startswith("/de/") for link in german.select("nav a"))
    assert all(link["href"].startswith("/ar/") for link in arabic.select("nav a"))
    assert german.get_text() != arabic.get_text()
    assert next(name for name, _ in menu(client, "/ar/")) == "الرئيسية"


@override_settings(PAGE_CACHE_SECONDS=0)
def test_the_parts_of_the_frame_come_with_their_tags_versions_in_one_round_trip(client, portal, cache_calls):
    """The menu and the footer from the cache: one call to Redis for both, not one for each
    fragment and another for the versions it must be checked against (~0.1 ms each on a
    loopback). The first visit of an address asks for each as it comes; the next, for what the
    first asked for at once."""
    assert ("Kontakt", None) in menu(client, "/de/ueber-uns/")
    cache_calls.clear()
    assert ("Kontakt", None) in menu(client, "/de/ueber-uns/")
    fragments = [keys for keys in cache_calls if any(":fragment:" in key for key in keys)]
    versions_alone = [keys for keys in cache_calls if all(key.startswith("pagecache:tag:") for key in keys)]
    assert len(fragments) == 1 and versions_alone == []
    assert sum(":fragment:" in key for key in fragments[0]) == 2


def test_a_shared_part_holding_a_forms_token_or_a_scripts_nonce_is_never_kept(db):
    from home.page_cache.fragments import shared_fragment

    rendered = []

    def part(name, html):
        def render():
            rendered.append(name)
            return html, None

        return shared_fragment(None, name, {"site"}, render)

    parts = {
        "form": '<form method="post"><input type="hidden" name="csrfmiddlewaretoken" value="a1b2"></form>',
        "script": '<script nonce="c3d4">start()</script>',
        "list": "<ul><li>Hilden (3)</li></ul>",
    }
    for _visitor in range(2):
        for name, html in parts.items():
            assert part(name, html) == html
    assert rendered == ["form", "script", "list", "form", "script"]

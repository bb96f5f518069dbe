"""The home page, standard pages, menu, footer and the shared body blocks."""

import pytest
from bs4 import BeautifulSoup

from django.core.files.base import ContentFile

from wagtail.documents.models import Document
from wagtail.rich_text import RichText

from home.models import PortalHomePage, PortalSettings, StandardPage
from tests.factories import PortalImageFactory, StandardPageFactory
from tests.utils import count_queries


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def test_home_page_shows_hero_in_visitors_language(client, home_page):
    soup = soup_of(client, "/tr/")
    assert soup.h1.get_text(strip=True) == "Mettmann ilçesindeki göçmen kuruluşları"
    assert soup.select_one(".hero .lead")["lang"] == "de"  # hero text not translated


def test_home_page_featured_content_links_to_pages(client, home_page):
    about = StandardPageFactory(parent=home_page, title="Über uns", slug="ueber-uns")
    home_page.featured = [
        (
            "feature",
            {"heading": "Mitmachen", "text": "So machen Sie mit.", "page": about, "url": "", "image": None},
        )
    ]
    home_page.save_revision().publish()
    soup = soup_of(client, "/de/")
    card = soup.select_one(".featured .card")
    assert card.h3.a["href"] == "/de/ueber-uns/"
    assert "So machen Sie mit." in card.get_text()


def test_menu_comes_from_the_page_tree(client, home_page):
    StandardPageFactory(parent=home_page, title="Im Menü", slug="im-menue", show_in_menus=True)
    StandardPageFactory(parent=home_page, title="Nicht im Menü", slug="nicht-im-menue", show_in_menus=False)
    StandardPageFactory(parent=home_page, title="Entwurf", slug="entwurf", show_in_menus=True, live=False)
    menu = soup_of(client, "/de/").select_one(".main-menu nav")
    labels = [a.get_text(strip=True) for a in menu.select("a")]
    assert labels == ["Startseite", "Im Menü"]


def test_current_menu_entry_is_marked(client, home_page):
    StandardPageFactory(parent=home_page, title="Im Menü", slug="im-menue", show_in_menus=True)
    link = soup_of(client, "/de/im-menue/").select_one('.main-menu a[href="/de/im-menue/"]')
    assert link["aria-current"] == "page"


def test_footer_shows_contacts_and_legal_links_from_site_settings(client, home_page):
    imprint = StandardPageFactory(parent=home_page, title="Impressum", slug="impressum")
    settings = PortalSettings.for_site(home_page.get_site())
    settings.integration_office_name_de = "Kreis Mettmann – Sachgebiet Integration"
    settings.integration_office_email = "integration@example.org"
    settings.press_office_phone = "02104 99-0"
    settings.imprint_page = imprint
    settings.save()
    footer = soup_of(client, "/de/").find("footer")
    assert "Kreis Mettmann – Sachgebiet Integration" in footer.get_text()
    assert footer.find("a", href="mailto:integration@example.org")
    assert footer.find("a", href="tel:0210499-0")
    assert footer.find("a", href="/de/impressum/").get_text(strip=True) == "Impressum"
    assert footer.find("a", href="/de/barriere-melden/")


# A page object looks up its content type when it is made: from the database unless an earlier
# test in the same worker warmed Django's cache of content types.
@pytest.mark.django_db
def test_page_types_declare_their_place_in_the_tree():
    assert StandardPage.can_create_at(PortalHomePage())
    assert not PortalHomePage.can_create_at(StandardPage())
    assert [m.__name__ for m in StandardPage.allowed_subpage_models()] == ["StandardPage"]


@pytest.fixture
def page_with_every_block(home_page):
    # Wide enough for each width of the srcset: a narrower image is not enlarged and gets fewer.
    image = PortalImageFactory(credit="Foto: Verein Beispiel", file__width=1600, file__height=900)
    document = Document(title="Programm 2026")
    document.file.save("programm.pdf", ContentFile(b"%PDF-1.4 " + b"x" * 2048), save=False)
    document.save()
    page = StandardPageFactory(parent=home_page, title="Alle Bausteine", slug="alle-bausteine")
    page.body = [
        ("heading", {"text": "Unsere Angebote", "level": "h2"}),
        ("paragraph", RichText("<p>Ein <b>fetter</b> Absatz.</p>")),
        (
            "image",
            {
                "image": {"image": image, "decorative": False, "alt_text": "Kinder beim Malen"},
                "caption": "Sommerfest",
                "credit": "",
            },
        ),
        ("quote", {"quote": "Gemeinsam sind wir stark.", "attribution": "Vorstand"}),
        (
            "call_to_action",
            {
                "heading": "Mitmachen",
                "text": "",
                "button_label": "Jetzt anmelden",
                "page": None,
                "url": "https://example.org/anmelden",
            },
        ),
        ("document", {"document": document, "label": ""}),
        (
            "table",
            {
                "data": [["Tag", "Uhrzeit"], ["Dienstag", "18 Uhr"]],
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "table_caption": "Öffnungszeiten",
            },
        ),
    ]
    page.save_revision().publish()
    return page


def test_every_body_block_renders(client, page_with_every_block):
    soup = soup_of(client, "/de/alle-bausteine/")
    stream = soup.select_one(".stream")
    assert stream.find("h2").get_text() == "Unsere Angebote"
    assert stream.find("b").get_text() == "fetter"
    figure = stream.select_one("figure.captioned-image")
    assert figure.img["alt"] == "Kinder beim Malen"
    assert "srcset" in figure.img.attrs
    assert "Sommerfest" in figure.figcaption.get_text()
    assert "Foto: Verein Beispiel" in figure.figcaption.get_text()  # credit from the image
    assert stream.find("blockquote").get_text(strip=True) == "Gemeinsam sind wir stark."
    assert stream.select_one(".call-to-action a")["href"] == "https://example.org/anmelden"
    document_link = stream.select_one(".document-link")
    assert "Programm 2026" in document_link.a.get_text()
    assert "PDF" in document_link.get_text() and "KB" in document_link.get_text()
    table = stream.find("table")
    assert table.caption.get_text() == "Öffnungszeiten"
    assert [th.get_text() for th in table.select("thead th")] == ["Tag", "Uhrzeit"]
    assert table.select_one("th")["scope"] == "col"


def test_embed_loads_nothing_before_consent(client, home_page, monkeypatch):
    from wagtail.embeds import embeds

    monkeypatch.setattr(
        embeds,
        "get_embed",
        lambda url, *args, **kwargs: type(
            "E",
            (),
            {
                "html": '<iframe src="https://www.youtube-nocookie.com/embed/x"></iframe>',
                "provider_name": "YouTube",
                "is_responsive": False,
                "ratio": None,
            },
        )(),
    )
    page = StandardPageFactory(parent=home_page, title="Video", slug="video")
    page.body = [
        ("embed", {"url": "https://www.youtube.com/watch?v=x", "title": "Sommerfest 2026", "caption": ""})
    ]
    page.save_revision().publish()
    soup = soup_of(client, "/de/video/")
    embed = soup.select_one("[data-external-embed]")
    # The iframe sits inert in a <template>; before the click only a button and a link.
    assert embed.find("iframe").find_parent("template") is not None
    assert embed.select_one("button[data-load-embed]")
    assert "www.youtube.com" in embed.select_one(".embed-consent").get_text()


def test_page_query_count_does_not_grow_with_menu_entries(client, home_page):
    about = StandardPageFactory(parent=home_page, title="Über uns", slug="ueber-uns")

    def add_menu_pages(count):
        for _ in range(count):
            StandardPageFactory(parent=home_page, show_in_menus=True)

    add_menu_pages(5)
    home_with_five = count_queries(client, "/de/")
    page_with_five = count_queries(client, "/tr/ueber-uns/")
    add_menu_pages(45)
    assert count_queries(client, "/de/") == home_with_five
    assert count_queries(client, "/tr/ueber-uns/") == page_with_five
    assert about.pk

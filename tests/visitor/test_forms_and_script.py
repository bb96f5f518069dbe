"""What a visitor reads around forms, credits and contact details, in German and right to left."""

import pytest
from bs4 import BeautifulSoup

from home.models import PortalSettings
from organisations.models import Town
from tests.factories import OrganisationPageFactory, PortalImageFactory, StandardPageFactory


@pytest.fixture
def organisation(directory):
    return OrganisationPageFactory(
        parent=directory,
        title="Deutsch-Türkischer Kulturverein",
        slug="dtk",
        phone="02103 5550123",
        street="Mittelstraße 12",
        postcode="40721",
        towns_served=list(Town.objects.filter(slug__in=["hilden", "haan"])),
    )


@pytest.fixture
def privacy(home_page):
    page = StandardPageFactory(
        parent=home_page, title="Datenschutzerklärung", title_ar="سياسة الخصوصية", slug="datenschutz"
    )
    settings = PortalSettings.for_site(home_page.get_site())
    settings.privacy_page = page
    settings.save()
    return page


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def test_contact_page_heading_and_privacy_link(client, organisation, privacy):
    soup = soup_of(client.get("/de/organisationen/dtk/contact/"))
    assert soup.h1.get_text(strip=True) == "Nachricht schreiben"
    form = soup.select_one("main form")
    assert form.find("a", string="Datenschutzerklärung")["href"] == "/de/datenschutz/"


def test_error_summary_links_to_each_field(client, organisation, privacy):
    response = client.post(
        "/de/organisationen/dtk/contact/", {"name": "Ayşe", "email": "kein-at", "message": ""}
    )
    summary = soup_of(response).select_one("[data-error-summary]")
    assert summary["role"] == "alert" and summary["tabindex"] == "-1"
    links = {a["href"]: a.get_text(" ", strip=True) for a in summary.select("a")}
    assert set(links) == {"#id_email", "#id_subject", "#id_message"}
    assert links["#id_email"].startswith("Ihre E-Mail-Adresse:")


def test_phone_and_address_keep_their_order_in_arabic(client, organisation):
    soup = soup_of(client.get("/ar/organisationen/dtk/"))
    phone = soup.select_one('a[href^="tel:"]')
    assert phone.get_text() == "02103 5550123" and phone["dir"] == "ltr"
    address = soup.select_one("aside address")
    assert [bdi.get_text() for bdi in address.find_all("bdi")][:2] == ["Mittelstraße 12", "40721"]
    served = soup.find("dt", string="تنشط في").find_next_sibling("dd").get_text()
    assert "، " in served and ", " not in served


def test_credit_label_is_translated(client, home_page):
    home_page.hero_image = PortalImageFactory(credit="Grafik: mokme-Demo")
    home_page.save_revision().publish()
    assert soup_of(client.get("/de/")).select_one(".hero-credit").get_text() == "Grafik: mokme-Demo"
    assert soup_of(client.get("/ar/")).select_one(".hero-credit").get_text() == "حقوق الصورة: mokme-Demo"
    assert soup_of(client.get("/kmr/")).select_one(".hero-credit").get_text() == "Çavkanî: mokme-Demo"

"""The partners page lists towns, welfare associations, councils and the KI by kind."""

from bs4 import BeautifulSoup

from organisations.models import Partner
from tests.factories import PartnersPageFactory


def test_partners_are_grouped_by_kind(client, home_page):
    PartnersPageFactory(parent=home_page)
    Partner.objects.create(name="Stadt Hilden", kind="town", url="https://www.hilden.de")
    Partner.objects.create(name="Caritasverband", kind="welfare", description="Migrationsberatung")
    Partner.objects.create(name="Kommunales Integrationszentrum", kind="centre")
    soup = BeautifulSoup(client.get("/de/partner/").content, "html.parser")
    sections = {
        section.h2.get_text(): [h3.get_text(strip=True) for h3 in section.select("h3")]
        for section in soup.select("main section")
    }
    assert sections == {
        "Stadt": ["Stadt Hilden"],
        "Wohlfahrtsverband": ["Caritasverband"],
        "Kommunales Integrationszentrum": ["Kommunales Integrationszentrum"],
    }
    assert soup.find("a", href="https://www.hilden.de")

"""axe-core finds no WCAG 2.1 A/AA violation on the portal frame, in German and in Arabic."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from organisations.models import FieldOfActivity, Partner
from tests.factories import (
    OrganisationContentPageFactory,
    OrganisationIndexPageFactory,
    OrganisationPageFactory,
    PartnersPageFactory,
    PortalHomePageFactory,
    PortalImageFactory,
    StandardPageFactory,
)

pytestmark = pytest.mark.browser

WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


@pytest.fixture
def portal(transactional_db):
    home = PortalHomePageFactory(title_ar="الصفحة الرئيسية", hero_heading_ar="منظمات المهاجرين")
    StandardPageFactory(parent=home, title="Über uns", slug="ueber-uns", show_in_menus=True)
    directory = OrganisationIndexPageFactory(parent=home, show_in_menus=True)
    organisation = OrganisationPageFactory(
        parent=directory,
        title="Anatolia Kulturverein",
        slug="anatolia",
        email="kontakt@anatolia.example",
        street="Mittelstraße 12",
        postcode="40721",
        office_hours="Dienstag 17–20 Uhr",
        publication_languages=["ar"],
        logo=PortalImageFactory(),
        cover_image=PortalImageFactory(),
        fields_of_activity=list(FieldOfActivity.objects.filter(slug__in=["culture", "youth"])),
    )
    OrganisationContentPageFactory(parent=organisation, title="Angebote", slug="angebote")
    PartnersPageFactory(parent=home)
    Partner.objects.create(name="Stadt Hilden", kind="town", url="https://www.hilden.de")
    return home


PATHS = [
    "/{lang}/",
    "/{lang}/ueber-uns/",
    "/{lang}/gibt-es-nicht/",
    "/{lang}/organisationen/",
    "/{lang}/organisationen/?town=velbert",
    "/{lang}/organisationen/anatolia/",
    "/{lang}/organisationen/anatolia/angebote/",
    "/{lang}/organisationen/anatolia/contact/",
    "/{lang}/partner/",
]


@pytest.mark.parametrize(
    "path",
    [path.format(lang=lang) for path in PATHS for lang in ("de", "ar")]
    + ["/de/barriere-melden/", "/ar/al-iblagh-an-aaiq/", "/de/organisation-anmelden/", "/ar/tasjil-jamiya/"],
)
@pytest.mark.parametrize("viewport", [{"width": 1280, "height": 900}, {"width": 375, "height": 800}])
def test_no_wcag_violations(page, portal, path, viewport):
    page.set_viewport_size(viewport)
    page.goto(path)
    result = Axe().run(page, options=WCAG_21_AA)
    violations = [(v["id"], [n["target"] for n in v["nodes"]]) for v in result.response["violations"]]
    assert violations == []
    assert page.other_origin_requests == []

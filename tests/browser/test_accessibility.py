"""axe-core finds no WCAG 2.1 A/AA violation on the portal frame, in German and in Arabic."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.factories import PortalHomePageFactory, StandardPageFactory

pytestmark = pytest.mark.browser

WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


@pytest.fixture
def portal(transactional_db):
    home = PortalHomePageFactory(title_ar="الصفحة الرئيسية", hero_heading_ar="منظمات المهاجرين")
    StandardPageFactory(parent=home, title="Über uns", slug="ueber-uns", show_in_menus=True)
    return home


@pytest.mark.parametrize(
    "path", ["/de/", "/ar/", "/de/ueber-uns/", "/ar/ueber-uns/", "/de/barriere-melden/", "/ar/gibt-es-nicht/"]
)
@pytest.mark.parametrize("viewport", [{"width": 1280, "height": 900}, {"width": 375, "height": 800}])
def test_no_wcag_violations(page, portal, path, viewport):
    page.set_viewport_size(viewport)
    page.goto(path)
    result = Axe().run(page, options=WCAG_21_AA)
    violations = [(v["id"], [n["target"] for n in v["nodes"]]) for v in result.response["violations"]]
    assert violations == []
    assert page.other_origin_requests == []

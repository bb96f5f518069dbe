"""A visitor switches from German to Arabic and gets a right-to-left page."""

import pytest
from playwright.sync_api import expect

from tests.factories import PortalHomePageFactory

pytestmark = pytest.mark.browser


@pytest.fixture
def portal(transactional_db):
    return PortalHomePageFactory(
        title_ar="الصفحة الرئيسية", hero_heading_ar="منظمات المهاجرين في مقاطعة ميتمان"
    )


def test_switch_to_arabic_gives_rtl_page_with_translated_skip_link(page, portal):
    page.goto("/de/")
    expect(page.locator("html")).to_have_attribute("dir", "ltr")

    page.get_by_role("navigation", name="Sprache wählen").get_by_role("link", name="العربية").click()

    page.wait_for_url("**/ar/")
    expect(page.locator("html")).to_have_attribute("lang", "ar")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("h1")).to_have_text("منظمات المهاجرين في مقاطعة ميتمان")

    # The skip link is the first thing the keyboard reaches, in Arabic.
    page.keyboard.press("Tab")
    focused = page.locator(":focus")
    expect(focused).to_have_text("انتقل إلى المحتوى")
    expect(focused).to_have_attribute("href", "#main")
    # Mirrored layout: the skip link sits at the right edge in RTL.
    box = focused.bounding_box()
    assert box["x"] > page.viewport_size["width"] / 2

    # The choice is remembered: "/" now leads back to Arabic.
    page.goto("/")
    page.wait_for_url("**/ar/")

    assert page.other_origin_requests == []

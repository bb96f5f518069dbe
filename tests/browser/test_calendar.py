"""A visitor pages through the month grid, in German and in Arabic."""

import pytest
from playwright.sync_api import expect

from django.utils import timezone

from tests.factories import EventCalendarPageFactory, EventPageFactory, PortalHomePageFactory, berlin

pytestmark = pytest.mark.browser


@pytest.fixture
def calendar(transactional_db):
    home = PortalHomePageFactory(title_ar="الصفحة الرئيسية")
    calendar = EventCalendarPageFactory(parent=home, title_ar="الفعاليات", slug_ar="alfaaliyat")
    today = timezone.localdate()
    next_month = (today.replace(day=1) + timezone.timedelta(days=32)).replace(day=10)
    EventPageFactory(
        parent=calendar,
        title="Sprachcafé",
        title_ar="مقهى اللغة",
        start=berlin(today.year, today.month, 15, 18),
    )
    EventPageFactory(
        parent=calendar, title="Sommerfest", start=berlin(next_month.year, next_month.month, 10, 12)
    )
    return {"today": today, "next_month": next_month}


@pytest.mark.parametrize(
    ("path", "next_label", "previous_label", "direction"),
    [
        ("/de/veranstaltungen/", "Nächster Monat", "Vorheriger Monat", "ltr"),
        ("/ar/alfaaliyat/", "الشهر التالي", "الشهر السابق", "rtl"),
    ],
)
def test_paging_through_the_month_grid(page, calendar, path, next_label, previous_label, direction):
    page.goto(path)
    expect(page.locator("html")).to_have_attribute("dir", direction)
    page.get_by_role(
        "navigation", name=page.locator("nav.view-switcher").get_attribute("aria-label")
    ).get_by_role("link").nth(1).click()
    grid = page.locator("table.month-grid")
    expect(grid).to_be_visible()
    expect(grid.locator("caption")).not_to_be_empty()
    expect(grid).to_contain_text("مقهى اللغة" if direction == "rtl" else "Sprachcafé")
    first_caption = grid.locator("caption").inner_text()

    page.get_by_role("link", name=next_label).click()
    expect(page.locator("table.month-grid caption")).not_to_have_text(first_caption)
    expect(page.locator("table.month-grid")).to_contain_text("Sommerfest")

    page.get_by_role("link", name=previous_label).click()
    expect(page.locator("table.month-grid caption")).to_have_text(first_caption)
    # Keyboard users reach the day links inside the grid.
    page.locator("table.month-grid a.day-number").first.focus()
    expect(page.locator(":focus")).to_have_class("day-number")
    assert page.other_origin_requests == []

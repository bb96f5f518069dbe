"""On a phone (390×844) the calendar, the directory and the press archive show their first result
on the first screen: the filters fold behind one button that counts the filters in use. On a
desktop they are open; a filter the list does not understand opens them on a phone too."""

import datetime
import os
from pathlib import Path

import pytest

from django.utils import timezone

from organisations.models import Town
from tests.factories import (
    EventCalendarPageFactory,
    EventPageFactory,
    OrganisationIndexPageFactory,
    OrganisationPageFactory,
    PortalHomePageFactory,
    PressArchivePageFactory,
    PressReleasePageFactory,
)

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}

# Each list with two filters in use, and where its first result is.
LISTS = {
    "calendar": ("/{}/veranstaltungen/?town=hilden&free=on", ".occurrence-list > li:not(.day-heading)"),
    "directory": ("/{}/organisationen/?town=hilden&q=Kulturverein", ".organisation-list > li"),
    "press": ("/{}/presse/?town=hilden&year={year}", ".press-list > li"),
}


@pytest.fixture
def lists(transactional_db):
    home = PortalHomePageFactory()
    hilden = Town.objects.get(slug="hilden")
    directory = OrganisationIndexPageFactory(parent=home, show_in_menus=True)
    for number in range(3):
        OrganisationPageFactory(
            parent=directory, title=f"Deutsch-Türkischer Kulturverein {number} e.V.", town=hilden
        )
    calendar = EventCalendarPageFactory(parent=home, show_in_menus=True)
    for days in (2, 3, 4):
        EventPageFactory(
            parent=calendar,
            title=f"Beratungssprechstunde {days}",
            start=timezone.now() + datetime.timedelta(days=days),
        )
    archive = PressArchivePageFactory(parent=home, show_in_menus=True)
    release = PressReleasePageFactory(
        parent=archive, title="Integrationsrat wählt neuen Vorstand", dateline=hilden
    )
    return {"year": release.release_date.year}


def first_result_top(page, selector):
    return page.locator(selector).first.bounding_box()["y"]


@pytest.mark.parametrize("language", ["de", "ar"])
def test_first_result_on_the_first_screen_of_a_phone(page, lists, language):
    page.set_viewport_size(PHONE)
    for name, (path, first_result) in LISTS.items():
        response = page.goto(path.format(language, year=lists["year"]))
        assert response.status == 200, name
        toggle = page.locator(".filter-panel > summary")
        # One button, counting the two filters in use.
        assert toggle.is_visible(), name
        assert toggle.locator(".filter-count").inner_text() == "(2)", name
        assert page.locator(".filter-panel").get_attribute("open") is None, name
        assert not page.locator(".filter-grid").is_visible(), name
        assert first_result_top(page, first_result) < PHONE["height"], name
        if os.environ.get("MOKME_SCREENSHOT_DIR"):
            folder = Path(os.environ["MOKME_SCREENSHOT_DIR"])
            folder.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(folder / f"390_filters_{language}_{name}.png"))
        # The button opens the filters, with JavaScript or without.
        toggle.click()
        assert page.locator(".filter-grid select").first.is_visible(), name
    assert page.other_origin_requests == []


def test_unfiltered_list_counts_nothing(page, lists):
    page.set_viewport_size(PHONE)
    page.goto("/de/organisationen/")
    assert page.locator(".filter-panel > summary").is_visible()
    assert page.locator(".filter-panel .filter-count").count() == 0


def test_filters_stay_open_on_a_desktop(page, lists):
    page.set_viewport_size(DESKTOP)
    for name, (path, _first_result) in LISTS.items():
        page.goto(path.format("de", year=lists["year"]))
        assert page.locator(".filter-grid select").first.is_visible(), name
        assert page.locator(".filter-form button[type=submit]").count() == 1, name


def test_a_filter_not_understood_opens_the_filters_on_a_phone(page, lists):
    page.set_viewport_size(PHONE)
    for path in (
        "/de/veranstaltungen/?town=atlantis",
        "/de/organisationen/?town=atlantis",
        "/de/presse/?town=atlantis",
    ):
        response = page.goto(path)
        assert response.status == 400, path
        assert page.locator(".filter-panel").get_attribute("open") is not None, path
        town = page.locator(".filter-grid select[name=town]")
        assert town.is_visible(), path


def test_without_javascript_the_button_still_opens_the_filters(browser, live_server, lists):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    page.goto("/de/organisationen/?town=hilden")
    assert not page.locator(".filter-grid").is_visible()
    page.locator(".filter-panel > summary").click()
    assert page.locator(".filter-grid select[name=town]").is_visible()
    context.close()

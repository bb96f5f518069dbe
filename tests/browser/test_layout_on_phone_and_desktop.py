"""At 390 px and 1366 px, in German, Arabic, Persian and Kurmancî: nothing is wider than the screen,
no heading is cut, the month grid keeps every title in its day, and a list's first result is
on the first screen of a phone. MOKME_SCREENSHOT_DIR=<folder> keeps a screenshot of each page."""

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
    PortalImageFactory,
    PressArchivePageFactory,
    PressReleasePageFactory,
    berlin,
)

pytestmark = pytest.mark.browser

LANGUAGES = ("de", "ar", "fa", "kmr")
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}


@pytest.fixture
def portal(transactional_db):
    home = PortalHomePageFactory(
        hero_heading="Migrantenorganisationen im Kreis Mettmann",
        hero_heading_ar="منظمات المهاجرين في دائرة ميتمان",
        hero_image=PortalImageFactory(credit="Grafik: mokme-Demo"),
    )
    directory = OrganisationIndexPageFactory(parent=home, show_in_menus=True)
    for number, town in enumerate(["hilden", "velbert", "erkrath"]):
        OrganisationPageFactory(
            parent=directory,
            title=f"Deutsch-Türkischer Kulturverein {number} e.V.",
            town=Town.objects.get(slug=town),
        )
    calendar = EventCalendarPageFactory(parent=home, show_in_menus=True)
    month = timezone.localdate().replace(day=1) + timezone.timedelta(days=40)
    for day, title in [(14, "Beratungssprechstunde"), (14, "Hausaufgabenhilfe"), (15, "Seniorennachmittag")]:
        EventPageFactory(parent=calendar, title=title, start=berlin(month.year, month.month, day, 15))
    archive = PressArchivePageFactory(parent=home, show_in_menus=True)
    PressReleasePageFactory(parent=archive, title="Integrationsrat wählt neuen Vorstand")
    return {"month": f"{month.year}/{month.month}/"}


def overflows(page):
    """What is wider than the screen, or cut inside its own box."""
    return page.evaluate(
        """() => {
            const problems = [];
            const width = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth > width + 1) {
                problems.push(`page ${document.documentElement.scrollWidth} > ${width}`);
            }
            for (const element of document.querySelectorAll("h1, h2, h3, .brand, summary")) {
                // A heading only for screen readers is clipped on purpose and read whole.
                if (!element.getClientRects().length || element.closest(".visually-hidden")) continue;
                if (element.scrollWidth > element.clientWidth + 1) {
                    problems.push(`${element.tagName} "${element.textContent.trim().slice(0, 40)}" is cut`);
                }
            }
            for (const link of document.querySelectorAll(".month-grid li a")) {
                const cell = link.closest("td").getBoundingClientRect();
                const box = link.getBoundingClientRect();
                if (box.left < cell.left - 1 || box.right > cell.right + 1) {
                    problems.push(`"${link.textContent.trim()}" spills out of its day`);
                }
            }
            return problems;
        }"""
    )


def check(page, path, viewport, screenshots):
    response = page.goto(path)
    assert response.status == 200, path
    problems = overflows(page)
    if screenshots:
        name = f"{viewport['width']}{path.replace('/', '_')}.png"
        page.screenshot(path=str(screenshots / name), full_page=True)
    return [f"{path}: {problem}" for problem in problems]


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1366"])
def test_nothing_overflows_in_any_script(page, portal, viewport):
    page.set_viewport_size(viewport)
    screenshots = os.environ.get("MOKME_SCREENSHOT_DIR")
    if screenshots:
        screenshots = Path(screenshots)
        screenshots.mkdir(parents=True, exist_ok=True)
    problems = []
    for language in LANGUAGES:
        for path in ("/{}/", "/{}/veranstaltungen/" + portal["month"], "/{}/organisationen/", "/{}/presse/"):
            problems += check(page, path.format(language), viewport, screenshots)
    assert problems == []
    assert page.other_origin_requests == []


def test_phone_shows_the_language_as_one_control(page, portal):
    page.set_viewport_size(PHONE)
    page.goto("/ar/")
    switcher = page.locator("nav.language-switcher")
    assert switcher.locator("summary [lang]").inner_text() == "العربية"
    assert not switcher.get_by_role("link", name="Deutsch").is_visible()
    switcher.locator("summary").click()
    switcher.get_by_role("link", name="Kurmancî").click()
    page.wait_for_url("**/kmr/")
    assert page.locator("html").get_attribute("lang") == "kmr"
    # The credit of the hero image sits under it, in the reader's language.
    page.goto("/ar/")
    credit = page.locator(".hero-credit")
    assert credit.inner_text().strip() == "حقوق الصورة: mokme-Demo"
    image = page.locator(".hero-image").bounding_box()
    assert credit.bounding_box()["y"] >= image["y"] + image["height"] - 1


@pytest.mark.parametrize(
    ("language", "mirrored"), [("de", False), ("ar", True), ("fa", True), ("kmr", False)]
)
def test_home_entry_points_point_the_way_the_text_reads(page, portal, language, mirrored):
    """Each entry point's arrow sits at the end of its title and points onward: right in German
    and Kurmancî, left in Arabic and Persian."""
    page.set_viewport_size(PHONE)
    page.goto(f"/{language}/")
    titles = page.locator(".task-title a")
    assert titles.count() == 4
    for index in range(titles.count()):
        link = titles.nth(index)
        text, arrow = link.evaluate(
            """(link) => {
                const range = document.createRange();
                range.selectNodeContents(link.firstChild);
                const text = range.getBoundingClientRect();
                const arrow = link.querySelector(".task-arrow");
                return [{left: text.left, right: text.right},
                        {left: arrow.getBoundingClientRect().left, right: arrow.getBoundingClientRect().right,
                         transform: getComputedStyle(arrow).transform}];
            }"""
        )
        if mirrored:
            assert arrow["right"] <= text["left"] + 1 and arrow["transform"] == "matrix(-1, 0, 0, 1, 0, 0)"
        else:
            assert arrow["left"] >= text["right"] - 1 and arrow["transform"] == "none"

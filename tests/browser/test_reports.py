"""The admin's reports pass axe's WCAG 2.1 A/AA checks with their chart, tables and forms, load
nothing from another origin, and fit a 390 px phone: wide charts and tables scroll inside their
own region, the page itself does not."""

import datetime

import pytest
from axe_playwright_python.sync_playwright import Axe

from django.contrib.auth import get_user_model
from django.utils import timezone

from home.models import PageViewCount
from organisations.access.roles import ensure_moderation_setup, moderators_group
from organisations.models import OrganisationApplication, Town
from tests.browser.admin import sign_in
from tests.factories import (
    EventCalendarPageFactory,
    EventPageFactory,
    PortalHomePageFactory,
    StandardPageFactory,
)

pytestmark = pytest.mark.browser

WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
REPORTS = [
    "/admin/reports/reach/?days=30&bucket=day",
    "/admin/reports/reach/top-pages/",
    "/admin/reports/reach/translations-wanted/",
    "/admin/reports/upcoming-events/",
    "/admin/reports/applications/",
]


@pytest.fixture
def counted_portal(transactional_db):
    home = PortalHomePageFactory()
    ensure_moderation_setup(home)
    user = get_user_model().objects.create_user("moderatorin", "m@example.org", "pw-moderation-1")
    user.groups.add(moderators_group())
    today = timezone.localdate()
    for number in range(12):
        page = StandardPageFactory(parent=home, title=f"Beratung und Hilfe im Alltag {number}")
        for language, views, fallback in (("de", 40, 0), ("tr", 25, 20), ("ar", 12, 12), ("uk", 7, 3)):
            PageViewCount.objects.create(
                page=page,
                language=language,
                day=today - datetime.timedelta(days=number * 2),
                device="phone",
                views=views + number,
                fallback_views=fallback,
            )
    calendar = EventCalendarPageFactory(parent=home)
    EventPageFactory(parent=calendar, title="Sprachcafé")
    OrganisationApplication.objects.create(
        name="Neuer Verein",
        contact_name="Vorstand",
        email="v@example.org",
        town=Town.objects.get(slug="haan"),
        description="…",
        consent=True,
        language="de",
        fingerprint="neuer-verein",
    )
    return user


@pytest.mark.parametrize(
    "viewport", [{"width": 1366, "height": 900}, {"width": 390, "height": 844}], ids=["1366", "390"]
)
def test_the_reports_are_accessible_and_fit_a_phone(page, counted_portal, viewport):
    page.set_viewport_size(viewport)
    sign_in(page, "moderatorin", "pw-moderation-1")
    axe = Axe()
    violations = {}
    too_wide = {}
    for path in REPORTS:
        response = page.goto(path)
        assert response.status == 200, path
        assert page.locator("main table").count() == 1, path
        # The report's own content; Wagtail's frame around it is Wagtail's to check.
        result = axe.run(page, context="main", options=WCAG_21_AA)
        found = [(v["id"], [n["target"] for n in v["nodes"]]) for v in result.response["violations"]]
        if found:
            violations[path] = found
        width = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        if width[0] > width[1] + 1:
            too_wide[path] = width
    assert violations == {}
    assert too_wide == {}
    assert page.other_origin_requests == []
    assert page.csp_violations == []

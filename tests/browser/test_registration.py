"""A visitor registers for the last place, another joins the waiting list, the first cancels by the
mail's link, and the waiting one moves up and is told by mail: in Chromium, as visitors do it."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from django.core import mail

from tests.factories import EventCalendarPageFactory, EventPageFactory, PortalHomePageFactory
from tests.registration.helpers import in_german, link_in, places_left, with_registration

pytestmark = pytest.mark.browser

WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def wcag_violations(page):
    result = Axe().run(page, options=WCAG_21_AA)
    return [(v["id"], [n["target"] for n in v["nodes"]]) for v in result.response["violations"]]


@pytest.fixture
def last_place(transactional_db):
    home = PortalHomePageFactory()
    calendar = EventCalendarPageFactory(parent=home)
    return with_registration(
        EventPageFactory(parent=calendar, title="Frauenfrühstück", slug="fruehstueck"), places=1
    )


def mails_to(address):
    return [message for message in mail.outbox if address in message.to]


def register(page, event, name, email):
    page.goto(event.url)
    form = page.locator("#registration form")
    form.get_by_label(in_german("Your name")).fill(name)
    form.get_by_label(in_german("Your email address")).fill(email)
    form.get_by_role("button").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(in_german("Please confirm your email address"))
    page.goto(link_in(mails_to(email)[-1], "confirm"))
    page.get_by_role("button", name=in_german("Confirm registration")).click()


def test_last_place_waiting_list_cancel_and_move_up(browser, live_server, page, last_place):
    page.goto(last_place.url.replace("/de/", "/ar/", 1))
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    assert wcag_violations(page) == []
    page.goto(last_place.url)
    expect(page.locator("#registration")).to_contain_text(places_left(1))
    assert wcag_violations(page) == []

    register(page, last_place, "Ayşe Demir", "ayse@example.org")
    expect(page.get_by_role("heading", level=1)).to_have_text(in_german("You are registered"))
    assert wcag_violations(page) == []

    other = browser.new_context(base_url=live_server.url, locale="de-DE").new_page()
    other.goto(last_place.url)
    expect(other.locator("#registration")).to_contain_text(in_german("Fully booked – waiting list"))
    register(other, last_place, "Bilal Kaya", "bilal@example.org")
    expect(other.get_by_role("heading", level=1)).to_have_text(in_german("You are on the waiting list"))

    # Ayşe cannot come: she cancels by the link in her confirmation mail.
    page.goto(link_in(mails_to("ayse@example.org")[-1], "cancel"))
    page.get_by_role("button", name=in_german("Cancel the registration")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        in_german("Your registration has been cancelled")
    )

    moved_up = mails_to("bilal@example.org")[-1]
    assert "Frauenfrühstück" in moved_up.subject
    assert re.search(r"/cancel/\S+/", moved_up.body)
    subject = in_german("A place has become free for you: %(title)s", title="Frauenfrühstück")
    assert moved_up.subject == subject

    page.goto(last_place.url)
    expect(page.locator("#registration")).to_contain_text(in_german("Fully booked – waiting list"))
    assert page.other_origin_requests == []

"""Machine pre-translation as an editor and a reviewer click through it in Chromium (issue 19):
pre-translate an event into Turkish, correct one field, pre-translate again after the German
changed (only the outdated machine text changes), review, and the visitors' label goes."""

import re

import pytest
from playwright.sync_api import expect

from home.languages.alternates import page_url
from home.models import ReviewLanguages
from organisations.access.roles import ensure_moderation_setup, moderators_group
from tests.browser.admin import sign_in
from tests.editorial.mt_engines import configure_deepl
from tests.factories import EventCalendarPageFactory, EventPageFactory, PortalHomePageFactory

pytestmark = pytest.mark.browser

PASSWORD = "Vorübersetzen-2026!"


@pytest.fixture
def deepl(settings):
    engine = configure_deepl(settings)
    yield engine
    engine.stop()


@pytest.fixture
def event(transactional_db, django_user_model):
    home = PortalHomePageFactory()
    ensure_moderation_setup(home)
    calendar = EventCalendarPageFactory(parent=home)
    event = EventPageFactory(
        parent=calendar, title="Sprachcafé", slug="sprachcafe", teaser="Deutsch üben bei Tee und Gebäck."
    )
    for username in ("redakteurin", "pruefer"):
        user = django_user_model.objects.create_user(username, f"{username}@example.org", PASSWORD)
        user.groups.add(moderators_group())
    reviewer = django_user_model.objects.get(username="pruefer")
    ReviewLanguages.objects.create(user=reviewer, languages=["tr"])
    return event


def latest_draft(event):
    event.refresh_from_db()
    return event.get_latest_revision_as_object()


def pretranslate_into_turkish(page, event):
    page.goto(f"/admin/pages/{event.pk}/edit/")
    # The button sits in the header's menu of page actions.
    page.locator("header .w-dropdown__toggle:has(.icon-dots-horizontal)").first.click()
    page.get_by_role("link", name="Vorübersetzen").click()
    page.wait_for_url(f"**/admin/machine-translation/{event.pk}/")
    page.locator("form:has(input[name=action][value=pretranslate]):has(input[value=tr]) button").click()
    expect(page.locator(".messages")).to_be_visible()


def turkish_label(browser, live_server, event):
    context = browser.new_context(base_url=live_server.url, locale="tr-TR")
    visitor = context.new_page()
    assert visitor.goto(page_url(event, "tr")).status == 200
    label = visitor.locator(".machine-translation-notice")
    found = label.count() == 1, visitor.locator("h1").inner_text()
    context.close()
    return found


def test_pretranslate_correct_renew_and_review_an_event(browser, live_server, event, deepl):
    context = browser.new_context(base_url=live_server.url, locale="de-DE")
    page = context.new_page()
    sign_in(page, "redakteurin", PASSWORD)

    pretranslate_into_turkish(page, event)
    draft = latest_draft(event)
    assert (draft.title_tr, draft.teaser_tr) == ("tr: Sprachcafé", "tr: Deutsch üben bei Tee und Gebäck.")
    assert not event.live_revision.as_object().title_tr  # a draft: nothing went live

    # The editor corrects the teaser by hand in the editor and publishes.
    page.goto(f"/admin/pages/{event.pk}/edit/?translation=tr")
    page.locator('textarea[name="teaser_tr"]').fill("Çay ve kurabiye eşliğinde Almanca pratiği.")
    page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    page.get_by_role("button", name=re.compile("^Veröffentlichen")).click()
    expect(page.locator(".messages")).to_contain_text("veröffentlicht")
    assert turkish_label(browser, live_server, event) == (True, "tr: Sprachcafé")

    # The German changes; a second run renews the machine's title, never the person's teaser.
    german = latest_draft(event)
    german.title_de = "Sprachcafé am Abend"
    german.teaser_de = "Deutsch üben bei Tee, Gebäck und Musik."
    german.save_revision().publish()
    pretranslate_into_turkish(page, event)
    draft = latest_draft(event)
    assert draft.title_tr == "tr: Sprachcafé am Abend"
    assert draft.teaser_tr == "Çay ve kurabiye eşliğinde Almanca pratiği."
    draft.save_revision().publish()
    context.close()

    # A reviewer of Turkish marks it reviewed; visitors no longer read the label.
    context = browser.new_context(base_url=live_server.url, locale="de-DE")
    page = context.new_page()
    sign_in(page, "pruefer", PASSWORD)
    page.goto(f"/admin/machine-translation/{event.pk}/")
    page.locator("form:has(input[name=action][value=review]):has(input[value=tr]) button").click()
    expect(page.locator(".messages")).to_be_visible()
    context.close()
    assert turkish_label(browser, live_server, event) == (False, "tr: Sprachcafé am Abend")

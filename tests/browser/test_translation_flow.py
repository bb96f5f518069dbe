"""From the translation report to a live Turkish page: translate, preview, submit, approve."""

import pytest
from playwright.sync_api import expect

from organisations.access.roles import ensure_moderation_setup, moderators_group
from tests.browser.admin import organisation_with_editor, sign_in
from tests.factories import (
    OrganisationContentPageFactory,
    OrganisationIndexPageFactory,
    PortalHomePageFactory,
)

pytestmark = pytest.mark.browser

PASSWORD = "Sprachcafe-2026!"


@pytest.fixture
def setup(transactional_db, django_user_model):
    home = PortalHomePageFactory()
    directory = OrganisationIndexPageFactory(parent=home, title_tr="Kuruluşlar", slug_tr="kuruluslar")
    ensure_moderation_setup(home)
    organisation = organisation_with_editor(directory, PASSWORD, publication_languages=["tr"])
    page = OrganisationContentPageFactory(
        parent=organisation, title="Angebote", slug="angebote", intro="Hausaufgabenhilfe und Sprachcafé."
    )
    moderator = django_user_model.objects.create_user("moderatorin", "moderation@example.org", PASSWORD)
    moderator.groups.add(moderators_group())
    return {"page": page, "organisation": organisation}


def log_in(page, username):
    sign_in(page, username, PASSWORD)


def test_a_turkish_translation_from_report_to_live_page(browser, live_server, setup):
    target = setup["page"]
    context = browser.new_context(base_url=live_server.url, locale="de-DE")
    page = context.new_page()
    log_in(page, "ayse@example.org")

    # The report lists the page as missing in Turkish; the editor starts from German.
    page.goto("/admin/translations/?language=tr&status=missing")
    row = page.locator("table.translation-report tr", has_text="Angebote")
    row.get_by_role("button", name="Mit Deutsch beginnen").click()
    page.wait_for_url(f"**/admin/pages/{target.pk}/edit/?translation=tr")

    # The picker shows Turkish beside German; other languages are not in the form at all.
    expect(page.locator("#mokme-language-picker")).to_have_value("tr")
    expect(page.locator('input[name="title_tr"]')).to_be_visible()
    assert page.locator('input[name="title_ar"]').count() == 0
    page.locator('input[name="title_tr"]').fill("Hizmetlerimiz")
    page.locator('textarea[name="intro_tr"]').fill("Ödev yardımı ve dil kafesi.")

    # Preview in Turkish.
    page.locator('[data-side-panel-toggle="preview"]').click()
    preview = page.frame_locator("iframe[title]").first
    expect(preview.locator("h1")).to_have_text("Angebote", timeout=15_000)
    page.locator("select#id_preview_mode").select_option("tr")
    expect(preview.locator("h1")).to_have_text("Hizmetlerimiz", timeout=15_000)

    # Submit for review.
    page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    page.get_by_role("button", name="In Prüfung durch die Redaktion einreichen").click()
    expect(page.locator(".messages")).to_contain_text("zur Moderation eingereicht")
    context.close()

    # The moderator approves.
    context = browser.new_context(base_url=live_server.url, locale="de-DE")
    page = context.new_page()
    log_in(page, "moderatorin")
    page.goto(f"/admin/pages/{target.pk}/edit/")
    page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    page.locator("button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])").click()
    expect(page.locator(".messages")).to_contain_text("Angebote", timeout=15_000)

    # The Turkish page is live.
    page.goto("/tr/kuruluslar/anatolia-kulturverein/angebote/")
    expect(page.locator("html")).to_have_attribute("lang", "tr")
    expect(page.locator("h1")).to_have_text("Hizmetlerimiz")
    expect(page.locator(".fallback-notice")).to_have_count(0)
    context.close()

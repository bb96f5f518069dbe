"""The Turkish body of an event, edited in Chromium and saved by autosave and by the editor.

home/admin_html.py sends a StreamField's block definition once when two bodies share it: the
German body carries it, and a script copies it onto the body in the admin language while the
page is parsed, before Wagtail's `w-block` controller draws the bodies.
"""

import re

import pytest
from playwright.sync_api import expect

from events.calendar.models import EventPage
from tests.browser.admin import organisation_with_editor, sign_in
from tests.editorial.test_admin_html_size import BODY_DE, BODY_TR, changed_series
from tests.factories import EventCalendarPageFactory, OrganisationIndexPageFactory, PortalHomePageFactory

pytestmark = pytest.mark.browser

PASSWORD = "Sprachcafe-2026!"


@pytest.fixture
def series_in_browser(transactional_db):
    home = PortalHomePageFactory()
    directory = OrganisationIndexPageFactory(parent=home)
    EventCalendarPageFactory(parent=home)
    organisation = organisation_with_editor(directory, PASSWORD, publication_languages=["tr"])
    return changed_series(organisation)


def test_the_second_languages_body_is_edited_and_saved(browser, live_server, series_in_browser):
    event = series_in_browser
    context = browser.new_context(base_url=live_server.url, locale="de-DE")
    context.add_init_script(
        "document.addEventListener('w-unsaved:watch-edits',"
        " () => { document.documentElement.dataset.watchingEdits = ''; });"
    )
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    sign_in(page, "ayse@example.org", PASSWORD)
    # The page as served carries the definition once, in the German body ...
    served = page.request.get(f"/admin/pages/{event.pk}/edit/").text()
    turkish_body = re.search(r'<div id="body_tr"[^>]*>', served).group()
    assert "data-w-block-data-value" not in turkish_body
    assert served.count("data-w-block-data-value=") == 1
    page.goto(f"/admin/pages/{event.pk}/edit/")
    page.wait_for_selector("html[data-watching-edits]", state="attached")
    # ... and both bodies are drawn; the scripts that copied it are gone.
    assert page.evaluate(
        """() => ({
            drawn: ['body_de-root', 'body_tr-root'].every((id) => document.getElementById(id)),
            left: [...document.scripts].some((script) => script.text.includes('data-w-block-data-value')),
        })"""
    ) == {"drawn": True, "left": False}
    heading_tr = page.locator("#body_tr-0-value-text")
    expect(heading_tr).to_have_value(BODY_TR[0][1])
    expect(page.locator("#body_de-0-value-text")).to_have_value(BODY_DE[0][1])

    # Autosave saves the Turkish heading as a draft ...
    def autosaved(condition, edit):
        """The draft once autosave has saved the edit; as in tests/browser/test_edit_flow.py, a
        further keystroke if no save came (on busy CI machines a single edit was sometimes missed)."""
        for attempt in range(40):
            draft = EventPage.objects.get(pk=event.pk).get_latest_revision_as_object()
            if condition(draft):
                return draft
            if attempt % 20 == 0:
                edit(attempt)
            page.wait_for_timeout(500)
        return draft

    heading = "Bürgerhaus'ta dil kafesi – yeni"
    draft = autosaved(
        lambda draft: draft.body_tr[0].value["text"].strip() == heading,
        lambda attempt: heading_tr.fill(heading + " " * (attempt // 20)),
    )
    assert draft.body_tr[0].value["text"].strip() == heading

    # ... and a new paragraph in the Turkish body; then the editor saves.
    page.locator("#body_tr-root button.c-sf-add-button").last.click()
    page.get_by_role("option", name="Absatz").click()
    paragraph = page.locator("#body_tr-root [contenteditable=true]").last
    paragraph.click()
    draft = autosaved(
        lambda draft: len(draft.body_tr) == 4 and "Yeni paragraf." in draft.body_tr[3].value.source,
        lambda attempt: paragraph.type("Yeni paragraf." if attempt == 0 else " "),
    )
    assert "Yeni paragraf." in draft.body_tr[3].value.source
    page.locator("footer button[type=submit]").first.click()
    expect(page.locator(".messages")).to_contain_text("wurde aktualisiert")

    draft = EventPage.objects.get(pk=event.pk).get_latest_revision_as_object()
    assert [child.block_type for child in draft.body_tr] == ["heading", "paragraph", "paragraph", "paragraph"]
    assert "Yeni paragraf." in draft.body_tr[3].value.source
    assert draft.body_tr[0].value["text"].strip() == heading
    assert [child.block_type for child in draft.body_de] == ["heading", "paragraph", "paragraph"]
    assert draft.body_de[0].value["text"] == BODY_DE[0][1]
    assert errors == []
    context.close()

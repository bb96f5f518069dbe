"""An organisation's editor submits an event, a moderator approves it in the editor's footer.

With Wagtail's autosave on, as editors have it; afterwards the event is what a visitor, the
cached calendar and subsite, the feed and the editor's mail say it is.
"""

import re

import pytest
from playwright.sync_api import expect

from django.core import mail
from django.test import override_settings
from django.utils import timezone

from events.calendar.models import EventPage
from organisations.access.roles import ensure_moderation_setup, moderators_group
from tests.browser.admin import organisation_with_editor, sign_in
from tests.factories import (
    EventCalendarPageFactory,
    EventPageFactory,
    OrganisationIndexPageFactory,
    PortalHomePageFactory,
)

pytestmark = pytest.mark.browser

PASSWORD = "Sprachcafe-2026!"


@pytest.fixture
def submitted_event(transactional_db, django_user_model):
    """A new event of an organisation, never published, and the people who handle it."""
    home = PortalHomePageFactory()
    directory = OrganisationIndexPageFactory(parent=home)
    EventCalendarPageFactory(parent=home)
    ensure_moderation_setup(home)
    organisation = organisation_with_editor(directory, PASSWORD)
    event = EventPageFactory(
        parent=organisation,
        title="Sprachcafé im Advent",
        slug="sprachcafe-im-advent",
        live=False,
        start=timezone.now() + timezone.timedelta(days=5),
    )
    event.save_revision()
    editor = organisation.editor_group.user_set.get()
    moderator = django_user_model.objects.create_user("moderatorin", "moderation@example.org", PASSWORD)
    moderator.groups.add(moderators_group())
    return {"event": event, "organisation": organisation, "editor": editor}


def edit_posts(page):
    """Every POST the browser sends to the editor, with the server's answer."""
    answers = []
    page.on(
        "response",
        lambda response: (
            answers.append(response.status)
            if response.request.method == "POST" and re.search(r"/admin/pages/\d+/edit/$", response.url)
            else None
        ),
    )
    return answers


def open_editor(page, url):
    """Opens the editor and waits until its change check has read the form, as a person would."""
    page.goto(url)
    page.wait_for_selector("html[data-watching-edits]", state="attached")


def edit_until_autosaved(page, field, text):
    """Writes `text` into `field` and waits for autosave to have saved it.

    Wagtail's change check (every 0.5 s), its notice (0.5 s later), autosave's wait and the post
    take a second or two; at the end of a CI run on two busy cores, twice in many runs, no save
    came within 20 s of a single edit. A person keeps typing: a further edit (a trailing space,
    which the form strips) makes the change check announce the edits again."""
    indicator = page.locator("#w-autosave-indicator")
    for attempt in range(3):
        field.fill(text + " " * (attempt % 2))
        try:
            expect(indicator).to_have_attribute("data-w-autosave-state-value", "saved", timeout=10_000)
            return
        except AssertionError:
            continue
    expect(indicator).to_have_attribute("data-w-autosave-state-value", "saved", timeout=10_000)


def footer_action(page, name):
    page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    return page.get_by_role("button", name=name)


@override_settings(PAGE_CACHE_SECONDS=600, WAGTAIL_AUTOSAVE_INTERVAL=300)
@pytest.mark.parametrize("with_comment", [False, True], ids=["approve", "approve-with-comment"])
def test_moderator_approves_in_the_editor_and_the_event_is_public(
    browser, live_server, submitted_event, with_comment
):
    event = submitted_event["event"]
    edit_url = f"/admin/pages/{event.pk}/edit/"
    public_url = f"/de/organisationen/anatolia-kulturverein/{event.slug}/"
    context = browser.new_context(base_url=live_server.url, locale="de-DE")
    # The editor's change check starts two seconds after the page is loaded.
    context.add_init_script(
        "document.addEventListener('w-unsaved:watch-edits',"
        " () => { document.documentElement.dataset.watchingEdits = ''; });"
    )
    page = context.new_page()
    answers = edit_posts(page)

    if with_comment:
        # Submitted as in the other case; the browser's part is the moderator's here.
        event.get_workflow().start(event, submitted_event["editor"])
    else:
        # The editor changes the teaser (autosave runs) and submits for review.
        sign_in(page, "ayse@example.org", PASSWORD)
        open_editor(page, edit_url)
        edit_until_autosaved(
            page, page.locator('textarea[name="teaser_de"]'), "Tee, Gebäck und Deutsch am Adventssonntag."
        )
        footer_action(page, re.compile("einreichen")).click()
        expect(page.locator(".messages")).to_contain_text("zur Moderation eingereicht")
        context.clear_cookies()
    event.refresh_from_db()
    assert event.workflow_in_progress and not event.live

    # A visitor looks at the subsite before the approval: the page cache keeps it.
    visitor = browser.new_context(base_url=live_server.url, locale="de-DE").new_page()
    assert visitor.goto("/de/organisationen/anatolia-kulturverein/").ok
    assert visitor.goto(public_url).status == 404

    # The moderator opens the event, touches a field and approves: at once (autosave is pending),
    # or with a comment. Writing one takes a person longer than autosave takes to save the draft;
    # the test, filling the dialog in no time, waits as long, or the draft's autosave and the
    # approval race in a way no person makes them race (now and then a post answered as stale).
    sign_in(page, "moderatorin", PASSWORD)
    answers.clear()
    open_editor(page, edit_url)
    venue = page.locator('input[name="venue_name"]')
    if with_comment:
        edit_until_autosaved(page, venue, "Bürgerhaus Hilden")
        footer_action(page, "Mit Kommentar genehmigen").click()
        page.locator("textarea[name=comment]").fill("Danke, sieht gut aus.")
        page.locator(".modal [type=submit]").click()
    else:
        venue.fill("Bürgerhaus Hilden")
        footer_action(page, "Freigeben und veröffentlichen").click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/$"))
    page.wait_for_timeout(1000)  # a late autosave would land now

    # The click's post, once; autosave may have saved the draft before (200), but never sent the
    # action again (the server would refuse it with 400, or it failed with 500).
    assert [status for status in answers if status != 200] == [302], answers
    event = EventPage.objects.get(pk=event.pk)
    assert event.live and not event.workflow_in_progress
    assert event.venue_name == "Bürgerhaus Hilden"

    # What a visitor sees: the event, its date on the (cached) subsite and in the feed.
    response = visitor.goto(public_url)
    assert response.status == 200
    expect(visitor.locator("h1")).to_have_text("Sprachcafé im Advent")
    visitor.goto("/de/organisationen/anatolia-kulturverein/")
    expect(visitor.locator("main")).to_contain_text("Sprachcafé im Advent")
    feed = visitor.goto("/de/veranstaltungen/feed/rss/")
    assert "Sprachcafé im Advent" in feed.text()

    # The editor's mail says it is approved, and its link opens the event.
    approval = [message for message in mail.outbox if "ayse@example.org" in message.to][-1]
    link = re.search(r"https?://[^/\s]+(/\S+)", approval.body).group(1)
    assert visitor.goto(link).status == 200
    context.close()

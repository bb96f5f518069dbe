"""Every page shows when it was last checked (issue 21, point 3): the day it was last published
or an editor confirmed it with one click on "Still correct".

The date is asserted as the visitor's language formats it (Django's own month names), so the
tests do not depend on the catalogues merging this issue's new msgids.
"""

import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup

from django.test import Client, override_settings
from django.urls import reverse
from django.utils import formats, translation

from tests.factories import (
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    OrganisationContentPageFactory,
    PressArchivePageFactory,
    PressReleasePageFactory,
    StandardPageFactory,
)
from tests.organisation_fixtures import *  # noqa: F403

SPRING = datetime.datetime(2025, 3, 10, 9, 0, tzinfo=datetime.UTC)


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def last_checked_text(client, url):
    shown = soup_of(client.get(url)).select_one("main .last-checked")
    return shown.get_text(" ", strip=True) if shown else None


def in_language(code, day):
    with translation.override(code):
        return formats.date_format(day, "DATE_FORMAT")


def published(page, when=SPRING):
    with time_machine.travel(when):
        page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def about(home_page):
    return published(
        StandardPageFactory(parent=home_page, title="Über uns", slug="ueber-uns", title_ar="من نحن")
    )


def still_correct_url(page):
    return reverse("page_still_correct", args=[page.pk])


def test_a_page_shows_the_day_it_was_published_in_the_visitors_language(client, home_page, about):
    german = last_checked_text(client, "/de/ueber-uns/")
    assert german is not None and "10. März 2025" in german
    with translation.override("ar"):
        arabic_url = about.get_url()
    arabic = last_checked_text(client, arabic_url)
    assert in_language("ar", datetime.date(2025, 3, 10)) in arabic
    assert "مارس" in arabic
    # The portal home is made of other pages: no date of its own.
    published(home_page)
    assert last_checked_text(client, "/de/") is None


def test_each_kind_of_page_shows_its_last_check(client, home_page, org_a):
    news = published(NewsIndexPageFactory(parent=home_page))
    archive = published(PressArchivePageFactory(parent=home_page))
    pages = [
        news,
        archive,
        published(NewsPageFactory(parent=news, organisation=org_a)),
        published(PressReleasePageFactory(parent=archive, release_date=datetime.date(2025, 3, 1))),
        published(OrganisationContentPageFactory(parent=org_a, title="Angebote")),
        published(EventPageFactory(parent=org_a, title="Sprachcafé")),
        published(org_a),
    ]
    for page in pages:
        assert "10. März 2025" in (last_checked_text(client, page.url) or ""), type(page).__name__


def test_publishing_again_moves_the_date_and_an_old_revision_does_not_set_it_back(client, about):
    published(about, SPRING + datetime.timedelta(days=40))
    assert "19. April 2025" in last_checked_text(client, "/de/ueber-uns/")
    # Reverting to the first revision is a new publication: checked on the day of the revert.
    with time_machine.travel(SPRING + datetime.timedelta(days=50)):
        about.revisions.order_by("created_at").first().publish()
    assert "29. April 2025" in last_checked_text(client, "/de/ueber-uns/")


def test_an_editor_confirms_a_page_with_one_click_and_the_cached_page_shows_it(client, about, moderator):
    with override_settings(PAGE_CACHE_SECONDS=600):
        assert "10. März 2025" in last_checked_text(client, "/de/ueber-uns/")
        assert client.get("/de/ueber-uns/")["X-Cache"] == "hit"

        editor = Client()
        editor.force_login(moderator)
        edit_url = reverse("wagtailadmin_pages:edit", args=[about.pk])
        button = soup_of(editor.get(edit_url)).select_one(
            f'[data-action="w-action#post"][data-w-action-url-value="{still_correct_url(about)}"]'
        )
        assert button is not None
        # What Wagtail's w-action posts: the CSRF token and the page to return to.
        response = editor.post(still_correct_url(about), {"next": edit_url})
        assert response.status_code == 302 and response["Location"] == edit_url

        today = in_language("de", datetime.date.today())
        after = client.get("/de/ueber-uns/")
        assert after["X-Cache"] == "miss"
        assert today in BeautifulSoup(after.content, "html.parser").select_one("main .last-checked").text


def test_without_script_the_link_opens_a_page_with_the_button(about, moderator):
    editor = Client()
    editor.force_login(moderator)
    form = soup_of(editor.get(still_correct_url(about))).select_one("main form[method=post]")
    assert form.select_one("input[name=csrfmiddlewaretoken]") is not None
    assert form.select_one("button[type=submit]") is not None
    assert editor.post(still_correct_url(about), {"next": "https://elsewhere.example/"})["Location"] == (
        reverse("wagtailadmin_pages:edit", args=[about.pk])
    )


def test_only_who_may_publish_the_page_confirms_it(client, org_a, editor_a, editor_b):
    offers = published(OrganisationContentPageFactory(parent=org_a, title="Angebote"))
    old = offers.last_checked

    # Editors of an untrusted organisation submit for moderation: they see no button, and the
    # server refuses (it knows the page to them): Wagtail's "no permission" back on the dashboard.
    client.force_login(editor_a)
    edit = soup_of(client.get(reverse("wagtailadmin_pages:edit", args=[offers.pk])))
    assert edit.select_one(f'[data-w-action-url-value="{still_correct_url(offers)}"]') is None
    refused = client.post(still_correct_url(offers))
    assert refused.status_code == 302 and refused["Location"] == reverse("wagtailadmin_home")
    # Another organisation's editor learns nothing of the page; nor of a page that is not there.
    client.force_login(editor_b)
    assert client.get(still_correct_url(offers)).status_code == 404
    assert client.post(still_correct_url(offers)).status_code == 404
    assert client.post(reverse("page_still_correct", args=[999999])).status_code == 404
    client.logout()
    response = client.post(still_correct_url(offers))
    assert response.status_code == 302 and "login" in response["Location"]

    offers.refresh_from_db()
    assert offers.last_checked == old


def test_the_confirmation_needs_the_csrf_token(about, moderator):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(moderator)
    assert strict.post(still_correct_url(about)).status_code == 403
    about.refresh_from_db()
    assert about.last_checked == datetime.date(2025, 3, 10)


def test_a_copy_is_not_checked_until_it_is_published(about):
    copy = about.copy(update_attrs={"slug": "ueber-uns-kopie", "title": "Kopie"}, keep_live=False)
    assert copy.specific.last_checked is None

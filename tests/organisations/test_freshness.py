"""Freshness of organisation profiles (issue 21, point 3): when each was last checked, the
one-click "Still correct" of its own editors, the reminder after half a year, the directory's
mark after a year and the moderators' list of stale organisations.

Strings are asserted by their CSS hook and by the date, formatted in the page's or editor's
language (month names from Django's own catalogues), so the tests do not depend on the
catalogues merging this issue's new msgids.
"""

import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup

from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from wagtail.users.models import UserProfile

from organisations import directory as directory_module
from organisations.models import OrganisationPage
from tests.factories import OrganisationPageFactory, bulk_organisations
from tests.organisation_fixtures import set_hide_stale
from tests.utils import count_queries

pytestmark = pytest.mark.django_db(transaction=False)

SPRING = datetime.datetime(2025, 3, 10, 9, 0, tzinfo=datetime.UTC)


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def checked(organisation):
    return OrganisationPage.objects.get(pk=organisation.pk).last_checked


def still_correct_url(organisation):
    return reverse("organisation_still_correct", args=[organisation.pk])


def test_publishing_the_profile_sets_last_checked_and_the_profile_shows_it(client, org_a, editor_a):
    with time_machine.travel(SPRING):
        org_a.save_revision(user=editor_a).publish()
    assert checked(org_a) == datetime.date(2025, 3, 10)

    page = soup_of(client.get(org_a.url))
    assert "10. März 2025" in page.select_one(".last-checked").get_text()
    with translation.override("tr"):
        turkish_url = OrganisationPage.objects.get(pk=org_a.pk).get_url()
    turkish = soup_of(client.get(turkish_url))
    assert "10 Mart 2025" in turkish.select_one(".last-checked").get_text()

    with time_machine.travel(SPRING + datetime.timedelta(days=40)):
        OrganisationPage.objects.get(pk=org_a.pk).save_revision().publish()
    assert checked(org_a) == datetime.date(2025, 4, 19)


def test_still_correct_confirms_the_profile_for_its_own_editors(client, org_a, editor_a):
    OrganisationPage.objects.filter(pk=org_a.pk).update(last_checked=datetime.date(2020, 1, 1))
    client.force_login(editor_a)
    form = soup_of(client.get(still_correct_url(org_a))).select_one("form[method=post]")
    assert form.select_one("input[name=csrfmiddlewaretoken]") is not None
    response = client.post(still_correct_url(org_a))
    assert response.status_code == 302
    assert checked(org_a) == datetime.date.today()
    assert checked(org_a).strftime("%Y") in soup_of(client.get(org_a.url)).select_one(".last-checked").text


def test_the_profiles_editors_find_the_one_click_button_on_its_edit_view(client, org_a, editor_a, editor_b):
    client.force_login(editor_a)
    edit = soup_of(client.get(reverse("wagtailadmin_pages:edit", args=[org_a.pk])))
    posting = f'[data-action="w-action#post"][data-w-action-url-value="{still_correct_url(org_a)}"]'
    assert edit.select_one(posting) is not None
    client.force_login(editor_b)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[org_a.pk])).status_code in (302, 403, 404)


def test_still_correct_is_refused_to_other_organisations_and_the_public(client, org_a, org_b, editor_b):
    old = datetime.date(2020, 1, 1)
    OrganisationPage.objects.filter(pk=org_a.pk).update(last_checked=old)
    client.force_login(editor_b)
    assert client.get(still_correct_url(org_a)).status_code == 404
    assert client.post(still_correct_url(org_a)).status_code == 404
    assert client.post(reverse("organisation_still_correct", args=[999999])).status_code == 404
    client.logout()
    response = client.post(still_correct_url(org_a))
    assert response.status_code == 302 and "login" in response["Location"]
    assert checked(org_a) == old


def test_the_post_needs_the_csrf_token(org_a, editor_a):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(editor_a)
    old = datetime.date(2020, 1, 1)
    OrganisationPage.objects.filter(pk=org_a.pk).update(last_checked=old)
    assert strict.post(still_correct_url(org_a)).status_code == 403
    assert checked(org_a) == old


@pytest.fixture
def remind(django_capture_on_commit_callbacks):
    """The daily job on a given day; its mails leave the outbox when the job's work commits."""

    def run(days):
        later = SPRING + datetime.timedelta(days=days)
        with time_machine.travel(later), django_capture_on_commit_callbacks(execute=True):
            call_command("remind_unchecked_organisations")

    return run


def test_reminder_mail_once_a_month_in_the_editors_admin_language(org_a, editor_a, outbox, remind):
    UserProfile.objects.update_or_create(user=editor_a, defaults={"preferred_language": "tr"})
    with time_machine.travel(SPRING):
        org_a.save_revision().publish()
    outbox.clear()

    remind(150)
    assert outbox == []  # five months: not yet

    remind(190)
    assert len(outbox) == 1
    reminder = outbox[0]
    assert reminder.to == [editor_a.email]
    assert "Anatolia Kulturverein Hilden" in reminder.subject
    assert "10 Mart 2025" in reminder.body  # the date in Turkish: the editor's admin language
    assert "http://testserver" + still_correct_url(org_a) in reminder.body

    for days in (195, 210):  # within the month: no second mail
        remind(days)
    assert len(outbox) == 1
    remind(221)
    assert len(outbox) == 2


def test_reminder_in_german_for_an_editor_without_admin_language(org_a, editor_a, outbox, remind):
    with time_machine.travel(SPRING):
        org_a.save_revision().publish()
    outbox.clear()
    remind(200)
    assert len(outbox) == 1 and "10. März 2025" in outbox[0].body


def test_the_directory_marks_profiles_unchecked_for_over_a_year(client, org_a, org_b):
    OrganisationPage.objects.filter(pk=org_a.pk).update(
        last_checked=datetime.date.today() - datetime.timedelta(days=366)
    )
    cards = soup_of(client.get("/de/organisationen/")).select(".organisation-card")
    marked = {card.select_one("h3").get_text(strip=True): bool(card.select(".stale")) for card in cards}
    assert marked == {"Anatolia Kulturverein Hilden": True, "Bereket Elternverein Velbert": False}


def test_moderators_list_stale_organisations_most_stale_first(
    client, org_a, org_b, directory, moderator, editor_a
):
    fresh = OrganisationPageFactory(parent=directory, title="Frischer Verein")
    fresh.save_revision().publish()
    today = datetime.date.today()
    OrganisationPage.objects.filter(pk=org_a.pk).update(last_checked=today - datetime.timedelta(days=400))
    OrganisationPage.objects.filter(pk=org_b.pk).update(last_checked=today - datetime.timedelta(days=900))

    client.force_login(moderator)
    response = client.get(reverse("stale_organisations"))
    assert response.status_code == 200
    rows = [row.th.get_text(strip=True) for row in soup_of(response).select("tr.stale-organisation")]
    assert rows == ["Bereket Elternverein Velbert", "Anatolia Kulturverein Hilden"]

    client.force_login(editor_a)
    assert client.get(reverse("stale_organisations")).status_code in (302, 403)


def test_directory_query_count_stays_flat_with_stale_marks(client, directory, monkeypatch):
    monkeypatch.setattr(directory_module, "PER_PAGE", 50)

    for _ in range(5):
        page = OrganisationPageFactory(parent=directory)
        page.save_revision().publish()
    OrganisationPage.objects.update(last_checked=datetime.date(2020, 1, 1))
    with_five = count_queries(client, "/de/organisationen/")
    # The large set as published rows, all of them marked stale as the first five.
    bulk_organisations(directory, 45, published=True)
    OrganisationPage.objects.update(last_checked=datetime.date(2020, 1, 1))
    assert count_queries(client, "/de/organisationen/") == with_five
    bulk_organisations(directory, 10)  # never published: no check recorded, no mark, no query
    assert count_queries(client, "/de/organisationen/") == with_five


def test_the_reminder_is_a_daily_scheduled_job():
    from home.management.commands.run_scheduled_jobs import scheduled_jobs

    assert dict(scheduled_jobs())["remind_unchecked_organisations"] == 24 * 60 * 60


def card_names(client):
    cards = soup_of(client.get("/de/organisationen/")).select(".organisation-card h3")
    return sorted(card.get_text(strip=True) for card in cards)


def home_counts(client):
    home = soup_of(client.get("/de/")).select_one("#home-organisations").parent
    return sorted(chip.get_text(" ", strip=True) for chip in home.select(".chip"))


def found(client, text):
    results = soup_of(client.get(reverse("search"), {"q": text})).select(".search-result h2")
    return [result.get_text(strip=True) for result in results]


@override_settings(PAGE_CACHE_SECONDS=600)
def test_moderators_hide_stale_profiles_from_directory_home_counts_and_search(
    client, home_page, org_a, org_b, moderator
):
    OrganisationPage.objects.filter(pk=org_a.pk).update(
        last_checked=datetime.date.today() - datetime.timedelta(days=366)
    )
    both = ["Anatolia Kulturverein Hilden", "Bereket Elternverein Velbert"]
    # Marked by default; the pages are cached from here on.
    assert card_names(client) == both
    assert home_counts(client) == ["Hilden (1)", "Velbert (1)"]
    assert "Anatolia Kulturverein Hilden" in found(client, "Anatolia")

    set_hide_stale(client, moderator, home_page, hide=True)
    assert card_names(client) == ["Bereket Elternverein Velbert"]
    assert home_counts(client) == ["Velbert (1)"]
    assert "Anatolia Kulturverein Hilden" not in found(client, "Anatolia")
    assert soup_of(client.get("/de/organisationen/", {"town": "hilden"})).select(".organisation-card") == []
    # The profile itself stays reachable, with its mark.
    profile = soup_of(client.get(org_a.url))
    assert profile.select_one(".stale") is not None

    # Confirming the profile brings it back at once.
    OrganisationPage.objects.filter(pk=org_a.pk).update(last_checked=datetime.date.today())
    set_hide_stale(client, moderator, home_page, hide=False)
    assert card_names(client) == both


def test_hiding_stale_profiles_costs_the_directory_no_query(client, home_page, org_a, org_b, moderator):
    OrganisationPage.objects.filter(pk=org_a.pk).update(last_checked=datetime.date(2020, 1, 1))
    marking = count_queries(client, "/de/organisationen/")
    set_hide_stale(client, moderator, home_page, hide=True)
    assert card_names(client) == ["Bereket Elternverein Velbert"]
    assert count_queries(client, "/de/organisationen/") == marking

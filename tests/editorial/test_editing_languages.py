"""The page editor shows German and the editor's languages; a post writes only what it sent."""

import datetime

import pytest
from bs4 import BeautifulSoup

from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.calendar.models import EventException, EventPage
from events.press_roles import ensure_press_office_setup
from home.languages import LANGUAGE_CODES
from tests.factories import (
    EventCalendarPageFactory,
    EventPageFactory,
    PressArchivePageFactory,
    PressReleasePageFactory,
    StandardPageFactory,
    berlin,
    bulk_events,
    bulk_organisations,
)


def form_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return soup, {element.get("name") for element in soup.find_all(["input", "textarea", "select"])}


def translated(names, base):
    return {name.rpartition("_")[2] for name in names if name and name.startswith(f"{base}_")}


def test_portal_pages_show_german_and_the_chosen_languages(admin_client, home_page):
    page = StandardPageFactory(parent=home_page, title="Über uns", title_ar="من نحن")
    url = f"/admin/pages/{page.pk}/edit/"
    _soup, names = form_of(admin_client, url)
    # Before any choice: German, the editor's admin language.
    assert translated(names, "title") == {"de"}
    soup, names = form_of(admin_client, f"{url}?translation=tr")
    assert translated(names, "title") == translated(names, "intro") == {"de", "tr"}
    assert soup.select_one("#mokme-language-picker option[selected]")["value"] == "tr"
    # The choice is kept for the next page the editor opens.
    _soup, names = form_of(admin_client, url)
    assert translated(names, "title") == {"de", "tr"}
    _soup, names = form_of(admin_client, f"{url}?translation=tr,ar")
    assert translated(names, "title") == {"de", "tr", "ar"}
    _soup, names = form_of(admin_client, f"{url}?translation=all")
    assert translated(names, "title") == set(LANGUAGE_CODES)
    _soup, names = form_of(admin_client, f"{url}?translation=de")
    assert translated(names, "title") == {"de"}
    # A made-up language changes nothing.
    _soup, names = form_of(admin_client, f"{url}?translation=xx")
    assert translated(names, "title") == {"de"}


def test_a_post_keeps_the_languages_it_did_not_send(admin_client, home_page):
    page = StandardPageFactory(
        parent=home_page,
        title="Über uns",
        intro="Wer wir sind.",
        title_tr="Hakkımızda",
        intro_tr="Biz kimiz.",
    )
    form_of(admin_client, f"/admin/pages/{page.pk}/edit/?translation=de")
    data = {"title_de": "Über uns", "slug_de": "uber-uns", "intro_de": "Neu.", "body_de-count": "0"}
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302, response.content.decode()[:1000]
    page.refresh_from_db()
    draft = page.get_latest_revision_as_object()
    assert draft.intro_de == "Neu."
    assert (draft.title_tr, draft.intro_tr, draft.slug_tr) == ("Hakkımızda", "Biz kimiz.", page.slug_tr)
    # A language that is sent is written, also when emptied.
    data.update({"title_tr": "Hakkımızda", "slug_tr": page.slug_tr or "hakkimizda", "intro_tr": ""})
    data["body_tr-count"] = "0"
    assert admin_client.post(f"/admin/pages/{page.pk}/edit/", data).status_code == 302
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().intro_tr == ""


@pytest.fixture
def weekly_event(org_a):
    event = EventPageFactory(
        parent=org_a,
        title="Sprachcafé",
        start=berlin(2027, 3, 2, 18),
        end=berlin(2027, 3, 2, 20),
        frequency=EventPage.Frequency.WEEKLY,
        count=10,
    )
    EventException.objects.create(
        event=event, original_date=datetime.date(2027, 3, 9), note="Fällt aus", note_tr="İptal"
    )
    event.save_revision().publish()
    return event


def test_a_changed_dates_note_is_offered_in_the_shown_languages_only(client, editor_a, weekly_event):
    client.force_login(editor_a)
    _soup, names = form_of(client, f"/admin/pages/{weekly_event.pk}/edit/?translation=de")
    notes = {name for name in names if name and name.startswith("exceptions-") and "-note_" in name}
    assert notes and {name.rpartition("_")[2] for name in notes} == {"de"}
    _soup, names = form_of(client, f"/admin/pages/{weekly_event.pk}/edit/?translation=all")
    notes = {name.rpartition("_")[2] for name in names if name and "-note_" in name}
    # The organisation publishes in Turkish only: never eleven notes.
    assert notes == {"de", "tr"}


@pytest.fixture
def press_office(home_page, django_user_model, directory):
    archive = PressArchivePageFactory(parent=home_page)
    group = ensure_press_office_setup()
    user = django_user_model.objects.create_user("presse", "presse@example.org", "pw-presse-12")
    user.groups.add(group)
    calendar = EventCalendarPageFactory(parent=home_page)
    return {"user": user, "archive": archive, "calendar": calendar, "directory": directory}


def add_release_form(client, press_office):
    url = f"/admin/pages/add/press/pressreleasepage/{press_office['archive'].pk}/"
    response = client.get(url)
    assert response.status_code == 200
    return response


def test_the_new_press_release_form_is_small_and_does_not_grow(client, press_office):
    """The form measured 850 KB with 133 fields and every event of the district as an option."""
    client.force_login(press_office["user"])
    bulk_events(press_office["calendar"], 5, start=berlin(2027, 1, 1, 10))
    bulk_organisations(press_office["directory"], 5)
    add_release_form(client, press_office)
    with CaptureQueriesContext(connection) as few:
        small = add_release_form(client, press_office)
    bulk_events(press_office["calendar"], 200, start=berlin(2027, 2, 1, 10))
    bulk_organisations(press_office["directory"], 100)
    with CaptureQueriesContext(connection) as many:
        large = add_release_form(client, press_office)
    assert len(many) == len(few)
    soup = BeautifulSoup(large.content, "html.parser")
    fields = {element.get("name") for element in soup.find_all(["input", "textarea", "select"])}
    assert len(fields) <= 60, sorted(field for field in fields if field)
    assert len(large.content) <= 250_000
    assert len(large.content) - len(small.content) < 2_000
    assert "Termin 150" not in large.content.decode()


def test_related_events_are_found_by_search_with_date_and_organisation(client, press_office, org_a):
    client.force_login(press_office["user"])
    for day in (3, 10):
        EventPageFactory(parent=org_a, title="Sprachcafé", slug=f"cafe-{day}", start=berlin(2027, 3, day, 18))
    EventPageFactory(parent=press_office["calendar"], title="Sprachcafé", start=berlin(2027, 4, 1, 18))
    EventPageFactory(
        parent=org_a, title="Sprachcafé", slug="entwurf", start=berlin(2027, 4, 1, 18), live=False
    )
    results = client.get("/admin/related-pages/events/?q=sprachcaf").json()["results"]
    labels = [result["label"] for result in results]
    assert labels == [
        "Sprachcafé – 01.04.2027",
        "Sprachcafé – 10.03.2027 – Anatolia Kulturverein Hilden",
        "Sprachcafé – 03.03.2027 – Anatolia Kulturverein Hilden",
    ]
    assert len({result["id"] for result in results}) == 3
    assert client.get("/admin/related-pages/nothing/?q=ab").status_code == 404
    client.logout()
    assert client.get("/admin/related-pages/events/?q=sprachcaf").status_code == 302


def test_a_release_keeps_its_related_events_and_shows_them_by_date(client, press_office, org_a):
    client.force_login(press_office["user"])
    event = EventPageFactory(parent=org_a, title="Sprachcafé", start=berlin(2027, 3, 3, 18))
    release = PressReleasePageFactory(parent=press_office["archive"], title="Sprachcafés im Kreis")
    release.related_events.set([event])
    release.save_revision().publish()
    soup, _names = form_of(client, f"/admin/pages/{release.pk}/edit/")
    chosen = soup.select(".mokme-related-pages input[name=related_events][checked]")
    assert [(box["value"], box.parent.get_text(" ", strip=True)) for box in chosen] == [
        (str(event.pk), "Sprachcafé – 03.03.2027 – Anatolia Kulturverein Hilden")
    ]


def test_a_weekly_event_needs_no_monthly_rule(client, editor_a, weekly_event):
    client.force_login(editor_a)
    soup, _names = form_of(client, f"/admin/pages/{weekly_event.pk}/edit/")
    assert not soup.select_one("select[name=monthly_by]").has_attr("required")
    weekly_event.monthly_by = ""
    weekly_event.clean()
    weekly_event.frequency = EventPage.Frequency.MONTHLY
    with pytest.raises(ValidationError) as error:
        weekly_event.clean()
    assert set(error.value.message_dict) == {"monthly_by"}


def test_the_editor_comes_without_indentation_but_keeps_the_editors_text(admin_client, home_page):
    page = StandardPageFactory(parent=home_page, title="Über uns", intro="Erste Zeile\n    eingerückt")
    html = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Erste Zeile\n    eingerückt" in html
    lines = html.split("\n")
    assert sum(1 for line in lines if line.startswith((" ", "\t"))) <= 2

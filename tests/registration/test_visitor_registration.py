"""A visitor signs up on the event page: no account, their language, no JavaScript needed."""

import datetime

import pytest
from bs4 import BeautifulSoup

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from events.registration.models import Registration
from events.registration.views import NOT_STORED, REGISTRATIONS_PER_HOUR
from tests.factories import EventPageFactory
from tests.registration.helpers import in_german, link_in, places_left, with_registration

VISITOR = {"name": "Ayşe Demir", "email": "ayse@example.org", "phone": "", "people": "1", "note": ""}


def form_of(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.select_one("#registration")


def register(client, event, language="de", **changes):
    """Fills in the form on the event page as a visitor does (its hidden fields included)."""
    page_url = event.url.replace("/de/", f"/{language}/", 1)
    form = form_of(client.get(page_url)).find("form")
    hidden = {field["name"]: field.get("value", "") for field in form.find_all("input", type="hidden")}
    return client.post(form["action"].split("#")[0], {**hidden, **VISITOR, **changes})


def test_the_event_page_shows_the_places_left(client, event):
    box = form_of(client.get(event.url))
    assert places_left(3) in box.get_text()
    assert box.find("form")["method"] == "post"


def test_a_phone_registration_takes_a_place_at_once(client, event, outbox):
    response = register(client, event, email="", phone="02103 12345", people="2")
    assert response.status_code == 302
    done = client.get(response["Location"])
    assert in_german("You are registered") in done.content.decode()
    assert Registration.objects.get().status == Registration.Status.CONFIRMED
    assert places_left(1) in form_of(client.get(event.url)).get_text()
    assert outbox == []


def test_an_email_counts_only_once_confirmed(client, event, outbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = register(client, event, "tr")
    assert response.status_code == 302
    with translation.override("de"):
        german_url = event.url
    assert places_left(3) in form_of(client.get(german_url)).get_text()
    [mail] = outbox
    assert "Dil kafesi" in mail.subject and mail.to == ["ayse@example.org"]
    confirm_url = link_in(mail, "confirm")
    assert confirm_url.startswith("/tr/")
    # Opening the link (a mail program checking it) confirms nothing; the button does.
    assert client.get(confirm_url).status_code == 200
    assert Registration.objects.get().status == Registration.Status.UNCONFIRMED
    with django_capture_on_commit_callbacks(execute=True):
        confirmed = client.post(confirm_url)
    assert confirmed.status_code == 302
    assert Registration.objects.get().status == Registration.Status.CONFIRMED
    assert places_left(2) in form_of(client.get(german_url)).get_text()
    assert link_in(outbox[1], "cancel").startswith("/tr/")


def test_a_full_date_offers_the_waiting_list(client, event):
    register(client, event, email="", phone="0211 1", people="3")
    box = form_of(client.get(event.url))
    assert in_german("Fully booked – waiting list") in box.get_text()
    register(client, event, email="", phone="0211 2", people="1")
    assert Registration.objects.get(phone="0211 2").status == Registration.Status.WAITING


def test_without_waiting_list_a_full_date_is_closed(client, event):
    settings = event.registration_settings.get()
    settings.has_waiting_list = False
    settings.save()
    register(client, event, email="", phone="0211 1", people="3")
    box = form_of(client.get(event.url))
    assert box.find("form") is None
    assert in_german("Fully booked") in box.get_text()
    # Sent from a page opened before the last places went.
    response = client.post(
        f"{event.url}register/", {**VISITOR, "email": "", "phone": "0211 2", "date": "all"}
    )
    assert response.status_code == 200
    assert Registration.objects.count() == 1


def test_invalid_input_keeps_what_was_entered(client, event):
    response = register(client, event, email="", phone="", note="Wir kommen mit Kinderwagen")
    assert response.status_code == 200
    box = form_of(response)
    assert box.find("input", attrs={"name": "name"})["value"] == "Ayşe Demir"
    assert box.find("textarea", attrs={"name": "note"}).get_text().strip() == "Wir kommen mit Kinderwagen"
    assert box.find("input", attrs={"name": "email"})["aria-invalid"] == "true"
    assert Registration.objects.count() == 0


@pytest.mark.parametrize("people", ["0", "11", "drei", "99999999999999999999"])
def test_nonsense_numbers_are_refused_without_error(client, event, people):
    response = register(client, event, email="", phone="0211 1", people=people)
    assert response.status_code == 200
    assert Registration.objects.count() == 0


def test_honeypot_drops_a_bot_silently(client, event, outbox):
    response = register(client, event, website="http://spam.example")
    assert response.status_code == 302
    assert Registration.objects.count() == 0 and outbox == []


def test_the_limit_counts_only_stored_registrations(client, event, settings):
    # Mistakes do not count: the visitor who mistyped is not stopped.
    for _attempt in range(REGISTRATIONS_PER_HOUR + 2):
        register(client, event, email="kaputt")
    settings_row = event.registration_settings.get()
    settings_row.places = 100
    settings_row.save()
    for number in range(REGISTRATIONS_PER_HOUR):
        assert register(client, event, email=f"person{number}@example.org").status_code == 302
    response = register(client, event, email="noch-eine@example.org", name="Noch Eine")
    assert response.status_code == 429
    assert str(NOT_STORED) in BeautifulSoup(response.content, "html.parser").get_text()
    assert form_of(response).find("input", attrs={"name": "name"})["value"] == "Noch Eine"
    assert Registration.objects.count() == REGISTRATIONS_PER_HOUR


def test_a_registration_renews_the_cached_page(client, event, settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.CSRF_USE_SESSIONS = False
    client.get(event.url)
    register(client, event, email="", phone="0211 1", people="2")
    assert places_left(1) in form_of(client.get(event.url)).get_text()


def test_cancel_link_frees_the_place(client, event):
    response = register(client, event, email="", phone="0211 1", people="3")
    done = BeautifulSoup(client.get(response["Location"]).content, "html.parser")
    cancel_url = done.find("a", string=in_german("Cancel the registration"))["href"]
    assert client.get(cancel_url).status_code == 200
    assert client.post(cancel_url).status_code == 200
    assert Registration.objects.count() == 0
    assert places_left(3) in form_of(client.get(event.url)).get_text()
    assert client.post(cancel_url).status_code == 404


def test_forged_links_are_refused(client, event):
    assert client.get(f"{event.url}cancel/MTpmb3JnZWQ/").status_code == 404
    assert client.post(f"{event.url}confirm/abc/").status_code == 404


def test_a_cancellation_moves_the_first_waiting_up_and_mails_them(
    client, event, outbox, django_capture_on_commit_callbacks
):
    register(client, event, email="", phone="0211 1", people="3")
    with django_capture_on_commit_callbacks(execute=True):
        register(client, event, "tr", name="Bilal", email="bilal@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(link_in(outbox[0], "confirm"))
    assert Registration.objects.get(name="Bilal").status == Registration.Status.WAITING
    assert "Dil kafesi" in outbox[1].subject

    first = Registration.objects.get(phone="0211 1")
    from events.registration import tokens

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{event.url}cancel/{tokens.make(first, tokens.CANCEL)}/")
    assert Registration.objects.get(name="Bilal").status == Registration.Status.CONFIRMED
    moved_up = outbox[2]
    assert moved_up.to == ["bilal@example.org"] and "Dil kafesi" in moved_up.subject
    assert link_in(moved_up, "cancel").startswith("/tr/")


def test_a_weekly_series_counts_the_places_of_each_date(client, calendar_page):
    start = timezone.now().replace(microsecond=0) + datetime.timedelta(days=2)
    series = with_registration(
        EventPageFactory(
            parent=calendar_page, title="Nähkurs", slug="naehkurs", start=start, frequency="weekly", count=4
        ),
        places=2,
        scope="date",
    )
    box = form_of(client.get(series.url))
    dates = box.find_all("input", attrs={"name": "date", "type": "radio"})
    assert len(dates) == 4
    assert all(places_left(2) in box.find("label", attrs={"for": date["id"]}).get_text() for date in dates)

    second = dates[1]["value"]
    client.post(
        f"{series.url}register/", {**VISITOR, "email": "", "phone": "0211 1", "people": "2", "date": second}
    )
    box = form_of(client.get(series.url))
    labels = {
        date["value"]: box.find("label", attrs={"for": date["id"]}).get_text()
        for date in box.find_all("input", attrs={"name": "date", "type": "radio"})
    }
    assert in_german("Fully booked – waiting list") in labels[second]
    assert places_left(2) in labels[dates[0]["value"]]
    assert Registration.objects.get().date.isoformat() == second


def test_the_event_page_asks_the_same_queries_for_5_and_50_registrations(client, event):
    def add(count):
        Registration.objects.bulk_create(
            Registration(
                event=event,
                starts_at=event.start,
                name=f"Gast {n}",
                phone="0211",
                status="waiting",
                language="de",
            )
            for n in range(count)
        )

    add(5)
    client.get(event.url)
    with CaptureQueriesContext(connection) as few:
        client.get(event.url)
    add(45)
    with CaptureQueriesContext(connection) as many:
        client.get(event.url)
    assert len(many) == len(few)


def test_after_the_deadline_the_form_is_gone(client, event):
    settings_row = event.registration_settings.get()
    settings_row.closes_hours_before = 4 * 24  # the event starts in three days
    settings_row.save()
    box = form_of(client.get(event.url))
    assert box.find("form") is None
    assert in_german("Registration closed") in box.get_text()
    response = client.post(f"{event.url}register/", {**VISITOR, "date": "all"})
    assert response.status_code == 200
    assert Registration.objects.count() == 0


def test_confirming_when_meanwhile_full_without_waiting_list_says_so(
    client, event, outbox, django_capture_on_commit_callbacks
):
    settings_row = event.registration_settings.get()
    settings_row.has_waiting_list = False
    settings_row.save()
    with django_capture_on_commit_callbacks(execute=True):
        register(client, event)
    register(client, event, email="", phone="0211 1", people="3")
    response = client.post(link_in(outbox[0], "confirm"))
    assert response.status_code == 409
    assert in_german("Fully booked") in response.content.decode()
    # Nothing of the visitor is kept.
    assert list(Registration.objects.values_list("phone", flat=True)) == ["0211 1"]

"""The editor switches registration on in the event's own form: one panel, published with it."""

from bs4 import BeautifulSoup

from events.registration.models import RegistrationSettings
from tests.admin_forms import PageForm
from tests.factories import EventPageFactory
from tests.registration.helpers import places_left


def test_editor_switches_registration_on_with_places(admin_client, calendar_page, client):
    event = EventPageFactory(parent=calendar_page, title="Frauenfrühstück", slug="fruehstueck")
    assert BeautifulSoup(client.get(event.url).content, "html.parser").select_one("#registration") is None

    form = PageForm(admin_client, f"/admin/pages/{event.pk}/edit/")
    form.add_row(
        "registration_settings",
        is_open="on",
        places=12,
        closes_hours_before=24,
        scope="series",
        has_waiting_list="on",
    )
    response = form.post("publish")
    assert response.status_code == 302, form.errors(response)

    settings = RegistrationSettings.objects.get(event=event)
    assert (settings.places, settings.closes_hours_before, settings.has_waiting_list) == (12, 24, True)
    box = BeautifulSoup(client.get(event.url).content, "html.parser").select_one("#registration")
    assert places_left(12) in box.get_text()


def test_nonsense_places_are_refused_in_the_form(admin_client, calendar_page):
    event = EventPageFactory(parent=calendar_page, title="Ausflug", slug="ausflug")
    form = PageForm(admin_client, f"/admin/pages/{event.pk}/edit/")
    form.add_row("registration_settings", is_open="on", places="viele", closes_hours_before=0, scope="date")
    response = form.post("publish")
    assert response.status_code == 200
    assert not RegistrationSettings.objects.exists()

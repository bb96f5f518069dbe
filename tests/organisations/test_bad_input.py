"""Bad input found by the fuzz tests: a form error instead of the error page."""

import pytest

from organisations.models import Community, FieldOfActivity, OrganisationApplication, SpokenLanguage, Town


@pytest.fixture
def application():
    return {
        "name": "Neuer Verein",
        "contact_name": "Bilal",
        "email": "bilal@example.org",
        "town": Town.objects.get(slug="hilden").pk,
        "communities": [Community.objects.order_by("pk").first().pk],
        "spoken_languages": [SpokenLanguage.objects.get(code="ar").pk],
        "fields_of_activity": [FieldOfActivity.objects.get(slug="culture").pk],
        "description": "Wir treffen uns jeden Freitag.",
        "consent": "on",
    }


@pytest.mark.parametrize("field", ["communities", "spoken_languages", "fields_of_activity"])
def test_a_choice_too_large_for_the_database_is_an_invalid_choice(client, home_page, application, field):
    # SQLite raised OverflowError while checking such a choice: this was a 500.
    response = client.post("/de/organisation-anmelden/", {**application, field: ["9" * 30]})
    assert response.status_code == 200
    assert f"„{'9' * 30}“ ist kein gültiger Wert." in response.content.decode()
    assert not OrganisationApplication.objects.exists()


def test_the_same_application_with_real_choices_is_stored(client, home_page, application):
    response = client.post("/de/organisation-anmelden/", application)
    assert response.status_code == 302
    assert OrganisationApplication.objects.get().name == "Neuer Verein"

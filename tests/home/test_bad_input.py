"""Bad input found by the fuzz tests: a clear 400 instead of the error page."""

import pytest


@pytest.mark.parametrize("page", ["²", "①", "¹²"])
def test_a_superscript_or_circled_page_number_is_refused_clearly(client, home_page, page):
    # str.isdigit() accepts these, int() does not: this was a 500.
    response = client.get("/de/suche/", {"q": "Verein", "page": page})
    assert response.status_code == 400
    assert "Die Seitenzahl muss eine positive ganze Zahl sein." in response.content.decode()


def test_a_plain_page_number_still_works(client, home_page):
    assert client.get("/de/suche/", {"q": "Verein", "page": "1"}).status_code == 200


@pytest.mark.parametrize("return_url", ["start", "https://evil.example/", "//evil.example/"])
def test_the_password_form_of_a_protected_page_returns_only_within_the_portal(client, home_page, return_url):
    from wagtail.models import PageViewRestriction

    from tests.factories import StandardPageFactory

    page = StandardPageFactory(parent=home_page, title="Intern", slug="intern")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="vereinsintern"
    )
    response = client.post(
        f"/de/_util/authenticate_with_password/{restriction.pk}/{page.pk}/",
        {"password": "vereinsintern", "return_url": return_url},
    )
    assert response.status_code == 302
    assert response["Location"] == "/"

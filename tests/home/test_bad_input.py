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


def test_behind_nginx_each_visitor_has_their_own_search_limit(client, home_page, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    nginx = {"REMOTE_ADDR": "127.0.0.1"}
    for _ in range(30):
        assert (
            client.get(
                "/de/suche/", {"q": "Verein"}, HTTP_X_FORWARDED_FOR="198.51.100.7", **nginx
            ).status_code
            == 200
        )
    assert (
        client.get("/de/suche/", {"q": "Verein"}, HTTP_X_FORWARDED_FOR="198.51.100.7", **nginx).status_code
        == 429
    )
    # Another visitor behind the same nginx is not affected …
    assert (
        client.get("/de/suche/", {"q": "Verein"}, HTTP_X_FORWARDED_FOR="203.0.113.9", **nginx).status_code
        == 200
    )
    # … and a forged first entry does not escape the limit: nginx appended the real address last.
    forged = "10.9.8.7, 198.51.100.7"
    assert client.get("/de/suche/", {"q": "Verein"}, HTTP_X_FORWARDED_FOR=forged, **nginx).status_code == 429

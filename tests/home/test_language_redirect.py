"""`/` sends each visitor to their language."""

import pytest


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("tr-TR,tr;q=0.9,en;q=0.5", "/tr/"),
        ("ar", "/ar/"),
        ("fa-IR,fa;q=0.9", "/fa/"),
        ("ku,de;q=0.5", "/kmr/"),  # browsers call Kurdish "ku"
        ("ja,zh;q=0.8,uk;q=0.3", "/uk/"),  # first language the portal has
        ("ja,zh", "/de/"),
        ("", "/de/"),
        ("*;q=0.1,;;;=garbage", "/de/"),
    ],
)
def test_root_redirects_by_accept_language(client, home_page, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


def test_remembered_choice_wins_over_browser_language(client, home_page):
    client.cookies["mokme_language"] = "pl"
    response = client.get("/", headers={"accept-language": "tr"})
    assert response["Location"] == "/pl/"


def test_unknown_remembered_choice_is_ignored(client, home_page):
    client.cookies["mokme_language"] = "xx"
    response = client.get("/", headers={"accept-language": "it"})
    assert response["Location"] == "/it/"


def test_redirect_target_is_served(client, home_page):
    response = client.get("/", headers={"accept-language": "tr"}, follow=True)
    assert response.status_code == 200
    assert response.request["PATH_INFO"] == "/tr/"

"""No public page makes the browser contact another origin, and anonymous visitors get no cookies."""

import re

import pytest
from bs4 import BeautifulSoup

from tests.factories import StandardPageFactory

RESOURCE_ATTRIBUTES = {"script": "src", "img": "src", "iframe": "src", "source": "srcset", "link": "href"}


def external_resources(html):
    soup = BeautifulSoup(html, "html.parser")
    found = []
    for tag, attribute in RESOURCE_ATTRIBUTES.items():
        for element in soup.find_all(tag):
            if element.find_parent("template"):
                continue  # inert until the visitor consents
            if tag == "link" and set(element.get("rel", [])) & {"canonical", "alternate"}:
                continue  # links, not requests
            value = element.get(attribute) or ""
            if re.match(r"^(https?:)?//", value) and not value.startswith("http://testserver/"):
                found.append(value)
    for style in soup.find_all(style=True):
        if "url(" in style["style"]:
            found.append(style["style"])
    return found


@pytest.mark.parametrize(
    "url", ["/de/", "/ar/", "/de/seite/", "/fa/seite/", "/de/barriere-melden/", "/tr/nicht-da/"]
)
def test_public_pages_load_nothing_from_other_origins(client, home_page, url):
    StandardPageFactory(parent=home_page, title="Seite", slug="seite")
    response = client.get(url)
    assert external_resources(response.content) == []


def test_anonymous_visitors_get_no_cookies_on_content_pages(client, home_page):
    response = client.get("/de/")
    assert response.cookies == {} or not any(morsel.value for morsel in response.cookies.values())


def test_the_privacy_statement_names_exactly_the_cookies_the_portal_sets():
    from django.conf import settings

    from home.demo.legal_texts import PRIVACY

    blocks = dict(PRIVACY["body"][index : index + 2] for index in range(len(PRIVACY["body"]) - 1))
    cookie_list = BeautifulSoup(blocks[("heading", "Cookies")][1], "html.parser")
    named = {bold.get_text() for bold in cookie_list.find_all("b")}
    assert named == {settings.LANGUAGE_COOKIE_NAME, settings.CSRF_COOKIE_NAME, settings.SESSION_COOKIE_NAME}


def test_the_privacy_statement_says_how_long_failed_logins_are_kept():
    from home.demo.legal_texts import PRIVACY
    from home.management.commands.forget_login_failures import KEEP_FOR

    text = " ".join(str(value) for _kind, value in PRIVACY["body"])
    assert f"nach {int(KEEP_FOR.total_seconds() // 3600)} Stunden gelöscht" in text

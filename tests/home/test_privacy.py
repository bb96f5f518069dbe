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

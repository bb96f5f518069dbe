"""Every response carries the portal's security headers; public pages allow no inline script."""

import pytest
from bs4 import BeautifulSoup

from django.conf import settings

from tests.factories import StandardPageFactory


def policy(response):
    header = response.headers["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split("; ")}


@pytest.mark.parametrize("url", ["/de/", "/ar/seite/", "/de/barriere-melden/", "/de/gibt-es-nicht/"])
def test_public_pages_run_only_the_portals_own_scripts(client, home_page, url):
    StandardPageFactory(parent=home_page, title="Seite", slug="seite", slug_ar="seite")
    response = client.get(url)
    csp = policy(response)
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert "camera=()" in response.headers["Permissions-Policy"]
    assert "geolocation=()" in response.headers["Permissions-Policy"]


@pytest.mark.parametrize("url", ["/de/", "/de/seite/", "/de/barriere-melden/", "/de/organisation-anmelden/"])
def test_public_templates_have_nothing_the_policy_would_block(client, home_page, url):
    StandardPageFactory(parent=home_page, title="Seite", slug="seite")
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    inline_scripts = [
        script
        for script in soup.find_all("script")
        if not script.get("src") and script.get("type") != "application/ld+json"
    ]
    handlers = [
        (element.name, attribute)
        for element in soup.find_all(True)
        for attribute in element.attrs
        if attribute.startswith("on")
    ]
    assert inline_scripts == []
    assert handlers == []
    assert soup.find_all(style=True) == []
    assert soup.find_all("style") == []


def test_embed_players_may_load_only_from_the_known_providers(client, home_page):
    csp = policy(client.get("/de/"))
    assert csp["frame-src"] == ["'self'", *settings.PORTAL_EMBED_ORIGINS]
    assert all(origin.startswith("https://") for origin in settings.PORTAL_EMBED_ORIGINS)


def test_the_admin_gets_what_wagtail_needs_and_still_no_other_origin(admin_client):
    response = admin_client.get("/admin/")
    csp = policy(response)
    assert response.status_code == 200
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'", "'unsafe-inline'"]
    # The live preview frames the page inside the editor.
    assert csp["frame-ancestors"] == ["'self'"]
    assert not any("http" in source for sources in csp.values() for source in sources)


def test_editors_viewing_the_site_get_the_policy_their_userbar_needs(admin_client):
    csp = policy(admin_client.get("/de/"))
    assert "'unsafe-inline'" in csp["script-src"]


def test_the_login_page_of_the_admin_is_covered_too(client, home_page):
    csp = policy(client.get("/admin/login/"))
    assert csp["object-src"] == ["'none'"]

"""Requests for a host the portal does not serve are refused (400) before any view runs; the
check of a host it serves is made once per process (home/security/hosts.py)."""

import pytest

from django.http import request as django_request
from django.test import override_settings

from home.security import hosts

pytestmark = pytest.mark.django_db

SERVED = ["portal.example", ".mettmann.example"]


@pytest.fixture
def checks(monkeypatch):
    """How many times Django compared a host with ALLOWED_HOSTS."""
    made = []
    validate_host = django_request.validate_host

    def counted(host, allowed_hosts):
        made.append(host)
        return validate_host(host, allowed_hosts)

    monkeypatch.setattr(django_request, "validate_host", counted)
    return made


@override_settings(ALLOWED_HOSTS=SERVED)
def test_a_host_the_portal_does_not_serve_is_refused_every_time(client, checks):
    assert client.get("/healthz", HTTP_HOST="portal.example").status_code == 200
    for _ in range(3):
        assert client.get("/healthz", HTTP_HOST="attacker.example").status_code == 400
    # A forged host is never remembered: each of its requests is checked anew (its error page
    # checks it again).
    assert checks.count("attacker.example") >= 3
    assert "attacker.example" not in hosts._accepted_hosts


@override_settings(ALLOWED_HOSTS=SERVED)
def test_a_host_the_portal_serves_is_checked_once(client, checks):
    for _ in range(3):
        assert client.get("/healthz", HTTP_HOST="portal.example").status_code == 200
        assert client.get("/healthz", HTTP_HOST="www.mettmann.example:8443").status_code == 200
    assert checks == ["portal.example", "www.mettmann.example"]


def test_a_host_no_longer_served_is_refused_at_once(client, settings):
    settings.ALLOWED_HOSTS = SERVED
    assert client.get("/healthz", HTTP_HOST="portal.example").status_code == 200
    settings.ALLOWED_HOSTS = ["other.example"]
    assert client.get("/healthz", HTTP_HOST="portal.example").status_code == 400


@override_settings(ALLOWED_HOSTS=SERVED)
def test_made_up_subdomains_fill_no_more_than_the_memory_allows(client):
    for number in range(hosts.HOSTS_KEPT + 20):
        assert client.get("/healthz", HTTP_HOST=f"x{number}.mettmann.example").status_code == 200
    assert len(hosts._accepted_hosts) == hosts.HOSTS_KEPT
    assert client.get("/healthz", HTTP_HOST="x99999.mettmann.example").status_code == 200
    assert client.get("/healthz", HTTP_HOST="evil.example").status_code == 400


@override_settings(ALLOWED_HOSTS=SERVED, USE_X_FORWARDED_HOST=True)
def test_the_forwarded_host_is_the_one_checked_where_the_settings_trust_it(client):
    assert (
        client.get("/healthz", HTTP_HOST="portal.example", HTTP_X_FORWARDED_HOST="evil.example").status_code
        == 400
    )
    assert (
        client.get("/healthz", HTTP_HOST="evil.example", HTTP_X_FORWARDED_HOST="portal.example").status_code
        == 200
    )

"""Smaller holes an attacker found: probes behind the SSL redirect, a bare psycopg error, the
400 page echoing the rejected host, gunicorn listening on every interface, unlimited
password-reset mails."""

import importlib
import runpy
from pathlib import Path
from unittest import mock

import psycopg
import pytest

from django.core import mail
from django.test import Client, override_settings

GUNICORN_CONFIG = Path(__file__).resolve().parents[2] / "mokme_cms" / "gunicorn.py"


@pytest.fixture
def production(monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "test-production-key-" + "x" * 40)
    monkeypatch.setenv("ALLOWED_HOSTS", "mokme.example")
    monkeypatch.setenv("DATABASE_URL", "postgres://mokme@127.0.0.1:5432/mokme")
    monkeypatch.delenv("SECURE_SSL_REDIRECT", raising=False)
    return importlib.reload(importlib.import_module("mokme_cms.settings.production"))


def test_probes_answer_over_plain_http_while_pages_are_redirected_to_https(db, production):
    with override_settings(
        SECURE_SSL_REDIRECT=production.SECURE_SSL_REDIRECT,
        SECURE_REDIRECT_EXEMPT=production.SECURE_REDIRECT_EXEMPT,
    ):
        client = Client()
        assert client.get("/healthz").status_code == 200
        assert client.get("/readyz").status_code == 200
        page = client.get("/de/")
        assert page.status_code == 301 and page["Location"].startswith("https://")


@pytest.mark.parametrize("chained", [False, True])
def test_a_bare_psycopg_error_is_the_outage_page_not_a_500(home_page, chained):
    error = psycopg.OperationalError("consuming input failed: server closed the connection unexpectedly")
    if chained:
        try:
            try:
                raise error
            except psycopg.OperationalError as cause:
                raise RuntimeError("while rendering the menu") from cause
        except RuntimeError as wrapped:
            error = wrapped
    with mock.patch("wagtail.models.Site.find_for_request", side_effect=error):
        response = Client(raise_request_exception=False).get("/de/")
    assert response.status_code == 503
    assert response["Retry-After"] == "60"


@override_settings(ALLOWED_HOSTS=["mokme.example"], DEBUG=False)
def test_the_400_page_does_not_name_the_rejected_host(home_page):
    response = Client(raise_request_exception=False).get("/de/", HTTP_HOST="angreifer.example")
    assert response.status_code == 400
    assert "angreifer.example" not in response.content.decode()


def test_the_400_page_still_says_what_was_wrong_with_the_portals_own_input(home_page):

    response = Client(raise_request_exception=False).get("/de/suche/", {"q": "Verein", "page": "minus"})
    assert response.status_code == 400
    assert "positive" in response.content.decode() or "positiv" in response.content.decode()


def test_gunicorn_listens_on_loopback_and_trusts_only_the_local_proxy(monkeypatch):
    for name in ("GUNICORN_BIND", "PORT", "FORWARDED_ALLOW_IPS"):
        monkeypatch.delenv(name, raising=False)
    config = runpy.run_path(str(GUNICORN_CONFIG))
    assert config["bind"] == "127.0.0.1:8000"
    assert config["forwarded_allow_ips"] == "127.0.0.1,::1"
    monkeypatch.setenv("PORT", "5000")
    assert runpy.run_path(str(GUNICORN_CONFIG))["bind"] == "127.0.0.1:5000"
    monkeypatch.setenv("GUNICORN_BIND", "unix:/run/mokme/gunicorn.sock")
    assert runpy.run_path(str(GUNICORN_CONFIG))["bind"] == "unix:/run/mokme/gunicorn.sock"


def test_password_reset_mails_are_limited_without_saying_so(client, django_user_model):
    django_user_model.objects.create_user("ayse", "ayse@example.org", "Sprachcafe-2026!")
    answers = [
        client.post("/admin/password_reset/", {"email": "ayse@example.org"}, REMOTE_ADDR=f"198.51.100.{n}")
        for n in range(8)
    ]
    assert {answer.status_code for answer in answers} == {302}
    assert {answer["Location"] for answer in answers} == {"/admin/password_reset/done/"}
    assert len(mail.outbox) == 3

    # From one address, a script trying many accounts is stopped too.
    for number in range(8):
        client.post(
            "/admin/password_reset/", {"email": f"person{number}@example.org"}, REMOTE_ADDR="203.0.113.9"
        )
    django_user_model.objects.create_user("ben", "ben@example.org", "Sprachcafe-2026!")
    client.post("/admin/password_reset/", {"email": "ben@example.org"}, REMOTE_ADDR="203.0.113.9")
    assert len(mail.outbox) == 3

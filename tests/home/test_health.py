"""Probes: /healthz never needs the database, /readyz reports whether it is reachable."""

from unittest import mock

from django.db import OperationalError


def test_healthz_answers_without_the_database(client):
    # No database fixture: any query here would make pytest-django fail the test.
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "no-cache" in response["Cache-Control"]


def test_readyz_is_ok_when_the_database_answers(client, db):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.content == b"ok\n"


def test_readyz_is_503_when_the_database_is_down(client, db):
    with mock.patch("home.health.connection.cursor", side_effect=OperationalError("connection refused")):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert b"database unavailable" in response.content
    assert b"Traceback" not in response.content
    # Back again: the next probe succeeds without a restart.
    assert client.get("/readyz").status_code == 200


def test_probes_only_answer_get(client, db):
    assert client.post("/healthz").status_code == 405
    assert client.post("/readyz").status_code == 405


def test_load_balancers_and_monitors_probe_with_head(client, db):
    """HEAD answered 405 on /, /healthz and /readyz; probes that use it marked the portal down."""
    assert client.head("/healthz").status_code == 200
    assert client.head("/readyz").status_code == 200
    root = client.head("/", headers={"accept-language": "tr"})
    assert root.status_code == 302 and root["Location"] == "/tr/"
    assert client.head("/robots.txt").status_code == 200

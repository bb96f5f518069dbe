"""Repeated wrong passwords lock the admin login for that account and address for a while."""

import datetime

import pytest
import time_machine

from django.test import override_settings

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("home_page")]

PASSWORD = "Sprachcafe-2026!"
OFFICE = "203.0.113.7"


@pytest.fixture(autouse=True)
def throttled():
    with override_settings(AXES_ENABLED=True):
        yield


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("ayse", "ayse@example.org", PASSWORD)


def sign_in(client, password, address=OFFICE, **headers):
    return client.post(
        "/admin/login/",
        {"username": "ayse", "password": password},
        REMOTE_ADDR=address,
        follow=False,
        **headers,
    )


NGINX = "127.0.0.1"


def through_nginx(client, password, visitor):
    # nginx appends the address it saw to whatever the client sent.
    return sign_in(client, password, address=NGINX, HTTP_X_FORWARDED_FOR=f"10.0.0.1, {visitor}")


def test_the_sixth_attempt_after_five_wrong_passwords_is_refused_with_a_clear_message(client, editor):
    for _ in range(4):
        response = sign_in(client, "falsch")
        assert response.status_code == 200
        assert "Zu viele" not in response.content.decode()

    locked = sign_in(client, "falsch")
    assert locked.status_code == 429
    text = locked.content.decode()
    assert "Zu viele fehlgeschlagene Anmeldeversuche" in text
    assert "15 Minuten" in text
    # The login page comes back with the account name still filled in.
    assert 'value="ayse"' in text

    # Even the right password does not get in during the lock.
    assert sign_in(client, PASSWORD).status_code == 429


def test_the_lock_ends_after_a_quarter_of_an_hour(client, editor):
    start = datetime.datetime(2026, 11, 26, 9, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False):
        for _ in range(5):
            sign_in(client, "falsch")
        assert sign_in(client, PASSWORD).status_code == 429
    with time_machine.travel(start + datetime.timedelta(minutes=16), tick=False):
        response = sign_in(client, PASSWORD)
    assert response.status_code == 302
    assert response.url == "/admin/"


def test_a_lock_at_one_address_does_not_lock_the_account_elsewhere(client, editor):
    for _ in range(5):
        sign_in(client, "falsch")
    response = sign_in(client, PASSWORD, address="198.51.100.20")
    assert response.status_code == 302


def test_a_successful_sign_in_forgets_earlier_mistakes(client, editor):
    for _ in range(4):
        sign_in(client, "falsch")
    assert sign_in(client, PASSWORD).status_code == 302
    client.logout()
    for _ in range(4):
        assert sign_in(client, "falsch").status_code == 200


def test_records_of_failed_logins_are_forgotten_after_a_day(client, editor):
    from axes.models import AccessAttempt

    from django.core.management import call_command

    start = datetime.datetime(2026, 11, 26, 9, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False):
        sign_in(client, "falsch")
    with time_machine.travel(start + datetime.timedelta(hours=23), tick=False):
        sign_in(client, "falsch", address="198.51.100.20")
    with time_machine.travel(start + datetime.timedelta(hours=25), tick=False):
        call_command("forget_login_failures")
    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == ["198.51.100.20"]


def test_behind_the_proxy_wrong_passwords_from_anywhere_do_not_lock_the_editor_out(client, editor, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for _ in range(5):
        through_nginx(client, "falsch", visitor="198.51.100.66")
    # The attacker's address is locked for this account …
    assert through_nginx(client, PASSWORD, visitor="198.51.100.66").status_code == 429
    # … the editor in her office, behind the same nginx, signs in.
    response = through_nginx(client, PASSWORD, visitor=OFFICE)
    assert response.status_code == 302
    assert response.url == "/admin/"


def test_a_client_reaching_gunicorn_directly_cannot_name_its_address(client, editor, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    # Not from the proxy: X-Forwarded-For is not believed, each attempt counts for the peer.
    for number in range(5):
        sign_in(client, "falsch", address="203.0.113.50", HTTP_X_FORWARDED_FOR=f"192.0.2.{number}")
    direct = sign_in(client, PASSWORD, address="203.0.113.50", HTTP_X_FORWARDED_FOR="192.0.2.99")
    assert direct.status_code == 429
    assert through_nginx(client, PASSWORD, visitor=OFFICE).status_code == 302


def test_login_throttling_and_rate_limits_count_the_same_visitor(rf, settings):
    from axes.helpers import get_client_ip_address

    from home.security.client_address import client_address

    settings.TRUSTED_PROXY_COUNT = 1
    request = rf.get("/", REMOTE_ADDR=NGINX, HTTP_X_FORWARDED_FOR="10.0.0.1, 198.51.100.66")
    assert get_client_ip_address(request) == client_address(request) == "198.51.100.66"

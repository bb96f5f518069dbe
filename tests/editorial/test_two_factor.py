"""Optional two-factor login: setting it up, the code step after the password, turning it off."""

import time
from base64 import b32encode
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.utils import timezone
from django.utils.translation import gettext, override

from wagtail.users.models import UserProfile

SETUP_URL = "/admin/two-factor/setup/"
TURN_OFF_URL = "/admin/two-factor/turn-off/"
VERIFY_URL = "/admin/two-factor/verify/"
PASSWORD = "pw-moderation-1"


def german(msgid):
    with override("de"):
        return " ".join(gettext(msgid).split())


WRONG_CODE = german(
    "This code is not correct or has already been used. Please enter the code the app shows now."
)
TOO_MANY = german("Too many wrong codes. You can try again from %(time)s.").split("%(time)s")[0]


def text(response):
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text(" ").split())


def code_input(response):
    return BeautifulSoup(response.content, "html.parser").find("input", attrs={"name": "code"})


def current_code(device):
    """The code the phone shows now, or the next one if the current one was just used."""
    device.refresh_from_db()
    now = int((time.time() - device.t0) // device.step) + device.drift
    ahead = max(0, device.last_t + 1 - now)
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift + ahead):06d}"


def another_code(device):
    code = current_code(device)
    return f"{(int(code) + 1) % 1_000_000:06d}"


def a_moment_later(device):
    """django-otp waits longer after each wrong code; the tests skip the wait."""
    TOTPDevice.objects.filter(pk=device.pk).update(
        throttling_failure_timestamp=timezone.now() - timedelta(hours=1)
    )


@pytest.fixture
def device(moderator):
    return TOTPDevice.objects.create(user=moderator, name="Authenticator app", confirmed=True)


def sign_in_with_password(client, username="moderatorin", password=PASSWORD):
    response = client.post("/admin/login/", {"username": username, "password": password})
    assert response.status_code == 302
    return client.get("/admin/")


def sign_in_with_code(client, user, device):
    client.force_login(user)
    response = client.post(f"{VERIFY_URL}?next=/admin/", {"code": current_code(device)})
    assert response.status_code == 302


# --- Setting it up -------------------------------------------------------------------


def test_account_offers_two_factor_login(client, moderator):
    client.force_login(moderator)
    soup = BeautifulSoup(client.get("/admin/account/").content, "html.parser")
    assert soup.find("a", href=SETUP_URL).get_text(strip=True) == german("Turn on two-factor login")


def test_setup_page_shows_qr_code_and_key(client, moderator):
    client.force_login(moderator)
    response = client.get(SETUP_URL)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    qr_code = soup.find("img", class_="mokme-two-factor-qr")
    assert qr_code["src"].startswith("data:image/svg+xml")
    assert qr_code["alt"]
    device = TOTPDevice.objects.get(user=moderator)
    assert not device.confirmed
    shown_key = soup.find("code", class_="mokme-two-factor-secret").get_text()
    assert shown_key.replace(" ", "") == b32encode(device.bin_key).decode()
    # A reload keeps the key that may already be in the app.
    client.get(SETUP_URL)
    assert TOTPDevice.objects.get(user=moderator).key == device.key


def test_setup_refuses_a_wrong_code(client, moderator):
    client.force_login(moderator)
    client.get(SETUP_URL)
    device = TOTPDevice.objects.get(user=moderator)
    wrong = another_code(device)
    response = client.post(SETUP_URL, {"code": wrong})
    assert response.status_code == 200
    assert WRONG_CODE in text(response)
    assert code_input(response)["value"] == wrong
    assert not TOTPDevice.objects.filter(user=moderator, confirmed=True).exists()


def test_setup_with_the_current_code_turns_it_on(client, moderator):
    client.force_login(moderator)
    client.get(SETUP_URL)
    device = TOTPDevice.objects.get(user=moderator)
    response = client.post(SETUP_URL, {"code": current_code(device)})
    assert response.status_code == 302
    assert response["Location"] == "/admin/account/"
    assert TOTPDevice.objects.get(user=moderator).confirmed
    # The code just entered counts for this session: the admin keeps working.
    assert client.get("/admin/").status_code == 200
    soup = BeautifulSoup(client.get("/admin/account/").content, "html.parser")
    assert soup.find("a", href=TURN_OFF_URL).get_text(strip=True) == german("Turn off two-factor login")
    assert client.get(SETUP_URL)["Location"] == TURN_OFF_URL


# --- Signing in ----------------------------------------------------------------------


def test_login_asks_for_the_code_before_the_admin(client, moderator, device):
    response = sign_in_with_password(client)
    assert response.status_code == 302
    assert response["Location"] == f"{VERIFY_URL}?next=%2Fadmin%2F"
    assert client.get("/admin/pages/")["Location"] == f"{VERIFY_URL}?next=%2Fadmin%2Fpages%2F"
    assert client.get("/admin/account/").status_code == 302

    page = client.get(response["Location"])
    assert page.status_code == 200
    assert code_input(page) is not None

    wrong = another_code(device)
    refused = client.post(response["Location"], {"code": wrong})
    assert refused.status_code == 200
    assert WRONG_CODE in text(refused)
    assert code_input(refused)["value"] == wrong
    assert client.get("/admin/").status_code == 302

    a_moment_later(device)
    accepted = client.post(response["Location"], {"code": current_code(device)})
    assert accepted.status_code == 302
    assert accepted["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_a_code_counts_only_once(client, moderator, device):
    sign_in_with_password(client)
    code = current_code(device)
    assert client.post(VERIFY_URL, {"code": code}).status_code == 302
    client.post("/admin/logout/")

    sign_in_with_password(client)
    response = client.post(VERIFY_URL, {"code": code})
    assert response.status_code == 200
    assert WRONG_CODE in text(response)
    assert client.get("/admin/").status_code == 302


def test_wrong_codes_are_throttled(client, moderator, device):
    sign_in_with_password(client)
    client.post(VERIFY_URL, {"code": another_code(device)})
    response = client.post(VERIFY_URL, {"code": another_code(device)})
    assert TOO_MANY in text(response)
    # While the wait lasts, not even the right code opens the admin.
    response = client.post(VERIFY_URL, {"code": current_code(device)})
    assert TOO_MANY in text(response)
    assert client.get("/admin/").status_code == 302

    a_moment_later(device)
    assert client.post(VERIFY_URL, {"code": current_code(device)}).status_code == 302
    assert client.get("/admin/").status_code == 200


def test_code_step_leads_only_to_this_site(client, moderator, device):
    sign_in_with_password(client)
    response = client.post(f"{VERIFY_URL}?next=https://elsewhere.example/", {"code": current_code(device)})
    assert response["Location"] == "/admin/"


def test_password_reset_and_sign_out_work_before_the_code(client, moderator, device):
    sign_in_with_password(client)
    assert client.get("/admin/password_reset/").status_code == 200
    assert client.post("/admin/logout/").status_code == 302
    assert client.get("/admin/")["Location"].startswith("/admin/login/")


def test_user_without_device_signs_in_as_before(client, moderator):
    response = sign_in_with_password(client)
    assert response.status_code == 200
    assert client.get(VERIFY_URL)["Location"] == "/admin/"


# --- The moderators' dashboard -------------------------------------------------------


def recommendation(client):
    soup = BeautifulSoup(client.get("/admin/").content, "html.parser")
    return soup.find("section", class_="mokme-two-factor-recommendation")


def test_moderator_dashboard_recommends_two_factor_login(client, moderator):
    client.force_login(moderator)
    panel = recommendation(client)
    assert panel.h2.get_text(strip=True) == german("Protect your account")
    assert panel.find("a", href=SETUP_URL)


def test_recommendation_ends_once_it_is_on(client, moderator, device):
    sign_in_with_code(client, moderator, device)
    assert recommendation(client) is None


def test_organisation_editor_sees_no_recommendation(client, editor_a):
    client.force_login(editor_a)
    assert client.get("/admin/").status_code == 200
    assert recommendation(client) is None


# --- Turning it off ------------------------------------------------------------------


def test_turning_off_asks_for_a_current_code(client, moderator, device):
    sign_in_with_code(client, moderator, device)
    page = client.get(TURN_OFF_URL)
    assert page.status_code == 200

    refused = client.post(TURN_OFF_URL, {"code": another_code(device)})
    assert WRONG_CODE in text(refused)
    assert TOTPDevice.objects.filter(user=moderator).exists()

    a_moment_later(device)
    response = client.post(TURN_OFF_URL, {"code": current_code(device)})
    assert response["Location"] == "/admin/account/"
    assert not TOTPDevice.objects.filter(user=moderator).exists()
    client.post("/admin/logout/")
    assert sign_in_with_password(client).status_code == 200


# --- Language --------------------------------------------------------------------------


def test_pages_follow_the_admin_language(client, moderator):
    client.force_login(moderator)
    html = BeautifulSoup(client.get(SETUP_URL).content, "html.parser").html
    assert html["lang"] == "de"
    profile = UserProfile.get_for_user(moderator)
    profile.preferred_language = "en"
    profile.save()
    response = client.get(SETUP_URL)
    assert BeautifulSoup(response.content, "html.parser").html["lang"] == "en"
    assert "Scan this QR code with the app:" in text(response)

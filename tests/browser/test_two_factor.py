"""Two-factor login in a real browser: the QR code shows, the code step works, no policy breaks."""

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.browser.admin import sign_in
from tests.factories import PortalHomePageFactory

pytestmark = pytest.mark.browser

PASSWORD = "Moderation-2026!"


def code_now(device):
    device.refresh_from_db()
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


@pytest.fixture
def moderator(transactional_db, django_user_model):
    PortalHomePageFactory()
    return django_user_model.objects.create_superuser("moderatorin", "moderation@example.org", PASSWORD)


def sign_in_as_moderator(page):
    sign_in(page, "moderatorin", PASSWORD, to=None)


def test_turning_on_two_factor_login_and_signing_in_with_a_code(page, moderator):
    sign_in_as_moderator(page)
    page.wait_for_url("**/admin/")
    page.locator(".mokme-two-factor-recommendation a").click()
    page.wait_for_url("**/admin/two-factor/setup/")
    qr_code = page.locator("img.mokme-two-factor-qr")
    assert qr_code.evaluate("image => image.complete && image.naturalWidth > 0")

    device = TOTPDevice.objects.get(user=moderator)
    page.locator("input[name=code]").fill(code_now(device))
    page.locator("form:has(input[name=code]) button[type=submit]").click()
    page.wait_for_url("**/admin/account/")
    assert TOTPDevice.objects.get(user=moderator).confirmed

    # Next day, a fresh browser session.
    page.context.clear_cookies()
    sign_in_as_moderator(page)
    page.wait_for_url("**/admin/two-factor/verify/?next=*")
    # Half a minute later the app shows a new code; the test does not wait for it.
    TOTPDevice.objects.filter(pk=device.pk).update(last_t=-1)
    page.locator("input[name=code]").fill(code_now(device))
    page.locator("form:has(input[name=code]) button[type=submit]").click()
    page.wait_for_url("**/admin/")
    assert page.locator(".mokme-two-factor-recommendation").count() == 0

    assert page.other_origin_requests == []
    assert page.csp_violations == []

"""The authenticator-app device of an admin user (a django-otp TOTP device)."""

from base64 import b32encode
from urllib.parse import quote, urlencode

import segno
from django_otp.plugins.otp_totp.models import TOTPDevice

# The name the authenticator app shows above the account.
ISSUER = "mokme"
DEVICE_NAME = "Authenticator app"


def confirmed_device(user):
    if not user.is_authenticated:
        return None
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).order_by("pk").first()


def has_confirmed_device(user) -> bool:
    return user.is_authenticated and TOTPDevice.objects.devices_for_user(user, confirmed=True).exists()


def pending_device(user):
    """The device being set up; the same secret on every visit, so a scanned code stays valid."""
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
    return device


def secret(device) -> str:
    """The key for typing it in by hand, in groups of four like most apps show it."""
    key = b32encode(device.bin_key).decode()
    return " ".join(key[start : start + 4] for start in range(0, len(key), 4))


def provisioning_uri(device) -> str:
    label = quote(f"{ISSUER}:{device.user.get_username()}")
    params = urlencode(
        {
            "secret": b32encode(device.bin_key).decode(),
            "issuer": ISSUER,
            "algorithm": "SHA1",
            "digits": device.digits,
            "period": device.step,
        },
        quote_via=quote,
    )
    return f"otpauth://totp/{label}?{params}"


def qr_code_data_uri(device) -> str:
    # A white background keeps the code scannable in the admin's dark theme; a data: URI loads
    # nothing from elsewhere.
    qr_code = segno.make(provisioning_uri(device), micro=False, error="m")
    return qr_code.svg_data_uri(scale=5, border=4, dark="#000", light="#fff")

"""Signed links in the mails: confirm an address, cancel a registration.

The links carry the registration's number signed with the site's secret; nothing else about the
visitor. A cancel link works as long as the registration exists; a confirm link for a day.
"""

import base64
import binascii

from django.core import signing

from events.registration.models import UNCONFIRMED_LIFETIME, Registration

CONFIRM = "registration.confirm"
CANCEL = "registration.cancel"


def make(registration, purpose):
    # Wagtail serves page addresses of letters, digits, "-" and "_" only: the signed value's ":"
    # are wrapped in URL-safe base64.
    signed = signing.dumps(registration.pk, salt=purpose)
    return base64.urlsafe_b64encode(signed.encode()).decode().rstrip("=")


def find(event, token, purpose):
    """The event's registration the token names, or None (forged, expired, or deleted)."""
    max_age = UNCONFIRMED_LIFETIME if purpose == CONFIRM else None
    try:
        signed = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
        pk = signing.loads(signed, salt=purpose, max_age=max_age)
    except (binascii.Error, UnicodeDecodeError, ValueError, signing.BadSignature):
        return None
    if not isinstance(pk, int):
        return None
    return Registration.objects.filter(pk=pk, event=event).first()

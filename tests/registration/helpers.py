"""What the registration tests share with the browser test."""

import re
from urllib.parse import urlsplit

from django.utils import translation

from events.registration.models import RegistrationSettings


def with_registration(event, **settings):
    """Switches registration on as an editor does: in the event's form, published."""
    RegistrationSettings.objects.create(event=event, **settings)
    # The published revision holds the settings, as after the editor's publish.
    event = type(event).objects.get(pk=event.pk)
    event.save_revision().publish()
    return event


def link_in(mail, route):
    """The address of one of the event's registration routes in a mail (confirm, cancel)."""
    found = re.search(rf"https?://\S+/{route}/\S+/", mail.body)
    assert found, f"no {route} link in: {mail.body}"
    return urlsplit(found.group(0)).path


def in_german(msgid, plural=None, number=None, **values):
    """A text of the page as German visitors read it, whether or not the catalogues have it yet."""
    with translation.override("de"):
        text = translation.ngettext(msgid, plural, number) if plural else translation.gettext(msgid)
    return text % values if values else text


def places_left(count):
    return in_german("%(count)s place left", "%(count)s places left", count, count=count)

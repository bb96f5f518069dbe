import re
from urllib.parse import urlsplit

import pytest

from django.utils import translation

from events.registration.models import RegistrationSettings
from tests.events.conftest import calendar_page  # noqa: F401
from tests.factories import EventPageFactory
from tests.organisation_fixtures import *  # noqa: F403


def with_registration(event, **settings):
    """Switches registration on as an editor does: in the event's form, published."""
    RegistrationSettings.objects.create(event=event, **settings)
    # The published revision holds the settings, as after the editor's publish.
    event = type(event).objects.get(pk=event.pk)
    event.save_revision().publish()
    return event


@pytest.fixture
def event(calendar_page):  # noqa: F811
    return with_registration(
        EventPageFactory(parent=calendar_page, title="Sprachcafé", slug="sprachcafe", title_tr="Dil kafesi"),
        places=3,
    )


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

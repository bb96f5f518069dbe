"""Every admin screen an editor sees is translated into every admin language.

The screens of each role (administrator, moderator, organisation editor, press
office) are rendered through the test client while every gettext call is
recorded. Every message so rendered must have a translation in the catalogue
of each admin language the portal offers (the portal's own catalogue, Wagtail's
and Django's together), and texts known to slip through in English must not
appear. All screens are rendered in German, a sample in each other language
(right-to-left included); the messages do not depend on the language they are
rendered in, so checking them against every catalogue covers every language.
"""

import pytest

from django.conf import settings
from django.utils import translation
from django.utils.translation import trans_real

from wagtail.users.models import UserProfile

from events.press_roles import ensure_press_office_setup
from tests.factories import (
    EventCalendarPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    PressArchivePageFactory,
    PressReleasePageFactory,
    StandardPageFactory,
    berlin,
)

ADMIN_LANGUAGES = [code for code, _name in settings.WAGTAILADMIN_PERMITTED_LANGUAGES]

# Texts that once reached editors in English whatever their language.
KNOWN_ENGLISH = ("Moderators approval", ">None<", "Zuletzt veröffentlicht durch: None")

# Messages rendered without being shown, or the same in every language.
NOT_SHOWN = {
    # wagtail-modeltranslation's locale picker, which the portal leaves switched off.
    "View / edit fields for",
    # django-filter's name of a lookup, never written on a screen.
    "exact",
}


class Recorder:
    """Every (context, msgid) the request translates, through Django's gettext functions."""

    def __init__(self, monkeypatch):
        self.messages = set()
        trans = translation._trans
        for name, record in (
            ("gettext", lambda message: (None, message)),
            ("pgettext", lambda context, message: (context, message)),
            ("ngettext", lambda singular, plural, number: (None, singular)),
            ("npgettext", lambda context, singular, plural, number: (context, singular)),
        ):
            real = getattr(trans_real, name)
            monkeypatch.setattr(trans, name, self._recording(real, record))

    def _recording(self, real, record):
        def translate(*args):
            self.messages.add(record(*args))
            return real(*args)

        return translate


def untranslated(messages, code):
    catalog = trans_real.translation(code)._catalog
    missing = set()
    for context, msgid in messages:
        if msgid in NOT_SHOWN or not any(character.isalpha() for character in msgid):
            continue
        key = f"{context}\x04{msgid}" if context else msgid
        found = catalog.get(key) or catalog.get((key, 0))
        if not found:
            missing.add((context, msgid))
    return missing


@pytest.fixture
def portal(home_page, org_a, editor_a, moderator, django_user_model, directory):
    StandardPageFactory(parent=home_page, title="Impressum", slug="impressum")
    calendar = EventCalendarPageFactory(parent=home_page)
    NewsIndexPageFactory(parent=home_page)
    archive = PressArchivePageFactory(parent=home_page)
    event = EventPageFactory(
        parent=org_a, title="Sprachcafé", start=berlin(2030, 3, 2, 18), frequency="weekly", count=5
    )
    EventPageFactory(parent=calendar, title="Sommerfest", start=berlin(2030, 7, 6), all_day=True)
    release = PressReleasePageFactory(parent=archive, title="Sprachkurse")
    press = django_user_model.objects.create_user("presse", "presse@example.org", "pw-presse-12")
    press.groups.add(ensure_press_office_setup())
    admin = django_user_model.objects.create_superuser("verwaltung", "verwaltung@example.org", "pw-verw-123")
    return {
        "admin": (
            admin,
            [
                "/admin/",
                f"/admin/pages/{home_page.pk}/",
                f"/admin/pages/{home_page.pk}/edit/",
                "/admin/reports/aging-pages/",
                "/admin/workflows/list/",
                "/admin/account/",
            ],
        ),
        "moderator": (
            moderator,
            [
                "/admin/",
                "/admin/organisations/applications/",
                "/admin/organisations/new/",
                "/admin/translations/",
                f"/admin/pages/{org_a.pk}/edit/",
            ],
        ),
        "editor": (
            editor_a,
            [
                "/admin/",
                f"/admin/pages/{org_a.pk}/",
                f"/admin/pages/{event.pk}/edit/",
                f"/admin/pages/add/organisations/organisationcontentpage/{org_a.pk}/",
                "/admin/translations/",
            ],
        ),
        "press office": (
            press,
            [
                "/admin/",
                f"/admin/pages/{release.pk}/edit/",
                f"/admin/pages/add/press/pressreleasepage/{archive.pk}/",
            ],
        ),
    }


@pytest.mark.slow
def test_every_admin_screen_is_translated_in_every_admin_language(client, portal, monkeypatch):
    recorder = Recorder(monkeypatch)
    english = []
    for role, (user, screens) in portal.items():
        client.force_login(user)
        profile = UserProfile.get_for_user(user)
        for number, code in enumerate(ADMIN_LANGUAGES):
            profile.preferred_language = code
            profile.save(update_fields=["preferred_language"])
            # German everything; every other language the dashboard and one screen in turn.
            sample = screens if code == "de" else [screens[0], screens[1 + number % (len(screens) - 1)]]
            for url in sample:
                response = client.get(url)
                assert response.status_code == 200, (role, code, url)
                html = response.content.decode()
                assert f'lang="{code}"' in html, (role, code, url)
                if code != "en":
                    english += [(role, code, url, text) for text in KNOWN_ENGLISH if text in html]
    assert english == []
    assert len(recorder.messages) > 300
    missing = {
        code: sorted(untranslated(recorder.messages, code)) for code in ADMIN_LANGUAGES if code != "en"
    }
    assert {code: messages for code, messages in missing.items() if messages} == {}

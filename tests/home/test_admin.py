"""The Wagtail admin edits every language of a page, and loads nothing from elsewhere."""

import re

import pytest

from django.contrib.auth import get_user_model

from wagtail.models import Page
from wagtail.users.models import UserProfile

from home.languages import LANGUAGE_CODES
from tests.factories import StandardPageFactory


@pytest.fixture
def admin_user(home_page):
    return get_user_model().objects.create_superuser("moderation", "moderation@example.org", "pw-123456789")


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


def test_page_editor_offers_every_language(admin_client, home_page):
    page = StandardPageFactory(parent=home_page, title="Über uns")
    # German and the editor's languages by default (home.editing_languages); all on request.
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/?translation=all")
    assert response.status_code == 200
    html = response.content.decode()
    for code in ("de", "tr", "ar", "kmr"):
        assert f'name="title_{code}"' in html
        assert f'id="body_{code}"' in html or f'name="body_{code}' in html


def test_admin_dashboard_loads_nothing_from_other_origins(admin_client):
    html = admin_client.get("/admin/").content.decode()
    # Resources the browser fetches by itself: scripts, images, styles, frames.
    resources = re.findall(r'<(?:script|img|iframe|source)[^>]* src="((?:https?:)?//[^"]+)"', html)
    resources += re.findall(r'<link[^>]* href="((?:https?:)?//[^"]+)"', html)
    assert [url for url in resources if not url.startswith("http://testserver/")] == []


def test_editor_with_turkish_admin_creates_page_with_german_base_columns(admin_client, admin_user, home_page):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "tr"
    profile.save()
    response = admin_client.post(
        f"/admin/pages/add/home/standardpage/{home_page.pk}/",
        {
            "title_de": "Kontakt",
            "slug_de": "kontakt",
            "title_tr": "İletişim",
            "slug_tr": "iletisim",
            "intro_de": "",
            **{f"body_{code}-count": "0" for code in LANGUAGE_CODES},
            "action-publish": "action-publish",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    row = Page.objects.filter(title_de="Kontakt").values("title", "slug", "url_path").get()
    assert row == {"title": "Kontakt", "slug": "kontakt", "url_path": "/start/kontakt/"}

"""The editor's StreamField block definitions are packed once per process and admin language.

Packing them (labels, help texts, every widget's HTML) was 13–40 ms per body field on every
editor visit; home/block_definitions.py keeps them on the field's block.
"""

import json
import re
from unittest import mock

import pytest
from bs4 import BeautifulSoup

from django.utils import translation

from wagtail.blocks import base as blocks_base
from wagtail.blocks.base import BlockWidget
from wagtail.users.models import UserProfile

from events.calendar.models import EventPage
from home import block_definitions
from tests.factories import EventCalendarPageFactory, EventPageFactory

# Wagtail gives the empty paragraph of a rich text block's default a fresh random key each time.
DRAFTAIL_KEY = re.compile(r'\\"key\\": \\"[0-9a-z]+\\"')


@pytest.fixture
def forgotten():
    """Nothing packed yet, as in a worker that has just started."""
    block_definitions._forget_packed_definitions()


@pytest.fixture
def event(home_page):
    return EventPageFactory(parent=EventCalendarPageFactory(parent=home_page), title="Sprachcafé")


@pytest.fixture
def administrator(client, django_user_model):
    user = django_user_model.objects.create_superuser("verwaltung", "verwaltung@example.org", "pw-verw-123")
    client.force_login(user)
    return user


def working_in(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save(update_fields=["preferred_language"])


def block_definitions_in(response):
    """The StreamFields' block definitions of an editor page, as text with every label readable."""
    page = BeautifulSoup(response.content, "html.parser")
    return " ".join(
        json.dumps(json.loads(element["data-w-block-data-value"]), ensure_ascii=False)
        for element in page.select("[data-w-block-data-value]")
    )


def packings():
    return mock.patch.object(blocks_base, "JSContext", wraps=blocks_base.JSContext)


def test_a_second_editor_visit_packs_no_block_definitions(client, administrator, event, forgotten):
    working_in(administrator, "tr")
    url = f"/admin/pages/{event.pk}/edit/"
    with packings() as first:
        assert client.get(url).status_code == 200
    with packings() as second:
        response = client.get(url)

    # The German body and the body in the admin language, each packed once.
    assert first.call_count == 2
    assert second.call_count == 0
    assert response.status_code == 200
    assert response.content.count(b'data-controller="w-block"') == first.call_count


def test_each_admin_language_gets_its_own_labels(client, administrator, event, forgotten):
    url = f"/admin/pages/{event.pk}/edit/"
    german = block_definitions_in(client.get(url))
    working_in(administrator, "tr")

    turkish = block_definitions_in(client.get(url))

    # The quote block's "Attribution" field, as each editor's language names it.
    assert "Quelle" in german
    assert "Alıntının sahibi" in turkish
    assert "Quelle" not in turkish


def test_a_kept_definition_is_the_one_wagtail_packs(forgotten):
    block = EventPage._meta.get_field("body_de").stream_block
    with translation.override("tr"):
        kept = BlockWidget(block).block_json
        assert BlockWidget(block).block_json == kept
        block_definitions._forget_packed_definitions()
        packed_anew = BlockWidget(block).block_json

    assert DRAFTAIL_KEY.sub("", kept) == DRAFTAIL_KEY.sub("", packed_anew)
    assert "Alıntının sahibi" in json.dumps(json.loads(kept), ensure_ascii=False)


def test_a_changed_setting_packs_the_definitions_again(client, administrator, event, forgotten, settings):
    url = f"/admin/pages/{event.pk}/edit/"
    client.get(url)

    # Any setting may reach a widget (an image model, a rich text editor's features).
    settings.WAGTAILADMIN_RICH_TEXT_EDITORS = {
        "default": {"WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea", "OPTIONS": {}}
    }
    with packings() as packed:
        assert client.get(url).status_code == 200

    assert packed.call_count == 1

"""The press archive's items are rendered once per language and kept, each as a part of its
release's page (events.press.templatetags.press_tags.press_items), yet never show what is no
longer true: a retitled release, a new picture and a renamed topic show at once with the page
cache off and on, and a visit that finds every item kept reads neither their topics nor their
pictures."""

import datetime

import pytest
from bs4 import BeautifulSoup

from events.press.models import PressReleaseImage, PressTopic
from home.page_cache import renew
from home.page_cache.fragments import PARTS
from tests.factories import PortalImageFactory, PressArchivePageFactory, PressReleasePageFactory
from tests.utils import tables_read

ARCHIVE = "/de/presse/"
# What only an item reads: its topics, its pictures and their sizes.
ITEM_TABLES = ('"press_pressreleasepage_topics"', '"press_pressreleaseimage"', '"home_portalrendition"')


@pytest.fixture
def archive(home_page):
    archive = PressArchivePageFactory(parent=home_page)
    integration = PressTopic.objects.create(name="Integration", slug="integration")
    for number in range(3):
        release = PressReleasePageFactory(
            parent=archive, title=f"Mitteilung {number}", release_date=datetime.date(2025, 3, number + 1)
        )
        release.topics.set([integration])
        release.images.add(PressReleaseImage(image=PortalImageFactory()))
        release.save_revision().publish()
    return archive


def items(client, url=ARCHIVE):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser").select_one(".press-list")


def item_texts(client, url=ARCHIVE):
    return [item.get_text(" ", strip=True) for item in items(client, url).select(".press-item")]


def test_a_visit_that_finds_the_items_kept_reads_none_of_what_only_items_show(client, archive):
    assert tables_read(client, ARCHIVE, ITEM_TABLES)
    assert tables_read(client, ARCHIVE, ITEM_TABLES) == []
    # The same items either way, byte for byte: kept, and rendered afresh.
    shown = str(items(client))
    renew({PARTS})
    assert str(items(client)) == shown
    assert shown.count('class="press-item has-image"') == 3
    assert shown.count("Integration") == 3


def test_a_retitled_release_a_new_picture_and_a_renamed_topic_show_at_once(
    client, archive, page_cache_off_and_on
):
    assert item_texts(client)[0].startswith("3. März 2025 Mitteilung 2")
    release = archive.get_children().specific().get(title="Mitteilung 2")
    release.title = "Ehrenamtspreis verliehen"
    release.save_revision().publish()
    assert "Ehrenamtspreis verliehen" in item_texts(client)[0]

    before = str(items(client).select_one(".press-item img"))
    release.images.all().delete()
    release.images.add(PressReleaseImage(image=PortalImageFactory(credit="Foto: Presseamt, neu")))
    release.save_revision().publish()
    assert str(items(client).select_one(".press-item img")) != before
    assert "Foto: Presseamt, neu" in item_texts(client)[0]

    topic = PressTopic.objects.get(slug="integration")
    topic.name_de = "Integration und Teilhabe"
    topic.save()
    assert all("Integration und Teilhabe" in text for text in item_texts(client))


def test_a_search_shows_the_same_items(client, archive):
    listed = items(client)
    searched = items(client, f"{ARCHIVE}?q=Mitteilung")
    assert str(searched) == str(listed)

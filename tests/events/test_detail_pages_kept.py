"""A press release's article, an event's facts and a subsite's article and feed links are the
same for every visitor of a language, like a news item's and a subsite page's article: kept as
parts of their page (kept_part), so that a visit
that finds them kept reads none of what only they show. They never show what is no longer
true: a renamed related organisation and a changed language of an event show at once, with
the page cache off and on, also when the page is stored from parts read back."""

import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.test import RequestFactory
from django.test.signals import template_rendered

from wagtail.documents.models import Document

from events.press.models import PressContact, PressReleaseAttachment, PressReleaseImage, PressTopic
from home.page_cache import _page_key, renew
from home.page_cache.fragments import PARTS
from organisations.models import SpokenLanguage
from tests.factories import (
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    OrganisationContentPageFactory,
    OrganisationPageFactory,
    PortalImageFactory,
    PressArchivePageFactory,
    PressReleasePageFactory,
)
from tests.utils import tables_read

# What only a release's article shows: its pictures, attachments, contacts, topics, related pages.
ARTICLE_TABLES = (
    '"press_pressreleaseimage"',
    '"press_pressreleaseattachment"',
    '"press_pressreleasepage_contacts"',
    '"press_pressreleasepage_topics"',
    '"press_pressreleasepage_related_organisations"',
    '"press_pressreleasepage_related_events"',
)


@pytest.fixture
def anatolia(directory):
    return OrganisationPageFactory(parent=directory, title="Anatolia", slug="anatolia")


@pytest.fixture
def release(home_page, anatolia):
    archive = PressArchivePageFactory(parent=home_page)
    release = PressReleasePageFactory(parent=archive, title="Neue Beratungsstelle", slug="beratungsstelle")
    document = Document(title="Faltblatt")
    document.file.save("faltblatt.pdf", ContentFile(b"%PDF-1.4 " + b"x" * 3000), save=False)
    document.save()
    release.attachments = [PressReleaseAttachment(document=document, label="Faltblatt zum Download")]
    release.images = [PressReleaseImage(image=PortalImageFactory(credit="Foto: Pressestelle"))]
    release.contacts.set([PressContact.objects.create(name="Pressesprecherin", phone="02104 99-1000")])
    release.topics.set([PressTopic.objects.create(name="Integration", slug="integration")])
    release.related_organisations.set([anatolia])
    release.related_events.set([EventPageFactory(parent=anatolia, title="Kulturabend", slug="kulturabend")])
    release.save_revision().publish()
    return release


def page_of(client, url):
    response = client.get(url, follow=True)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def without_its_copy(url):
    """Drops the page cache's copy of ``url`` alone: the next visit renders the page again and
    finds its kept parts, which no change renewed."""
    cache.delete(_page_key(RequestFactory().get(url)))


def test_a_visit_that_finds_the_release_kept_reads_none_of_what_only_its_article_shows(client, release):
    assert len(tables_read(client, release.url, ARTICLE_TABLES)) == len(ARTICLE_TABLES)
    # The first visit made the pictures' sizes, which stores them with their image.
    renew({PARTS})
    assert len(tables_read(client, release.url, ARTICLE_TABLES)) == len(ARTICLE_TABLES)
    assert tables_read(client, release.url, ARTICLE_TABLES) == []
    kept = page_of(client, release.url)
    renew({PARTS})
    fresh = page_of(client, release.url)
    for selector in ("article", 'script[type="application/ld+json"]', 'meta[property="og:image"]'):
        assert str(kept.select_one(selector)) == str(fresh.select_one(selector)), selector
    text = kept.select_one("article").get_text(" ", strip=True)
    for shown in ("Faltblatt zum Download", "Foto: Pressestelle", "Pressesprecherin", "Integration"):
        assert shown in text
    assert [a.get_text() for a in kept.select("article footer a[href$='/anatolia/']")] == ["Anatolia"]
    assert kept.select_one('meta[property="og:image"]')["content"].endswith(".jpg")


def test_a_renamed_related_organisation_shows_at_once(client, release, anatolia, page_cache_off_and_on):
    assert "Anatolia" in page_of(client, release.url).select_one("article footer").get_text()
    # Stored again from the kept article: the page must still show the organisation's tags.
    without_its_copy(release.url)
    assert "Anatolia" in page_of(client, release.url).select_one("article footer").get_text()
    anatolia.title_de = "Anatolia Kulturverein"
    anatolia.save_revision().publish()
    assert "Anatolia Kulturverein" in page_of(client, release.url).select_one("article footer").get_text()


def test_an_unpublished_related_event_leaves_the_release(client, release, page_cache_off_and_on):
    assert "Kulturabend" in page_of(client, release.url).select_one("article footer").get_text()
    without_its_copy(release.url)
    page_of(client, release.url)
    release.related_events.get().unpublish()
    assert "Kulturabend" not in page_of(client, release.url).select_one("article footer").get_text()


@pytest.fixture
def kulturabend(calendar_page):
    event = EventPageFactory(parent=calendar_page, title="Kulturabend", title_ar="أمسية ثقافية")
    event.event_languages.set(SpokenLanguage.objects.filter(code__in=["tr", "ar"]))
    event.save_revision().publish()
    return event


def languages_of(client, url):
    page = page_of(client, url)
    facts = page.select_one(".profile-facts").get_text(" ", strip=True)
    return facts, page


def test_a_visit_that_finds_the_event_kept_reads_none_of_its_languages(client, kulturabend):
    languages = ('"calendar_eventpage_event_languages"',)
    assert tables_read(client, kulturabend.url, languages)
    assert tables_read(client, kulturabend.url, languages) == []
    facts, kept = languages_of(client, kulturabend.url)
    assert "Türkçe" in facts and "العربية" in facts
    renew({PARTS})
    assert str(page_of(client, kulturabend.url).select_one("article")) == str(kept.select_one("article"))
    arabic = page_of(client, "/ar" + kulturabend.url[3:])
    assert arabic.select_one("article h1").get_text() == "أمسية ثقافية"


def test_an_events_changed_languages_show_at_once(client, kulturabend, page_cache_off_and_on):
    assert "Türkçe" in languages_of(client, kulturabend.url)[0]
    kulturabend.event_languages.set(SpokenLanguage.objects.filter(code__in=["pl"]))
    kulturabend.save_revision().publish()
    facts = languages_of(client, kulturabend.url)[0]
    assert "Polski" in facts and "Türkçe" not in facts


def test_a_visit_that_finds_the_subsite_kept_renders_neither_its_article_nor_its_feed_links(
    client, home_page, anatolia, calendar_page
):
    NewsIndexPageFactory(parent=home_page)
    rendered = []

    def record(sender, template, **kwargs):
        rendered.append(template.name)

    page_of(client, anatolia.url)
    template_rendered.connect(record)
    try:
        kept = page_of(client, anatolia.url)
    finally:
        template_rendered.disconnect(record)
    assert "events/includes/subsite_head.html" not in rendered
    feeds = kept.select('head link[rel="alternate"][href*="organisation=anatolia"]')
    assert len(feeds) == 5
    renew({PARTS})
    fresh = page_of(client, anatolia.url)
    assert str(fresh.select_one("article")) == str(kept.select_one("article"))
    assert list(map(str, fresh.select("head link"))) == list(map(str, kept.select("head link")))


def test_a_release_of_yesterday_is_read_again_the_next_day(client, release):
    # Parts are kept for their day at most (their key names it), like every shared part.
    page_of(client, release.url)
    tomorrow = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=1)
    with time_machine.travel(tomorrow):
        assert tables_read(client, release.url, ARTICLE_TABLES)


def rendered_during(client, url):
    names = []

    def record(sender, template, **kwargs):
        names.append(template.name)

    template_rendered.connect(record)
    try:
        page = page_of(client, url)
    finally:
        template_rendered.disconnect(record)
    return names, page


@pytest.mark.parametrize("kind", ["news item", "page of a subsite"])
def test_a_news_item_and_a_subsite_page_keep_their_article_and_show_a_new_title_at_once(
    client, home_page, anatolia, kind, page_cache_off_and_on
):
    body = [{"type": "paragraph", "value": "<p>Offener Treff jeden Dienstag.</p>"}]
    if kind == "news item":
        index = NewsIndexPageFactory(parent=home_page)
        page = NewsPageFactory(parent=index, title="Neue Räume", organisation=anatolia, body=body)
    else:
        page = OrganisationContentPageFactory(parent=anatolia, title="Neue Räume", body=body)
    page.save_revision().publish()
    names, first = rendered_during(client, page.url)
    assert "home/blocks/paragraph.html" in names
    names, kept = rendered_during(client, page.url)
    if not page_cache_off_and_on:
        # The page rendered again, its article read back: no block of its body rendered.
        assert "home/blocks/paragraph.html" not in names
    assert str(kept.select_one("article")) == str(first.select_one("article"))
    assert "Offener Treff jeden Dienstag." in kept.select_one("article").get_text()
    page.title_de = "Neue Räume in Hilden"
    page.save_revision().publish()
    assert page_of(client, page.url).select_one("article h1").get_text() == "Neue Räume in Hilden"

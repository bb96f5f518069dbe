"""Every feed kind against RFC 4287's MUSTs, and German fallback entries marked as German.

Read with defusedxml as a strict feed validator would: namespaces, required elements, dates.
"""

import datetime

import feedparser
import pytest
from defusedxml import ElementTree

from tests.factories import (
    EventPageFactory,
    NewsPageFactory,
    OrganisationPageFactory,
    PressArchivePageFactory,
    PressReleasePageFactory,
    berlin,
)

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
DC_LANGUAGE = "{http://purl.org/dc/elements/1.1/}language"


@pytest.fixture
def content(home_page, calendar_page, news_index, directory):
    organisation = OrganisationPageFactory(parent=directory, title="Anatolia", slug="anatolia")
    NewsPageFactory(parent=news_index, title="Nur deutsch", date=datetime.date.today())
    NewsPageFactory(
        parent=organisation, title="Vereinsnachricht", title_ar="خبر الجمعية", date=datetime.date.today()
    )
    EventPageFactory(parent=calendar_page, title="Sprachcafé", start=berlin(2030, 1, 7, 18))
    EventPageFactory(
        parent=organisation, title="Kulturabend", title_ar="أمسية ثقافية", start=berlin(2030, 1, 8, 19)
    )
    press = PressArchivePageFactory(parent=home_page)
    PressReleasePageFactory(parent=press, title="Interkulturelle Woche")
    PressReleasePageFactory(parent=press, title="Integrationsrat", title_ar="مجلس الاندماج")
    return organisation


def _is_rfc3339(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).tzinfo is not None


def check_atom(xml: bytes):
    """The MUSTs of RFC 4287 for atom:feed and atom:entry; returns the entries."""
    feed = ElementTree.fromstring(xml)
    assert feed.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated"):
        assert len(feed.findall(f"{ATOM}{name}")) == 1, name
    assert _is_rfc3339(feed.findtext(f"{ATOM}updated"))
    feed_authors = feed.findall(f"{ATOM}author")
    assert len(feed_authors) == 1 and feed_authors[0].findtext(f"{ATOM}name")
    alternates = {
        (link.get("type"), link.get("hreflang"))
        for link in feed.findall(f"{ATOM}link")
        if link.get("rel", "alternate") == "alternate"
    }
    assert len(alternates) == len(
        [link for link in feed.findall(f"{ATOM}link") if link.get("rel", "alternate") == "alternate"]
    )
    entries = feed.findall(f"{ATOM}entry")
    assert entries
    for entry in entries:
        for name in ("id", "title", "updated"):
            assert len(entry.findall(f"{ATOM}{name}")) == 1, name
        assert _is_rfc3339(entry.findtext(f"{ATOM}updated"))
        assert entry.findtext(f"{ATOM}author/{ATOM}name")
        # Without atom:content an entry MUST have an alternate link.
        if entry.find(f"{ATOM}content") is None:
            assert any(link.get("rel", "alternate") == "alternate" for link in entry.findall(f"{ATOM}link"))
    return feed, entries


FEEDS = {
    "news": ("/{lang}/aktuelles/feed/{kind}/", {"Nur deutsch": "de", "Vereinsnachricht": None}),
    "organisation news": ("/{lang}/aktuelles/feed/{kind}/?organisation=anatolia", {"Vereinsnachricht": None}),
    "events": ("/{lang}/{calendar}/feed/{kind}/", {"Sprachcafé": "de", "Kulturabend": None}),
    "press": ("/{lang}/presse/feed/{kind}/", {"Interkulturelle Woche": "de", "Integrationsrat": None}),
}


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_every_atom_feed_meets_rfc_4287_and_marks_german_fallback_entries(client, content, lang):
    calendar = "alfaaliyat" if lang == "ar" else "veranstaltungen"
    for kind_of_feed, (pattern, expected) in FEEDS.items():
        response = client.get(pattern.format(lang=lang, kind="atom", calendar=calendar))
        assert response.status_code == 200, kind_of_feed
        feed, entries = check_atom(response.content)
        assert feed.get(XML_LANG) == lang
        assert len(entries) == len(expected), kind_of_feed
        fallback = [entry.get(XML_LANG) for entry in entries]
        if lang == "de":
            assert fallback == [None] * len(entries), kind_of_feed
        else:
            assert sorted(fallback, key=str) == sorted(
                ["de" if language == "de" else None for language in expected.values()], key=str
            ), kind_of_feed
        # An organisation's entries are the organisation's.
        authors = {entry.findtext(f"{ATOM}author/{ATOM}name") for entry in entries}
        if kind_of_feed == "organisation news":
            assert authors == {"Anatolia"}


def test_rss_entries_in_german_say_so_with_dublin_core(client, content):
    response = client.get("/ar/presse/feed/rss/")
    channel = ElementTree.fromstring(response.content).find("channel")
    languages = {item.findtext("title"): item.findtext(DC_LANGUAGE) for item in channel.findall("item")}
    assert languages == {"Interkulturelle Woche": "de", "مجلس الاندماج": None}
    assert all(item.findtext("{http://purl.org/dc/elements/1.1/}creator") for item in channel.findall("item"))
    assert not feedparser.parse(response.content).bozo

"""schema.org Event JSON-LD: status, location, organiser, languages, offers."""

import json

import pytest
from bs4 import BeautifulSoup

from events.calendar.models import EventException
from organisations.models import SpokenLanguage
from tests.factories import (
    EventPageFactory,
    NewsPageFactory,
    OrganisationPageFactory,
    PortalImageFactory,
    PressArchivePageFactory,
    PressReleasePageFactory,
    berlin,
)


def json_ld(client, url):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return json.loads(soup.find("script", type="application/ld+json").string)


@pytest.fixture
def event(directory):
    organisation = OrganisationPageFactory(parent=directory, title="Anatolia", slug="anatolia")
    return EventPageFactory(
        parent=organisation,
        title="Kulturabend",
        slug="kulturabend",
        start=berlin(2030, 3, 7, 19),
        end=berlin(2030, 3, 7, 22),
        venue_name="Bürgerhaus",
        venue_street="Marktplatz 3",
        venue_postcode="40721",
        is_free=False,
        price="5 €",
        registration_url="https://anatolia.example/anmelden",
        event_languages=list(SpokenLanguage.objects.filter(code__in=["de", "tr"])),
    )


def test_event_json_ld(client, event):
    data = json_ld(client, event.url)
    assert data["@type"] == "Event" and data["name"] == "Kulturabend"
    assert data["startDate"] == "2030-03-07T19:00:00+01:00"
    assert data["endDate"] == "2030-03-07T22:00:00+01:00"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["address"]["postalCode"] == "40721"
    assert data["organizer"] == {
        "@type": "Organization",
        "name": "Anatolia",
        "url": "http://testserver/de/organisationen/anatolia/",
    }
    assert set(data["inLanguage"]) == {"de", "tr"}
    assert (
        data["offers"]["description"] == "5 €"
        and data["offers"]["url"] == "https://anatolia.example/anmelden"
    )


def test_cancelled_and_online_events(client, calendar_page):
    event = EventPageFactory(
        parent=calendar_page,
        title="Infoabend",
        slug="info",
        venue_name="",
        online_url="https://meet.example/x",
        start=berlin(2030, 3, 7, 19),
    )
    event.is_cancelled = True
    event.save_revision().publish()
    data = json_ld(client, event.url)
    assert data["eventStatus"] == "https://schema.org/EventCancelled"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://meet.example/x"}
    assert data["offers"]["price"] == "0"


def test_moved_date_is_rescheduled(client, calendar_page):
    event = EventPageFactory(
        parent=calendar_page,
        title="Treff",
        slug="treff",
        start=berlin(2030, 3, 5, 18),
        frequency="weekly",
        count=2,
    )
    event.exceptions = [
        EventException(original_date=event.start.date(), kind="moved", new_start=berlin(2030, 3, 6, 18))
    ]
    event.save_revision().publish()
    data = json_ld(client, event.url)
    assert data["eventStatus"] == "https://schema.org/EventRescheduled"
    assert data["previousStartDate"].startswith("2030-03-05T18:00")


def all_json_ld(client, url):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return soup, [json.loads(script.string) for script in soup.find_all("script", type="application/ld+json")]


def empty_values(data, path="$"):
    """Paths of values sent empty, which readers take for "there is none"."""
    if data in ("", [], {}, None):
        return [path]
    if isinstance(data, dict):
        return [found for key, value in data.items() for found in empty_values(value, f"{path}.{key}")]
    if isinstance(data, list):
        return [
            found for index, value in enumerate(data) for found in empty_values(value, f"{path}[{index}]")
        ]
    return []


def test_a_district_event_without_postcode_or_languages_sends_no_empty_values(client, calendar_page):
    image = PortalImageFactory()
    event = EventPageFactory(
        parent=calendar_page,
        title="Fest",
        slug="fest",
        start=berlin(2030, 6, 6, 15),
        venue_postcode="",
        is_free=False,
        price="3,50 € (ermäßigt 2 €)",
        image=image,
    )
    _soup, (data,) = all_json_ld(client, event.url)
    assert empty_values(data) == []
    assert "postalCode" not in data["location"]["address"] and "inLanguage" not in data
    # The district organises its own events.
    assert (
        data["organizer"]["@type"] == "GovernmentOrganization"
        and data["organizer"]["url"] == "http://testserver/"
    )
    assert (
        data["offers"]["price"] == "3.50"
        and data["offers"]["url"] == "http://testserver/de/veranstaltungen/fest/"
    )
    assert data["image"].startswith("http://testserver/") and data["image"].endswith(".jpg")


def test_a_fallback_pages_json_ld_names_its_canonical_address(client, calendar_page):
    EventPageFactory(parent=calendar_page, title="Fest", slug="fest", start=berlin(2030, 6, 6, 15))
    soup, (data,) = all_json_ld(client, "/ar/alfaaliyat/fest/")
    canonical = "http://testserver/de/veranstaltungen/fest/"
    assert data["url"] == soup.find("link", rel="canonical")["href"] == canonical


def test_news_and_press_releases_are_news_articles(client, home_page, news_index, directory):
    organisation = OrganisationPageFactory(parent=directory, title="Anatolia", slug="anatolia")
    news = NewsPageFactory(
        parent=organisation, title="Neuer Kurs", title_ar="دورة جديدة", image=PortalImageFactory()
    )
    press = PressArchivePageFactory(parent=home_page)
    release = PressReleasePageFactory(parent=press, title="Interkulturelle Woche", subtitle="Programm steht")
    _soup, (article,) = all_json_ld(client, news.url)
    assert empty_values(article) == []
    assert article["@type"] == "NewsArticle" and article["headline"] == "Neuer Kurs"
    assert article["author"] == {
        "@type": "Organization",
        "name": "Anatolia",
        "url": "http://testserver/de/organisationen/anatolia/",
    }
    assert article["inLanguage"] == "de" and article["image"].startswith("http://testserver/")
    _soup, (arabic,) = all_json_ld(client, news.url.replace("/de/", "/ar/", 1))
    assert arabic["headline"] == "دورة جديدة" and arabic["inLanguage"] == "ar"
    german_url = "http://testserver/de/presse/interkulturelle-woche/"
    assert release.slug == "interkulturelle-woche"
    soup, (data,) = all_json_ld(client, "/de/presse/interkulturelle-woche/")
    assert empty_values(data) == []
    assert data["@type"] == "NewsArticle" and data["alternativeHeadline"] == "Programm steht"
    assert data["author"]["name"] == "Pressestelle des Kreises Mettmann"
    assert data["url"] == data["mainEntityOfPage"] == german_url
    assert data["datePublished"] and data["publisher"]["@type"] == "GovernmentOrganization"
    assert soup.find("meta", property="og:locale")["content"] == "de_DE"
    soup, _data = all_json_ld(client, "/ar/presse/interkulturelle-woche/")
    assert soup.find("meta", property="og:locale")["content"] == "ar_AR"
    assert soup.find("meta", property="og:url")["content"] == german_url


def test_the_home_page_names_the_website_and_its_publisher(client, home_page):
    _soup, (data,) = all_json_ld(client, "/tr/")
    assert empty_values(data) == []
    website, publisher = data["@graph"]
    assert website["@type"] == "WebSite" and website["url"] == "http://testserver/tr/"
    assert website["inLanguage"] == "tr"
    assert website["potentialAction"]["target"].startswith("http://testserver/tr/")
    assert website["potentialAction"]["target"].endswith("?q={search_term_string}")
    assert (
        website["publisher"] == {"@id": publisher["@id"]} and publisher["@type"] == "GovernmentOrganization"
    )

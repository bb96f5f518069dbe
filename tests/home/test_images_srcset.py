"""Images in lists: a phone downloads small files, and a long list costs no more queries than a short one.

The rendition cache is switched off in this module: with it, a warm cache would hide a listing that
does not prefetch its renditions, and a cold one (a restart, an evicted key) would show it.
"""

import datetime
import re

import pytest
from bs4 import BeautifulSoup

from wagtail.images.models import Filter

from events.news import views as news_views
from events.news.models import NewsPage
from events.press import views as press_views
from events.press.models import PressReleaseImage, PressReleasePage
from home.images import (
    BODY_IMAGE,
    COMPACT_THUMBNAIL_SIZES,
    FEATURED_CARD,
    LISTING_THUMBNAIL,
    ORGANISATION_LOGO,
    PARTNER_LOGO,
)
from home.models import PortalRendition
from organisations import directory as directory_module
from organisations.models import OrganisationPage, Partner, Town
from tests.bench.bulk import bulk_create_pages
from tests.factories import (
    NewsIndexPageFactory,
    NewsPageFactory,
    OrganisationIndexPageFactory,
    PartnersPageFactory,
    PortalImageFactory,
    PressArchivePageFactory,
)
from tests.utils import count_queries


@pytest.fixture(autouse=True)
def _no_rendition_cache(settings):
    settings.CACHES = {
        **settings.CACHES,
        "renditions": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }


def photo(width=800, height=450, **fields):
    # Large enough that no rendition of a list is capped by the original's size.
    return PortalImageFactory(file__width=width, file__height=height, **fields)


def images_of(client, url, selector):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select(selector)


def candidate_widths(img):
    return [int(width) for width in re.findall(r" (\d+)w(?:,|$)", img["srcset"])]


def assert_listing_image(img, size, widths):
    assert candidate_widths(img) == widths
    assert img["sizes"] == size.sizes
    assert min(candidate_widths(img)) <= 480  # what a phone downloads first
    assert img["loading"] == "lazy"
    assert img["alt"] == ""  # decorative: the linked title next to it says what it is
    # The width and height reserve the space before the file arrives: nothing jumps.
    assert int(img["width"]) == widths[0]
    assert int(img["height"]) > 0


def assert_only_prefetched_renditions(size):
    """Every rendition the page made is one its query prefetches; any other costs a query per image."""
    assert set(PortalRendition.objects.values_list("filter_spec", flat=True)) <= set(size.specs)


def test_directory_logos(client, home_page, monkeypatch):
    monkeypatch.setattr(directory_module, "PER_PAGE", 50)
    directory = OrganisationIndexPageFactory(parent=home_page)

    def add(count, offset):
        hilden = Town.objects.get(slug="hilden")
        bulk_create_pages(
            directory,
            OrganisationPage,
            [
                {"title": f"Verein {number}", "slug": f"verein-{number}", "town": hilden, "logo": photo()}
                for number in range(offset, offset + count)
            ],
        )

    add(5, 0)
    with_five = count_queries(client, "/de/organisationen/")
    add(45, 5)
    assert count_queries(client, "/de/organisationen/") == with_five
    logos = images_of(client, "/de/organisationen/", ".organisation-card img")
    assert len(logos) == 50
    assert_listing_image(logos[0], ORGANISATION_LOGO, [80, 160, 240])
    assert_only_prefetched_renditions(ORGANISATION_LOGO)


def test_a_long_list_of_pictures_parses_its_image_specs_no_more_than_a_short_one(
    client, home_page, monkeypatch
):
    # Each `{% srcset_image … fill-{80x80,160x160,240x240} %}` names three Filters; parsing one
    # (its operations) cost ~60 µs, three times per logo on every visit before they were shared.
    monkeypatch.setattr(directory_module, "PER_PAGE", 50)
    directory = OrganisationIndexPageFactory(parent=home_page)
    hilden = Town.objects.get(slug="hilden")
    parsing = Filter.__dict__["operations"]
    parsed = []
    monkeypatch.setattr(
        parsing, "func", lambda spec_filter, parse=parsing.func: parsed.append(1) or parse(spec_filter)
    )

    def parses_of_a_visit(count):
        bulk_create_pages(
            directory,
            OrganisationPage,
            [
                {"title": f"Verein {number}", "slug": f"verein-{number}", "town": hilden, "logo": photo()}
                for number in range(OrganisationPage.objects.count(), count)
            ],
        )
        assert len(images_of(client, "/de/organisationen/", ".organisation-card img")) == count
        parsed.clear()
        assert len(images_of(client, "/de/organisationen/", ".organisation-card img")) == count
        return len(parsed)

    assert parses_of_a_visit(5) == parses_of_a_visit(50) == 0


def test_news_index_thumbnails(client, home_page, monkeypatch):
    monkeypatch.setattr(news_views, "PER_PAGE", 50)
    news_index = NewsIndexPageFactory(parent=home_page)
    today = datetime.date.today()

    def add(count, offset):
        bulk_create_pages(
            news_index,
            NewsPage,
            [
                {
                    "title": f"Nachricht {number}",
                    "slug": f"nachricht-{number}",
                    "date": today,
                    "image": photo(),
                }
                for number in range(offset, offset + count)
            ],
        )

    add(5, 0)
    with_five = count_queries(client, "/de/aktuelles/")
    add(45, 5)
    assert count_queries(client, "/de/aktuelles/") == with_five
    thumbnails = images_of(client, "/de/aktuelles/", ".news-item img")
    assert len(thumbnails) == 50
    assert_listing_image(thumbnails[0], LISTING_THUMBNAIL, [320, 480, 640])
    assert_only_prefetched_renditions(LISTING_THUMBNAIL)


def test_press_archive_shows_the_first_image_of_each_release(client, home_page, monkeypatch):
    monkeypatch.setattr(press_views, "PER_PAGE", 50)
    archive = PressArchivePageFactory(parent=home_page)

    def add(count, offset):
        releases = bulk_create_pages(
            archive,
            PressReleasePage,
            [
                {"title": f"Mitteilung {number}", "slug": f"mitteilung-{number}"}
                for number in range(offset, offset + count)
            ],
        )
        second = photo(credit="Foto: Zweites")  # never downloaded: only the first image is listed
        for release in releases:
            PressReleaseImage.objects.create(
                release=release, image=photo(credit="Foto: Erstes"), sort_order=0
            )
            PressReleaseImage.objects.create(release=release, image=second, sort_order=1)

    add(5, 0)
    with_five = count_queries(client, "/de/presse/")
    add(45, 5)
    assert count_queries(client, "/de/presse/") == with_five
    items = images_of(client, "/de/presse/", ".press-item")
    assert len(items) == 50
    assert all(len(item.select("img")) == 1 for item in items)
    assert items[0].select_one(".credit").get_text(strip=True) == "Foto: Erstes"
    assert_listing_image(items[0].img, LISTING_THUMBNAIL, [320, 480, 640])
    assert_only_prefetched_renditions(LISTING_THUMBNAIL)


def test_home_page_teasers(client, home_page):
    news_index = NewsIndexPageFactory(parent=home_page)
    for _ in range(5):
        NewsPageFactory(parent=news_index, image=photo())

    def feature_cards(count):
        home_page.featured = [
            (
                "feature",
                {"heading": f"Angebot {number}", "text": "", "image": photo(), "page": None, "url": ""},
            )
            for number in range(count)
        ]
        home_page.save_revision().publish()

    feature_cards(5)
    with_five = count_queries(client, "/de/")
    feature_cards(50)
    assert count_queries(client, "/de/") == with_five
    cards = images_of(client, "/de/", ".featured .card img")
    assert len(cards) == 50
    assert_listing_image(cards[0], FEATURED_CARD, [320, 480, 640])
    # The latest news beside the events keep a small thumbnail, also on phones.
    news = images_of(client, "/de/", ".news-list.compact img")
    assert len(news) == 3
    assert news[0]["sizes"] == COMPACT_THUMBNAIL_SIZES
    assert candidate_widths(news[0]) == [320, 480, 640]
    assert_only_prefetched_renditions(FEATURED_CARD)


def test_partner_logos(client, home_page):
    PartnersPageFactory(parent=home_page)

    def add(count):
        for number in range(count):
            logo = photo(width=600, height=300)
            Partner.objects.create(name=f"Partner {number}", kind=Partner.Kind.TOWN, logo=logo)

    add(5)
    with_five = count_queries(client, "/de/partner/")
    add(45)
    assert count_queries(client, "/de/partner/") == with_five
    logos = images_of(client, "/de/partner/", ".partner-card img")
    assert len(logos) == 50
    assert candidate_widths(logos[0]) == [120, 240, 480]
    assert logos[0]["sizes"] == PARTNER_LOGO.sizes
    assert_only_prefetched_renditions(PARTNER_LOGO)


def test_the_image_at_the_top_of_a_news_page_loads_at_once(client, home_page):
    news_index = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=news_index, title="Sommerfest", slug="sommerfest", image=photo(1600, 900))
    (img,) = images_of(client, "/de/aktuelles/sommerfest/", "article figure.captioned-image img")
    assert candidate_widths(img) == [400, 800, 1200]
    assert img["sizes"] == BODY_IMAGE.sizes
    assert "loading" not in img.attrs
    assert img["alt"] == ""

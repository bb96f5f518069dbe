"""Sitemap with language alternates, and robots.txt naming it."""

from defusedxml import ElementTree

from tests.factories import StandardPageFactory
from tests.utils import count_queries

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def sitemap_urls(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ElementTree.fromstring(response.content)
    return {
        url.find("sm:loc", NS).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)
        }
        for url in root.findall("sm:url", NS)
    }


def test_sitemap_lists_each_page_in_each_language_it_exists_in(client, home_page):
    StandardPageFactory(
        parent=home_page, title="Über uns", slug="ueber-uns", title_tr="Hakkımızda", slug_tr="hakkimizda"
    )
    StandardPageFactory(parent=home_page, title="Impressum", slug="impressum")
    urls = sitemap_urls(client)
    assert "http://testserver/de/ueber-uns/" in urls
    assert "http://testserver/tr/hakkimizda/" in urls
    assert urls["http://testserver/tr/hakkimizda/"] == {
        "de": "http://testserver/de/ueber-uns/",
        "tr": "http://testserver/tr/hakkimizda/",
        "x-default": "http://testserver/de/ueber-uns/",
    }
    # German only: listed once, without alternates, never under another language.
    assert urls["http://testserver/de/impressum/"] == {}
    assert not [url for url in urls if "impressum" in url and "/de/" not in url]


def test_sitemap_leaves_out_drafts(client, home_page):
    StandardPageFactory(parent=home_page, title="Entwurf", slug="entwurf", live=False)
    assert not [url for url in sitemap_urls(client) if "entwurf" in url]


def test_robots_txt_names_the_sitemap(client, home_page):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


def test_sitemap_query_count_does_not_grow_with_pages(client, home_page):
    def add_pages(count):
        for _ in range(count):
            StandardPageFactory(parent=home_page, title_en="Page")

    add_pages(5)
    with_five = count_queries(client, "/sitemap.xml")
    add_pages(45)
    assert count_queries(client, "/sitemap.xml") == with_five

"""The portal search on the demo's real content, on PostgreSQL as in production (issue 15 point 7).

Run by tests/home/test_demo_content.py on the demo it has just loaded: loading the demo is the
slowest step of the suite, so it happens once for both.
"""

from bs4 import BeautifulSoup

from home.search import views as search_views


def results(client, url):
    response = client.get(url, HTTP_USER_AGENT="Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0")
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser").select(".search-result")


def check_the_demo_portal_is_searched_as_visitors_type(client, monkeypatch):
    monkeypatch.setattr(search_views, "PER_PAGE", 50)
    monkeypatch.setattr(search_views, "SEARCHES_PER_MINUTE", 1000)

    # Without the umlaut, as on a keyboard abroad, in German and in Turkish.
    for url in ("/de/suche/?q=tuerk", "/de/suche/?q=turk", "/de/suche/?q=Turk", "/tr/arama/?q=tuerk"):
        titles = [result.h2.get_text(strip=True) for result in results(client, url)]
        assert "Deutsch-Türkischer Kulturverein Hilden e.V." in titles, url

    # The many “Sprachcafé” of the calendar are told apart by organisation, town and date.
    cafes = results(client, "/de/suche/?q=Sprachcafé&kind=event")
    assert len(cafes) >= 2
    assert all(cafe.select_one(".result-context .town") for cafe in cafes)
    told_apart = {
        " | ".join(cafe.select_one(part).get_text(" ", strip=True) for part in (".result-context", ".meta"))
        for cafe in cafes
    }
    assert len(told_apart) == len(cafes)

    # Snippets are the text a visitor reads, never a block's label.
    for url, labels in (("/de/suche/?q=Verein", ("Überschrift",)), ("/tr/arama/?q=dernek", ("Başlık",))):
        snippets = [result.select_one(".snippet") for result in results(client, url)]
        text = " ".join(snippet.get_text(" ") for snippet in snippets if snippet)
        assert text and not any(label in text for label in labels), url

    # Arabic and Persian search as before.
    assert results(client, "/ar/albahth/?q=مقهى")
    assert results(client, "/fa/jostojoo/?q=کافه")

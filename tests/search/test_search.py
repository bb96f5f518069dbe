"""Portal search: the visitor's language with German fallback, kinds, ranking, snippets, bad input."""

import pytest
import time_machine
from bs4 import BeautifulSoup

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.rich_text import RichText

from home.search import views as search_views
from tests.factories import (
    EventCalendarPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    OrganisationPageFactory,
    PressArchivePageFactory,
    PressReleasePageFactory,
    StandardPageFactory,
    berlin,
)
from tests.utils import count_queries

NOW = "2026-11-26 10:00 +0100"


def found(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in soup.select(".search-result h2 a")], soup


@pytest.fixture
def content(home_page, directory):
    with time_machine.travel(NOW, tick=False):
        StandardPageFactory(
            parent=home_page,
            title="Beratung für Familien",
            slug="beratung",
            intro="Wir beraten Familien in allen Lebenslagen.",
            title_tr="Aileler için danışmanlık",
            intro_tr="Ailelere her konuda danışmanlık yapıyoruz.",
            title_ar="استشارة للعائلات",
            intro_ar="نقدم الاستشارة للعائلات.",
        )
        OrganisationPageFactory(
            parent=directory,
            title="Anatolia Kulturverein",
            slug="anatolia",
            short_description="Ein Treffpunkt für Familien und Theater.",
        )
        calendar = EventCalendarPageFactory(parent=home_page)
        EventPageFactory(
            parent=calendar, title="Theaterabend", slug="theater-neu", start=berlin(2026, 12, 5, 19)
        )
        EventPageFactory(
            parent=calendar, title="Theaterabend", slug="theater-alt", start=berlin(2026, 1, 5, 19)
        )
        news = NewsIndexPageFactory(parent=home_page)
        NewsPageFactory(
            parent=news, title="Neues Theaterprojekt", slug="theaterprojekt", teaser="Proben beginnen."
        )
        archive = PressArchivePageFactory(parent=home_page)
        PressReleasePageFactory(
            parent=archive, title="Kreis fördert Theater", slug="foerderung", teaser="Geld für Vereine."
        )
        page = StandardPageFactory(parent=home_page, title="Hinweise", slug="hinweise")
        page.body = [
            ("paragraph", RichText("<p>Bitte &lt;script&gt; nicht eingeben: Theater ist schön.</p>"))
        ]
        page.save_revision().publish()


def test_every_page_has_a_search_field_in_its_header(client, content):
    soup = BeautifulSoup(client.get("/tr/").content, "html.parser")
    form = soup.select_one("header form[role=search]")
    assert form["action"] == "/tr/arama/"
    label = soup.find("label", attrs={"for": form.find("input")["id"]})
    assert label.get_text(strip=True) == "Portalda ara"


def test_results_in_the_visitors_language(client, content):
    titles, _soup = found(client, "/tr/arama/?q=danışmanlık")
    assert titles == ["Aileler için danışmanlık"]


def test_untranslated_pages_are_found_by_their_german_text_and_marked(client, content):
    titles, soup = found(client, "/tr/arama/?q=Treffpunkt")
    assert titles == ["Anatolia Kulturverein"]
    result = soup.select_one(".search-result")
    assert result.h2.a["lang"] == "de" and result.select_one(".snippet")["lang"] == "de"
    assert "Almanca" in result.select_one(".badge").get_text()


def test_other_languages_do_not_crowd_the_results(client, content):
    # The Arabic words of the page match only in Arabic.
    assert found(client, "/tr/arama/?q=استشارة")[0] == []
    assert found(client, "/ar/albahth/?q=استشارة")[0] == ["استشارة للعائلات"]
    # The German words of a translated page do not match in Turkish either.
    assert found(client, "/tr/arama/?q=Lebenslagen")[0] == []


@time_machine.travel(NOW, tick=False)
def test_kinds_are_counted_and_can_be_chosen(client, content):
    _titles, soup = found(client, "/de/suche/?q=Theater")
    tabs = [a.get_text(" ", strip=True) for a in soup.select(".view-switcher a")]
    assert tabs[0].startswith("Alle")
    assert any(tab.startswith("Veranstaltungen (2)") for tab in tabs)
    assert any(tab.startswith("Pressemitteilungen (1)") for tab in tabs)
    events, _soup = found(client, "/de/suche/?q=Theater&kind=event")
    assert events == ["Theaterabend", "Theaterabend"]


@time_machine.travel(NOW, tick=False)
def test_upcoming_events_rank_above_past_ones_and_show_their_next_date(client, content):
    _titles, soup = found(client, "/de/suche/?q=Theaterabend&kind=event")
    first, second = soup.select(".search-result")
    assert "Nächster Termin" in first.get_text() and "5. Dezember 2026" in first.get_text()
    assert "vergangene Veranstaltung" in second.get_text()


@time_machine.travel(NOW, tick=False)
def test_title_matches_rank_first(client, content):
    titles, _soup = found(client, "/de/suche/?q=Familien")
    assert titles[0] == "Beratung für Familien"
    assert "Anatolia Kulturverein" in titles


def test_snippets_mark_the_words_and_escape_the_text(client, content):
    _titles, soup = found(client, "/de/suche/?q=Theater&kind=page")
    snippet = soup.select_one(".snippet")
    assert next(mark.get_text().lower() for mark in snippet.find_all("mark")).startswith("theater")
    assert snippet.find("script") is None and "<script>" in snippet.get_text()


@pytest.mark.parametrize(
    "query",
    [
        '"Theater"',
        "Theater AND NOT",
        "' OR 1=1 --",
        "!!!",
        "<b>",
        "\\",
        "x" * 10000,
        "Theater ||| && ::",
        "😀",
    ],
)
def test_odd_queries_return_a_page(client, content, query):
    response = client.get("/de/suche/", {"q": query})
    assert response.status_code == 200


def test_empty_query_and_no_results(client, content):
    assert client.get("/de/suche/").status_code == 200
    _titles, soup = found(client, "/de/suche/?q=Quantenphysik")
    assert "Nichts gefunden" in soup.select_one(".empty-state").get_text()
    assert found(client, "/de/suche/?q=Theater&page=abc", status=400)


def test_a_stream_of_searches_is_rate_limited(client, content):
    for _ in range(search_views.SEARCHES_PER_MINUTE):
        client.get("/de/suche/?q=Theater")
    response = client.get("/tr/arama/?q=Theater")
    assert response.status_code == 429
    assert "dakika" in BeautifulSoup(response.content, "html.parser").select_one("[role=alert]").get_text()


def test_drafts_and_private_pages_are_not_found(client, home_page):
    from wagtail.models import PageViewRestriction

    StandardPageFactory(parent=home_page, title="Geheimentwurf", slug="entwurf", live=False)
    private = StandardPageFactory(parent=home_page, title="Geheimprotokoll", slug="protokoll")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    assert found(client, "/de/suche/?q=Geheim*")[0] == []
    assert found(client, "/de/suche/?q=Geheimprotokoll")[0] == []


def test_pages_in_a_private_section_and_unpublished_pages_are_not_found(client, home_page):
    # The search reads no page's row to know whether it is live or public: a text exists only
    # while its page is live, and the few private sections are excluded by their paths.
    from wagtail.models import PageViewRestriction

    section = StandardPageFactory(parent=home_page, title="Vorstand", slug="vorstand")
    StandardPageFactory(parent=section, title="Geheimprotokoll Mai", slug="mai")
    neighbour = StandardPageFactory(parent=home_page, title="Geheimtipp Stadtfest", slug="stadtfest")
    StandardPageFactory(parent=neighbour, title="Geheimtipp Flohmarkt", slug="flohmarkt")
    withdrawn = StandardPageFactory(parent=home_page, title="Geheimtipp Konzert", slug="konzert")
    assert len(found(client, "/de/suche/?q=Geheim")[0]) == 4
    PageViewRestriction.objects.create(page=section, restriction_type="login")
    withdrawn.unpublish()
    titles, soup = found(client, "/de/suche/?q=Geheim")
    assert sorted(titles) == ["Geheimtipp Flohmarkt", "Geheimtipp Stadtfest"]
    assert "(2)" in soup.select_one("a[aria-current='page'][href*='q=']").get_text()
    # The private sections are kept between searches (with the frame): lifting the restriction
    # renews them at once.
    PageViewRestriction.objects.filter(page=section).delete()
    assert "Geheimprotokoll Mai" in found(client, "/de/suche/?q=Geheim")[0]


def test_the_private_sections_are_not_read_from_the_database_by_every_search(client, home_page):
    StandardPageFactory(parent=home_page, title="Geheimtipp Stadtfest", slug="stadtfest")
    client.get("/de/suche/?q=Geheim")
    with CaptureQueriesContext(connection) as queries:
        assert found(client, "/de/suche/?q=Stadtfest")[0] == ["Geheimtipp Stadtfest"]
    assert not [query for query in queries if "wagtailcore_pageviewrestriction" in query["sql"]]


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="stemming needs PostgreSQL's text search")
def test_german_stemming_on_postgresql(client, content):
    titles, _soup = found(client, "/de/suche/?q=Familie")
    assert "Beratung für Familien" in titles


def test_query_count_does_not_grow_with_results(client, home_page, monkeypatch):
    monkeypatch.setattr(search_views, "PER_PAGE", 50)
    for number in range(5):
        StandardPageFactory(parent=home_page, title=f"Sprachkurs {number}")
    before = count_queries(client, "/de/suche/?q=Sprachkurs")
    for number in range(5, 50):
        StandardPageFactory(parent=home_page, title=f"Sprachkurs {number}")
    assert count_queries(client, "/de/suche/?q=Sprachkurs") == before


def _plan_nodes(query):
    """The nodes of PostgreSQL's plan for `query` (run), each before those below it, the first
    child first."""
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) {query}")
        plans = [cursor.fetchone()[0][0]["Plan"]]
    nodes = []
    while plans:
        node = plans.pop()
        nodes.append(node)
        plans.extend(reversed(node.get("Plans", [])))
    return nodes


def _ranked_rows(query) -> int:
    """How many texts PostgreSQL ranked to answer `query` (its plan's rows below the sort)."""
    ranked = next(
        node for node in _plan_nodes(query) if node["Node Type"] not in ("Limit", "Sort", "Incremental Sort")
    )
    return ranked["Actual Rows"]


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="ranking is PostgreSQL's ts_rank")
def test_a_page_of_results_ranks_only_the_matches_that_can_reach_it(client, home_page):
    # Ranking reads each text's search vector, the costly part of a search: a common word
    # matches 4,400 texts at the district's scale. Current title matches come first, so a first
    # page they fill ranks only them; the counts per kind rank nothing.
    for number in range(12):
        StandardPageFactory(parent=home_page, title=f"Sprachkurs {number:02}")
    for number in range(30):
        StandardPageFactory(parent=home_page, title=f"Treffpunkt {number:02}", intro="Mit Sprachkurs.")
    for url, ranked, first in (
        ("/de/suche/?q=Sprachkurs", 12, "Sprachkurs 00"),
        ("/de/suche/?q=Sprachkurs&page=2", 42, "Sprachkurs 10"),
        ("/de/suche/?q=Sprachkurs&page=3", 30, "Treffpunkt"),
    ):
        with CaptureQueriesContext(connection) as queries:
            titles, soup = found(client, url)
        ranking = [query["sql"] for query in queries if "ts_rank" in query["sql"]]
        assert len(ranking) == 1, ranking
        # A page of title matches alone picks its texts by their titles, not the words' vectors.
        assert ("@@" in ranking[0]) == (ranked != 12), url
        assert _ranked_rows(ranking[0]) == ranked, url
        assert titles[0].startswith(first), titles
        assert "(42)" in soup.select_one("a[aria-current='page'][href*='q=']").get_text(), url
    assert titles == [f"Treffpunkt {number:02}" for number in range(8, 18)]


def test_the_pages_of_results_follow_one_order_and_the_tabs_count_every_match(client, home_page):
    # One query numbers the matches and counts them per kind; each page is read off its numbers.
    # Equal titles rank alike and are sorted by title: 23 pages and 4 events, current first.
    with time_machine.travel(NOW, tick=False):
        for number in range(23):
            StandardPageFactory(parent=home_page, title=f"Sprachkurs {number:02}")
        calendar = EventCalendarPageFactory(parent=home_page)
        for number in range(4):
            EventPageFactory(
                parent=calendar, title=f"Sprachkurs am Abend {number}", start=berlin(2026, 12, 5 + number, 19)
            )
    pages = [f"Sprachkurs {number:02}" for number in range(23)]
    events = [f"Sprachkurs am Abend {number}" for number in range(4)]
    with time_machine.travel(NOW, tick=False):
        walked = []
        for number in (1, 2, 3):
            titles, soup = found(client, f"/de/suche/?q=Sprachkurs&page={number}")
            walked += titles
        tabs = [
            link.get_text(strip=True) for link in soup.select("nav a[href*='kind='], nav a[aria-current]")
        ]
        assert sorted(walked) == sorted(pages + events) and len(walked) == 27
        assert walked[:10] == sorted(pages + events)[:10]
        assert any("(27)" in tab for tab in tabs) and any("(4)" in tab for tab in tabs), tabs
        in_tab = []
        for number in (1, 2, 3):
            titles, _soup = found(client, f"/de/suche/?q=Sprachkurs&kind=page&page={number}")
            in_tab += titles
        assert in_tab == pages
        assert found(client, "/de/suche/?q=Sprachkurs&kind=event")[0] == events
        found(client, "/de/suche/?q=Sprachkurs&kind=event&page=2", status=404)
        found(client, "/de/suche/?q=Sprachkurs&page=4", status=404)


def test_the_sorted_results_carry_only_what_the_page_shows(client, home_page):
    # The database sorts the matches it ranks before it takes a page of them: the texts, their
    # folded copies and the search vector made the rows wide, and the sort of a common word
    # spilled to disk. Only the ids are sorted; the page's ten texts are read after.
    for number in range(3):
        StandardPageFactory(parent=home_page, title=f"Sprachkurs {number}", intro="Deutsch lernen im Kurs.")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/de/suche/?q=Sprachkurs")
    sorted_ = [query["sql"] for query in queries if '"home_pagetext"."title" ASC' in query["sql"]]
    assert len(sorted_) == 1 and sorted_[0].startswith('SELECT "home_pagetext"."id" AS "pk" FROM')
    if connection.vendor == "postgresql":
        # Only title matches, so the words' vectors are not read to pick them.
        assert "@@" not in sorted_[0]
    assert response.content.decode().count("Deutsch lernen") == 3


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="partitions are PostgreSQL's")
def test_each_language_has_its_own_table_of_texts_and_search_indexes(client, home_page):
    # Every search reads one language. With the eleven languages' texts in one table, a common
    # word's 4,400 German matches lay in as many blocks, and counting them read each (~12 ms at
    # the district's scale); in the language's own table they lie together (~5 ms).
    from home.languages import LANGUAGE_CODES
    from home.models.search import SEARCH_CONFIGS

    assert set(SEARCH_CONFIGS) == set(LANGUAGE_CODES)
    page = StandardPageFactory(parent=home_page, title="Sprachkurs für alle")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT language, tableoid::regclass::text FROM home_pagetext WHERE page_id = %s", [page.pk]
        )
        tables = dict(cursor.fetchall())
        cursor.execute("SELECT tablename, indexdef FROM pg_indexes WHERE tablename LIKE 'home_pagetext_%%'")
        indexes = {}
        for table, definition in cursor.fetchall():
            indexes.setdefault(table, []).append(definition)
    assert tables == {code: f"home_pagetext_{code}" for code in LANGUAGE_CODES}
    for code in LANGUAGE_CODES:
        made = " ".join(indexes[f"home_pagetext_{code}"])
        assert "gin (search_vector)" in made and "gin (title_folded gin_trgm_ops)" in made, code
    with CaptureQueriesContext(connection) as queries:
        titles, _soup = found(client, "/de/suche/?q=Sprachkurs")
    assert titles == ["Sprachkurs für alle"]
    read = {
        node["Relation Name"]
        for query in queries
        if "home_pagetext" in query["sql"]
        for node in _plan_nodes(query["sql"])
        if node.get("Relation Name", "").startswith("home_pagetext")
    }
    assert read == {"home_pagetext_de"}


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="search vectors are PostgreSQL's")
def test_counting_the_matches_reads_no_search_vector(client, home_page):
    # The tabs count every match. Asked as one condition (words OR title), PostgreSQL rechecked
    # each text that shared a block with a title match against its words, reading the search
    # vectors of most matches. The words' and the title's matches are read apart, off their
    # own indexes, and joined by id.
    for number in range(6):
        StandardPageFactory(parent=home_page, title=f"Sprachkurs {number}")
        StandardPageFactory(parent=home_page, title=f"Treffpunkt {number}", intro="Mit Sprachkurs.")
        StandardPageFactory(parent=home_page, title=f"Sprachcafé {number}")
    # A word inside a title's compound is found by the title alone, and counted once.
    _titles, soup = found(client, "/de/suche/?q=cafe")
    assert "(6)" in soup.select_one("a[aria-current='page'][href*='q=']").get_text()
    with CaptureQueriesContext(connection) as queries:
        _titles, soup = found(client, "/de/suche/?q=Sprachkurs")
    assert "(12)" in soup.select_one("a[aria-current='page'][href*='q=']").get_text()
    counting = [query["sql"] for query in queries if "COUNT(" in query["sql"] and "@@" in query["sql"]]
    assert len(counting) == 1, counting
    # Each reading of the texts tests either the words or the title, never both.
    conditions = [
        " ".join(node.get(part, "") for part in ("Index Cond", "Recheck Cond", "Filter"))
        for node in _plan_nodes(counting[0])
        if node.get("Relation Name", "").startswith("home_pagetext")
    ]
    assert any("@@" in tested for tested in conditions) and any("~~" in tested for tested in conditions)
    assert not any("@@" in tested and "~~" in tested for tested in conditions), conditions


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="search vectors are PostgreSQL's")
def test_publishing_a_page_writes_each_text_once_with_its_search_vector(client, home_page):
    # The vectors were set by an UPDATE after the INSERT: every text written twice, and on the
    # table partitioned by language the costliest step of a publish.
    page = StandardPageFactory(parent=home_page, title="Hinweise")
    page.body = [
        ("paragraph", RichText("<p>Ein Abend im Türkischen Theater, &lt;b&gt; Publikum willkommen.</p>"))
    ]
    with CaptureQueriesContext(connection) as queries:
        page.save_revision().publish()
    written = [
        query["sql"].split(" ", 1)[0]
        for query in queries
        if query["sql"].startswith(("INSERT", "UPDATE")) and '"home_pagetext"' in query["sql"]
    ]
    assert written == ["INSERT"]
    # As written and folded, after a "<", and in the visitor's language's configuration.
    for url in (
        "/de/suche/?q=Theater",
        "/de/suche/?q=turkisch",
        "/de/suche/?q=Publikum",
        "/tr/arama/?q=Theater",
    ):
        assert found(client, url)[0] == ["Hinweise"], url

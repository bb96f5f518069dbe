"""The press office: releases, the archive with search, filters and feeds, scheduled publishing, rights."""

import datetime
import re

import feedparser
import pytest
import time_machine
from bs4 import BeautifulSoup

from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.documents.models import Document
from wagtail.models import Page

from events.press import views as press_views
from events.press.models import PressContact, PressReleaseAttachment, PressReleasePage, PressTopic
from events.press_roles import ensure_press_office_setup
from home.models import PageText
from organisations.models import Town
from tests.bench.bulk import bulk_create_pages
from tests.factories import (
    EventPageFactory,
    OrganisationPageFactory,
    PressArchivePageFactory,
    PressReleasePageFactory,
    StandardPageFactory,
)
from tests.utils import count_queries


@pytest.fixture
def archive(home_page):
    return PressArchivePageFactory(parent=home_page, title_tr="Basın", slug_tr="basin")


@pytest.fixture
def releases(archive, directory):
    integration = PressTopic.objects.create(name="Integration", slug="integration", name_tr="Uyum")
    volunteering = PressTopic.objects.create(name="Ehrenamt", slug="ehrenamt")
    anatolia = OrganisationPageFactory(parent=directory, title="Anatolia", slug="anatolia")

    def release(title, date, town, topics=(), organisations=(), **fields):
        page = PressReleasePageFactory(
            parent=archive, title=title, release_date=date, dateline=Town.objects.get(slug=town), **fields
        )
        page.topics.set(topics)
        page.related_organisations.set(organisations)
        page.save_revision().publish()
        return page

    release(
        "Abschluss des Projekts Bündnispartner",
        datetime.date(2025, 6, 26),
        "mettmann",
        [integration],
        [anatolia],
        teaser="23 Migrantenorganisationen haben mitgemacht.",
        title_tr="Bündnispartner projesi tamamlandı",
        teaser_tr="23 göçmen kuruluşu katıldı.",
    )
    release("Ehrenamtspreis verliehen", datetime.date(2025, 11, 3), "wuelfrath", [volunteering])
    release(
        "Sprachcafés im ganzen Kreis",
        datetime.date(2024, 3, 12),
        "hilden",
        [integration],
        teaser="Das Netzwerk der Bündnispartner wächst.",
    )
    release("Förderaufruf für Vereine", datetime.date(2023, 1, 20), "ratingen", [integration, volunteering])
    return {"anatolia": anatolia}


def titles(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in soup.select(".press-item h3 a")]


def test_archive_is_newest_first(client, releases):
    assert titles(client, "/de/presse/") == [
        "Ehrenamtspreis verliehen",
        "Abschluss des Projekts Bündnispartner",
        "Sprachcafés im ganzen Kreis",
        "Förderaufruf für Vereine",
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("year=2025", ["Ehrenamtspreis verliehen", "Abschluss des Projekts Bündnispartner"]),
        ("year=2025&month=6", ["Abschluss des Projekts Bündnispartner"]),
        ("topic=ehrenamt", ["Ehrenamtspreis verliehen", "Förderaufruf für Vereine"]),
        ("town=hilden", ["Sprachcafés im ganzen Kreis"]),
        ("organisation=anatolia", ["Abschluss des Projekts Bündnispartner"]),
        ("topic=integration&year=2024", ["Sprachcafés im ganzen Kreis"]),
        ("topic=integration&town=wuelfrath", []),
    ],
)
def test_filters_alone_and_combined(client, releases, query, expected):
    assert titles(client, f"/de/presse/?{query}") == expected


def test_search_ranks_title_matches_first(client, releases):
    # "Bündnispartner" is in one title and in another release's teaser.
    assert titles(client, "/de/presse/?q=Bündnispartner") == [
        "Abschluss des Projekts Bündnispartner",
        "Sprachcafés im ganzen Kreis",
    ]
    assert titles(client, "/de/presse/?q=Bündnispartner&year=2024") == ["Sprachcafés im ganzen Kreis"]


def test_search_in_the_visitors_language_with_german_fallback(client, releases):
    # The translated release is found by its Turkish words, the others by their German ones.
    assert titles(client, "/tr/basin/?q=göçmen") == ["Bündnispartner projesi tamamlandı"]
    assert titles(client, "/tr/basin/?q=Ehrenamtspreis") == ["Ehrenamtspreis verliehen"]
    assert titles(client, "/tr/basin/?q=Abschluss") == []  # its Turkish version has other words


@pytest.mark.parametrize(
    "query",
    [
        '"Bündnispartner"',
        "Bündnispartner AND OR NOT",
        "' OR 1=1 --",
        "%_\\",
        "x" * 5000,
        "<script>",
        "😀 ünïcödé",
        "",
    ],
)
def test_search_survives_odd_input(client, releases, query):
    response = client.get("/de/presse/", {"q": query})
    assert response.status_code == 200


def test_empty_search_result_says_so(client, releases):
    soup = BeautifulSoup(client.get("/de/presse/?q=Quantenphysik").content, "html.parser")
    assert "Keine Pressemitteilung passt zu „Quantenphysik“." in soup.select_one(".empty-state").get_text()


def test_search_reads_the_text_folded_at_publishing(client, releases):
    # Folding every release's text again for every query took 30 s for a common word among
    # 5,000 releases (make bench); the fold is stored when a release is published.
    with CaptureQueriesContext(connection) as queries:
        found = titles(client, "/de/presse/?q=buendnispartner")
    assert found == ["Abschluss des Projekts Bündnispartner", "Sprachcafés im ganzen Kreis"]
    assert not [query["sql"] for query in queries if "TRANSLATE(" in query["sql"]]
    teaser = PageText.objects.get(page__title="Sprachcafés im ganzen Kreis", language="de").text_folded
    assert "das netzwerk der bundnispartner" in teaser


def test_search_checks_each_releases_place_and_restrictions_once(client, releases):
    # The match was narrowed to the archive's public releases again inside the query that
    # already keeps to them: PostgreSQL checked every matching release's tree and view
    # restrictions twice (a common word among 5,000 releases 56 → 47 ms, make bench).
    with CaptureQueriesContext(connection) as queries:
        found = titles(client, "/de/presse/?q=buendnispartner")
    assert found == ["Abschluss des Projekts Bündnispartner", "Sprachcafés im ganzen Kreis"]
    (search,) = [query["sql"] for query in queries if '"text_folded"' in query["sql"]]
    assert search.count('FROM "wagtailcore_pageviewrestriction"') == 1


def test_search_reads_the_words_of_the_releases_texts_only(client, releases):
    # The texts of every kind were read word by word: in the language's own table (migration
    # home 0020) PostgreSQL read all 18,600 German texts for the archive's 5,000 releases
    # (~90 instead of ~55 ms at the district's scale).
    with CaptureQueriesContext(connection) as queries:
        found = titles(client, "/de/presse/?q=buendnispartner")
    assert found == ["Abschluss des Projekts Bündnispartner", "Sprachcafés im ganzen Kreis"]
    (search,) = [query["sql"] for query in queries if '"text_folded"' in query["sql"]]
    matched = search.split('"page_ptr_id" IN (SELECT', 1)[1]
    assert '"text_folded"' in matched and re.search(r"U\d+\.\"kind\" = 'press'", matched), matched


@pytest.mark.parametrize(
    ("query", "status"),
    [("year=abc", 400), ("month=13&year=2025", 400), ("month=3", 400), ("topic=xyz", 400), ("page=-1", 400)],
)
def test_bad_filters_get_a_clear_answer(client, releases, query, status):
    assert client.get(f"/de/presse/?{query}").status_code == status


@pytest.mark.parametrize(
    "url",
    [
        "/de/presse/feed/rss/",
        "/de/presse/feed/atom/",
        "/de/presse/feed/rss/?topic=ehrenamt",
        "/de/presse/feed/atom/?q=Bündnispartner&year=2025",
    ],
)
def test_feeds_of_every_view(client, releases, url):
    feed = feedparser.parse(client.get(url).content)
    assert not feed.bozo, feed.bozo_exception
    expected = titles(client, url.replace("feed/rss/", "").replace("feed/atom/", ""))
    assert [entry.title for entry in feed.entries] == expected


def test_archive_announces_the_feeds_of_the_current_view(client, releases):
    soup = BeautifulSoup(client.get("/de/presse/?topic=ehrenamt").content, "html.parser")
    links = {link["type"]: link["href"] for link in soup.find_all("link", rel="alternate", type=True)}
    assert links["application/rss+xml"] == "/de/presse/feed/rss/?topic=ehrenamt"
    assert links["application/atom+xml"] == "/de/presse/feed/atom/?topic=ehrenamt"


def test_release_page_shows_everything_a_journalist_needs(client, archive):
    contact = PressContact.objects.create(
        name="Pressesprecherin", unit="Pressestelle", phone="02104 99-1000", email="presse@mokme.example"
    )
    release = PressReleasePageFactory(
        parent=archive,
        title="Neue Beratungsstelle",
        slug="neue-beratungsstelle",
        subtitle="Hilfe in zwölf Sprachen",
        dateline=Town.objects.get(slug="mettmann"),
        release_date=datetime.date(2026, 5, 4),
        correction_note="Die Öffnungszeiten wurden korrigiert.",
        corrected_at=datetime.datetime(2026, 5, 5, 9, 30, tzinfo=datetime.UTC),
    )
    document = Document(title="Faltblatt")
    document.file.save("faltblatt.pdf", ContentFile(b"%PDF-1.4 " + b"x" * 3000), save=False)
    document.save()
    release.attachments = [PressReleaseAttachment(document=document, label="Faltblatt zum Download")]
    release.contacts.set([contact])
    release.save_revision().publish()
    soup = BeautifulSoup(client.get(release.url).content, "html.parser")
    text = soup.get_text(" ", strip=True)
    assert " ".join(soup.select_one(".dateline").get_text().split()) == "Mettmann, 4. Mai 2026"
    assert "Hilfe in zwölf Sprachen" in text
    assert "Aktualisiert am" in text and "Die Öffnungszeiten wurden korrigiert." in text
    attachment = soup.select_one(".attachment-list li")
    assert "Faltblatt zum Download" in attachment.get_text() and "PDF" in attachment.get_text()
    assert "KB" in attachment.get_text()
    assert "Pressesprecherin" in text and "02104 99-1000" in text
    assert "Herausgeber: Pressestelle des Kreises Mettmann" in text
    assert soup.find("meta", property="og:title")["content"] == "Neue Beratungsstelle"
    assert soup.find("meta", property="og:type")["content"] == "article"
    assert soup.find("link", rel="stylesheet", media="print")


def test_untranslated_release_shows_german_with_the_note(client, releases):
    page = PressReleasePage.objects.get(title_de="Ehrenamtspreis verliehen")
    soup = BeautifulSoup(client.get(f"/tr/basin/{page.slug_de}/").content, "html.parser")
    assert soup.select_one(".fallback-notice")
    assert soup.select_one("article")["lang"] == "de"


def test_scheduled_release_appears_exactly_at_its_time(client, archive):
    with time_machine.travel("2026-05-04 08:00 +0200", tick=False):
        release = PressReleasePageFactory(
            parent=archive, title="Sperrfrist bis neun Uhr", slug="sperrfrist", live=False
        )
        release.go_live_at = datetime.datetime(
            2026, 5, 4, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=2))
        )
        release.save_revision().publish()
        release.refresh_from_db()
        assert not release.live
        assert titles(client, "/de/presse/") == []
        assert titles(client, "/de/presse/?q=Sperrfrist") == []
        assert "Sperrfrist" not in client.get("/de/presse/feed/rss/").content.decode()
        assert "sperrfrist" not in client.get("/sitemap.xml").content.decode()
        assert client.get("/de/presse/sperrfrist/").status_code == 404
    with time_machine.travel("2026-05-04 08:59:59 +0200", tick=False):
        call_command("publish_scheduled", stdout=open("/dev/null", "w"))  # noqa: SIM115
        assert client.get("/de/presse/sperrfrist/").status_code == 404
    # The scheduled job runs every minute; the first run after nine publishes it.
    with time_machine.travel("2026-05-04 09:00:30 +0200", tick=False):
        call_command("publish_scheduled", stdout=open("/dev/null", "w"))  # noqa: SIM115
        assert client.get("/de/presse/sperrfrist/").status_code == 200
        assert titles(client, "/de/presse/") == ["Sperrfrist bis neun Uhr"]
        assert titles(client, "/de/presse/?q=Sperrfrist") == ["Sperrfrist bis neun Uhr"]
        assert "Sperrfrist" in client.get("/de/presse/feed/atom/").content.decode()
        assert "sperrfrist" in client.get("/sitemap.xml").content.decode()


@pytest.fixture
def press_officer(archive, django_user_model):
    user = django_user_model.objects.create_user("presse", "presse@example.org", "pw-presse-123")
    user.groups.add(ensure_press_office_setup())
    return user


def test_press_office_creates_schedules_and_publishes_releases(client, press_officer, archive):
    client.force_login(press_officer)
    add_url = f"/admin/pages/add/press/pressreleasepage/{archive.pk}/"
    assert client.get(add_url).status_code == 200
    data = {
        "title_de": "Neue Mitteilung",
        "slug_de": "neue-mitteilung",
        "release_date": "2026-05-04",
        "publisher": "Pressestelle des Kreises Mettmann",
        "action-publish": "1",
        "images-TOTAL_FORMS": "0",
        "images-INITIAL_FORMS": "0",
        "attachments-TOTAL_FORMS": "0",
        "attachments-INITIAL_FORMS": "0",
    }
    from home.languages import LANGUAGE_CODES

    data.update({f"body_{code}-count": "0" for code in LANGUAGE_CODES})
    response = client.post(add_url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert PressReleasePage.objects.get(slug_de="neue-mitteilung").live


def test_press_office_can_do_nothing_else(client, press_officer, home_page, directory):
    other = StandardPageFactory(parent=home_page, title="Impressum", slug="impressum")
    organisation = OrganisationPageFactory(parent=directory, title="Anatolia", slug="anatolia")
    client.force_login(press_officer)
    for url in (
        f"/admin/pages/{other.pk}/edit/",
        f"/admin/pages/{organisation.pk}/edit/",
        f"/admin/pages/add/home/standardpage/{home_page.pk}/",
        "/admin/snippets/organisations/contactmessage/",
        "/admin/organisations/applications/",
    ):
        response = client.get(url)
        assert response.status_code in (302, 403, 404), url
    assert not Page.objects.get(pk=home_page.pk).permissions_for_user(press_officer).can_add_subpage()


def test_the_pages_of_a_search_follow_one_order_and_the_years_count_every_match(client, archive):
    # One query numbers the matches, counts them per year and picks the page's; a second loads
    # the page's releases. A title match ranks first, then newest first, in every year and page.
    dates = [datetime.date(2024 + number % 3, 1 + number % 12, 1 + number) for number in range(25)]
    for number, date in enumerate(dates):
        title = f"Sprachförderung {number:02}" if number % 5 == 0 else f"Mitteilung {number:02}"
        PressReleasePageFactory(
            parent=archive, title=title, release_date=date, teaser="Sprachförderung im Kreis"
        )
    PressReleasePageFactory(parent=archive, title="Haushalt", release_date=datetime.date(2025, 5, 5))
    in_title = sorted(
        (number for number in range(25) if number % 5 == 0), key=lambda n: dates[n], reverse=True
    )
    others = sorted((number for number in range(25) if number % 5), key=lambda n: (dates[n], n), reverse=True)
    expected = [f"Sprachförderung {n:02}" if n % 5 == 0 else f"Mitteilung {n:02}" for n in in_title + others]
    with CaptureQueriesContext(connection) as queries:
        walked = [
            title
            for page in (1, 2, 3)
            for title in titles(client, f"/de/presse/?q=sprachforderung&page={page}")
        ]
    assert walked == expected
    # The words are matched once per request: three pages, three matching queries.
    assert len([query for query in queries if "%sprachforderung%" in query["sql"]]) == 3
    soup = BeautifulSoup(client.get("/de/presse/?q=sprachforderung").content, "html.parser")
    years = [option.get_text(strip=True) for option in soup.select("select[name=year] option")]
    assert years[1:] == ["2026 (8)", "2025 (8)", "2024 (9)"]
    assert "25 Pressemitteilungen" in soup.select_one(".results-heading").get_text()
    in_2025 = titles(client, "/de/presse/?q=sprachforderung&year=2025")
    assert in_2025 == [
        title for title, n in zip(expected, in_title + others, strict=True) if dates[n].year == 2025
    ]
    titles(client, "/de/presse/?q=sprachforderung&page=4", status=404)
    titles(client, "/de/presse/?q=sprachforderung&year=2025&page=2", status=404)
    assert titles(client, "/de/presse/?q=sprachforderung&year=2019") == []


@pytest.mark.slow
def test_archive_query_count_does_not_grow(client, archive, monkeypatch):
    monkeypatch.setattr(press_views, "PER_PAGE", 50)
    topic = PressTopic.objects.create(name="Integration", slug="integration")

    def add(count, offset):
        pages = bulk_create_pages(
            archive,
            PressReleasePage,
            [
                {"title": f"Mitteilung {number}", "slug": f"mitteilung-{number}", "teaser": "Kreis Mettmann"}
                for number in range(offset, offset + count)
            ],
        )
        # Rows of the topic relation: `page.topics.add()` only changes the page in memory
        # (a modelcluster relation is saved with the page), which bulk creation never does.
        through = PressReleasePage.topics.through
        through.objects.bulk_create([through(pressreleasepage=page, presstopic=topic) for page in pages])

    add(5, 0)
    # Bulk-created releases are dated today.
    filtered = f"/de/presse/?topic=integration&year={datetime.date.today().year}"
    urls = ["/de/presse/", "/de/presse/feed/rss/", filtered]
    before = [count_queries(client, url) for url in urls]
    assert len(titles(client, filtered)) == 5
    add(45, 5)
    assert [count_queries(client, url) for url in urls] == before
    assert len(titles(client, filtered)) == 50
    add(4950, 50)  # 5,000 in the database
    assert [count_queries(client, url) for url in urls] == before
    assert len(titles(client, filtered)) == 50


def test_a_release_with_many_photos_costs_no_more_queries_than_one_with_few(client, archive, settings):
    from events.press.models import PressReleaseImage
    from tests.factories import PortalImageFactory

    # Without the rendition cache, which would hide renditions loaded one by one.
    settings.CACHES = {
        **settings.CACHES,
        "renditions": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }

    def release_with(count, slug):
        release = PressReleasePageFactory(parent=archive, title=f"Fotos {count}", slug=slug)
        release.images = [PressReleaseImage(image=PortalImageFactory()) for _ in range(count)]
        release.save_revision().publish()
        return release.url

    few, many = release_with(2, "wenige-fotos"), release_with(8, "viele-fotos")
    assert count_queries(client, few) == count_queries(client, many)


def test_a_releases_dateline_and_topic_links_cost_no_query_of_their_own(client, archive):
    # The dateline's town comes with the release, and the archive its topics link to was read
    # by routing along the address: a release with both costs what a release without them does.
    plain = PressReleasePageFactory(parent=archive, title="Ohne Ortszeile", slug="ohne-ortszeile")
    plain.topics.set([PressTopic.objects.create(name="Ehrenamt", slug="ehrenamt")])
    plain.save_revision().publish()
    placed = PressReleasePageFactory(
        parent=archive, title="Mit Ortszeile", slug="mit-ortszeile", dateline=Town.objects.get(slug="hilden")
    )
    placed.topics.set([PressTopic.objects.create(name="Bildung", slug="bildung")])
    placed.save_revision().publish()
    no_topics = PressReleasePageFactory(parent=archive, title="Ohne Themen", slug="ohne-themen")

    queries = {page.slug: count_queries(client, page.url) for page in (plain, placed, no_topics)}
    assert queries["mit-ortszeile"] == queries["ohne-ortszeile"] == queries["ohne-themen"]
    soup = BeautifulSoup(client.get(placed.url).content, "html.parser")
    assert soup.select_one(".dateline").get_text(strip=True).startswith("Hilden")
    topic_link = soup.find("a", string="Bildung")
    assert topic_link["href"] == f"{archive.url}?topic=bildung"


def test_a_release_links_its_organisations_and_events_from_the_columns_it_selected(
    client, archive, directory, calendar_page, columns_loaded_later
):
    anatolia = OrganisationPageFactory(
        parent=directory, title="Anatolia", title_ar="الأناضول", slug="anatolia"
    )
    event = EventPageFactory(parent=anatolia, title="Kulturabend", slug="kulturabend")
    release = PressReleasePageFactory(parent=archive, title="Sprachcafés im ganzen Kreis")
    release.related_organisations.set([anatolia])
    release.related_events.set([event])
    release.save_revision().publish()
    for language, names in (("de", ["Anatolia", "Kulturabend"]), ("ar", ["الأناضول", "Kulturabend"])):
        response = client.get(f"/{language}{release.url[3:]}", follow=True)
        footer = BeautifulSoup(response.content, "html.parser").select("article footer a[href]")
        links = {a.get_text(strip=True): a["href"] for a in footer}
        assert [name for name in names if name in links] == names
        assert links[names[1]].endswith("/kulturabend/")
    assert columns_loaded_later == []

"""The demo content: real pages in every language, 23 organisations, and safe to load twice;
the benchmark's database, the demo copied up to a scale, with pages that render like the demo's.

Loading the demo is the slowest step of the suite, so this module loads it once (``demo_portal``)
for both tests: each test runs in its own savepoint on top of it and is rolled back to the freshly
loaded demo when it ends.
"""

import io

import pytest

from django.core.management import call_command
from django.db import connection, models, transaction
from django.test import override_settings
from django.utils import translation

from wagtail.models import Page, ReferenceIndex

from events.calendar.models import EventOccurrence, EventPage
from events.news.models import NewsPage
from events.press.models import PressReleasePage
from home.languages import LANGUAGE_CODES
from home.models import PageText, PortalHomePage, StandardPage
from organisations.models import (
    Community,
    FieldOfActivity,
    OrganisationApplication,
    OrganisationContentPage,
    OrganisationPage,
    SpokenLanguage,
    Town,
)
from organisations.taxonomy_data import seed_taxonomy
from tests.bench.pages import count_queries, page_urls
from tests.bench.report import without_pictures
from tests.search.demo_search import check_the_demo_portal_is_searched_as_visitors_type

BENCH_SCALE = 0.05  # 25 organisations, 500 events, 100 news items, 250 press releases


@pytest.fixture(scope="module")
def demo_portal(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo loaded once, in one transaction for the whole module; what it printed."""
    # The demo's pictures (and the bench copies' renditions) go to a folder of their own.
    media = override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("demo-media"))
    media.enable()
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        # A browser test on this worker flushes the migrations' towns (tests/conftest.py).
        if not Town.objects.exists():
            with translation.override("de"):
                seed_taxonomy(Town, FieldOfActivity, Community, SpokenLanguage)
        out = io.StringIO()
        call_command("load_demo_content", stdout=out)
    yield out.getvalue()
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)
    media.disable()


@pytest.mark.slow
def test_demo_content_loads_twice_without_duplicates(demo_portal, db, client, monkeypatch):
    if connection.vendor == "postgresql":
        # The search as visitors type it, on this real content (production searches on PostgreSQL).
        check_the_demo_portal_is_searched_as_visitors_type(client, monkeypatch)
    first = Page.objects.count()
    call_command("load_demo_content", stdout=io.StringIO())
    assert Page.objects.count() == first
    assert PortalHomePage.objects.count() == 1

    # The logins are printed for the newcomer.
    printed = demo_portal
    for username in ("admin", "moderation", "redaktion-a", "redaktion-b"):
        assert f"user: {username}" in printed
    assert "password:" in printed

    home = PortalHomePage.objects.get()
    about = StandardPage.objects.get(slug_de="ueber-das-portal")
    for code in LANGUAGE_CODES:
        assert home.is_available_in(code) and about.is_available_in(code)
        assert client.get(f"/{code}/").status_code == 200
    titles = set(StandardPage.objects.values_list("title_de", flat=True))
    assert {
        "Impressum",
        "Datenschutzerklärung",
        "Erklärung zur Barrierefreiheit",
        "Leichte Sprache",
    } <= titles

    organisations = OrganisationPage.objects.live()
    assert organisations.count() == 23
    assert set(organisations.values_list("town__slug", flat=True)) == set(
        Town.objects.values_list("slug", flat=True)
    )
    for organisation in organisations:
        assert 2 <= OrganisationContentPage.objects.child_of(organisation).count() <= 4
        assert organisation.editor_group is not None and organisation.collection is not None
    assert OrganisationApplication.objects.filter(status="new").count() == 2
    assert client.get("/de/organisationen/").status_code == 200

    # The calendar, the news and the press archive.
    assert EventPage.objects.live().count() == 150
    assert EventPage.objects.exclude(frequency="once").filter(exceptions__kind="cancelled").exists()
    assert EventPage.objects.filter(exceptions__kind="moved").exists()
    assert EventPage.objects.filter(all_day=True).exists()
    assert EventOccurrence.objects.filter(end__date__gt=models.F("start__date")).exists()  # multi-day
    assert NewsPage.objects.live().count() == 40
    assert PressReleasePage.objects.live().count() == 30
    assert PressReleasePage.objects.filter(title_de__contains="Bündnispartner").exists()
    for url in ("/de/veranstaltungen/", "/de/aktuelles/", "/de/presse/"):
        assert client.get(url).status_code == 200

    # Indexed once at the end of the load (home/demo/indexing.py): the admin's search finds the
    # pages, and the images' usage counts know which pages show them.
    assert {page.title for page in Page.objects.search("Sprachcafé")} >= {"Sprachcafé"}
    assert ReferenceIndex.objects.filter(to_content_type__model="portalimage").exists()


@pytest.mark.slow
def test_bench_content_reaches_its_scale_and_renders_like_the_demo(demo_portal, db):
    demo = {page["name"]: page for page in count_queries(page_urls())}

    call_command("load_bench_content", f"--scale={BENCH_SCALE}", stdout=io.StringIO())
    assert OrganisationPage.objects.live().count() == 25
    assert EventPage.objects.live().count() == 500
    assert EventPage.objects.exclude(frequency="once").count() == 125  # a quarter recurring
    assert NewsPage.objects.live().count() == 100
    assert PressReleasePage.objects.live().count() == 250
    copy = EventPage.objects.filter(latest_revision__isnull=True, frequency="weekly").first()
    assert EventOccurrence.objects.filter(event=copy).count() > 1
    # The copies are found by the portal search in every language.
    assert PageText.objects.filter(page_id=copy.pk).count() == 11

    for page in count_queries(page_urls()):
        assert page["status"] == 200, page["url"]
        # Whether a listed item has a picture depends on which items SQLite's search ranks first.
        queries = without_pictures(page["sql"])
        assert len(queries) == len(without_pictures(demo[page["name"]]["sql"])), page["name"]

    before = EventPage.objects.count()
    call_command("load_bench_content", f"--scale={BENCH_SCALE}", stdout=io.StringIO())
    assert EventPage.objects.count() == before  # a second run reuses what is there

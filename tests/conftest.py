import pytest

from django.core.cache import cache
from django.db.models import Model
from django.test import override_settings
from django.utils import translation

from organisations.models import Community, FieldOfActivity, SpokenLanguage, Town
from organisations.taxonomy_data import seed_taxonomy
from tests.factories import PortalHomePageFactory

# The files that take longest, longest first (seconds of one worker, measured on two cores in
# December 2026). pytest-xdist hands out whole files (--dist loadfile) in collection order
# (--no-loadscope-reorder; its own reordering by number of tests left the three-minute demo file to
# the end): the long ones go first, the many short ones fill in, and both workers end together;
# the browser files, which must come last (below), in the same order among themselves.
HEAVIEST_FILES = (
    "tests/fuzz/test_public_routes.py",
    "tests/fuzz/test_forms.py",
    "tests/events/test_calendar.py",
    "tests/browser/test_accessibility.py",
    "tests/home/test_demo_content.py",
    "tests/organisations/test_directory.py",
    "tests/browser/test_page_weight.py",
    "tests/events/test_press.py",
    "tests/reports/test_reach.py",
    "tests/editorial/test_admin_forms.py",
    "tests/search/test_search_reading.py",
    "tests/search/test_search.py",
    "tests/browser/test_filters_on_phone.py",
    "tests/home/test_backup.py",
    "tests/events/test_news_feeds.py",
    "tests/reports/test_activity.py",
)


def pytest_collection_modifyitems(config, items):
    # Everything under tests/fuzz/ is a fuzz test; the marker selects or leaves out the lot.
    for item in items:
        if "/tests/fuzz/" in str(item.path):
            item.add_marker(pytest.mark.fuzz)
    # Files with transactional tests (the browser tests' live server) come last, as in Django's own
    # runner: they flush every table when they end, and tests after them on the same worker would
    # find no Wagtail root page (tests/home/test_account_middleware.py's admin dashboard failed so).
    transactional = {
        item.path for item in items if {"transactional_db", "live_server"} & set(item.fixturenames)
    }
    rank = {name: number for number, name in enumerate(HEAVIEST_FILES)}
    root = config.rootpath
    items.sort(
        key=lambda item: (
            item.path in transactional,
            rank.get(item.path.relative_to(root).as_posix(), len(rank)),
        )
    )


@pytest.fixture(autouse=True)
def _german_and_clean_cache():
    # A request in another language leaves that language active in the test's
    # thread; every test starts in German with an empty cache.
    translation.activate("de")
    cache.clear()
    yield
    translation.activate("de")


@pytest.fixture(autouse=True)
def _reference_data(request):
    """The towns and other reference rows from the migrations.

    Transactional tests (the browser tests) flush every table when they end,
    taking the migrations' rows with them; later tests on the same worker get
    them back here.
    """
    if not {"db", "transactional_db", "django_db_setup"} & set(request.fixturenames):
        return
    if "transactional_db" in request.fixturenames or "live_server" in request.fixturenames:
        request.getfixturevalue("transactional_db")
    else:
        request.getfixturevalue("db")
    if not Town.objects.exists():
        with translation.override("de"):
            seed_taxonomy(Town, FieldOfActivity, Community, SpokenLanguage)


@pytest.fixture
def home_page(db):
    return PortalHomePageFactory(
        title_en="Home",
        title_tr="Ana sayfa",
        title_ar="الصفحة الرئيسية",
        hero_heading_tr="Mettmann ilçesindeki göçmen kuruluşları",
    )


@pytest.fixture
def columns_loaded_later(monkeypatch):
    """The (model, fields) of every column loaded after its query: a list that selects only
    the columns it shows (`only()`) and a template that reads one more."""
    loaded = []
    original = Model.refresh_from_db

    def recording(instance, *args, **kwargs):
        loaded.append((type(instance).__name__, kwargs.get("fields", args[1:2])))
        return original(instance, *args, **kwargs)

    monkeypatch.setattr(Model, "refresh_from_db", recording)
    return loaded


@pytest.fixture(params=[0, 600], ids=["page cache off", "page cache on"])
def page_cache_off_and_on(request):
    """The test once with the page cache off and once on: what is kept beside it (the frame, the
    shared parts) must show a change either way."""
    with override_settings(PAGE_CACHE_SECONDS=request.param):
        yield request.param

import pytest

from django.core.cache import cache
from django.utils import translation

from organisations.models import Community, FieldOfActivity, SpokenLanguage, Town
from organisations.taxonomy_data import seed_taxonomy
from tests.factories import PortalHomePageFactory


def pytest_collection_modifyitems(config, items):
    # Everything under tests/fuzz/ is a fuzz test; the marker selects or leaves out the lot.
    for item in items:
        if "/tests/fuzz/" in str(item.path):
            item.add_marker(pytest.mark.fuzz)


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

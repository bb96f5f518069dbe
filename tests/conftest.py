import pytest

from django.core.cache import cache
from django.utils import translation

from tests.factories import PortalHomePageFactory


@pytest.fixture(autouse=True)
def _german_and_clean_cache():
    # A request in another language leaves that language active in the test's
    # thread; every test starts in German with an empty cache.
    translation.activate("de")
    cache.clear()
    yield
    translation.activate("de")


@pytest.fixture
def home_page(db):
    return PortalHomePageFactory(
        title_en="Home",
        title_tr="Ana sayfa",
        title_ar="الصفحة الرئيسية",
        hero_heading_tr="Mettmann ilçesindeki göçmen kuruluşları",
    )

import pytest

from tests.factories import EventCalendarPageFactory, NewsIndexPageFactory
from tests.organisation_fixtures import *  # noqa: F403


@pytest.fixture
def calendar_page(home_page):
    return EventCalendarPageFactory(parent=home_page, title_ar="الفعاليات", slug_ar="alfaaliyat")


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page)

import pytest

from tests.factories import EventCalendarPageFactory
from tests.organisation_fixtures import *  # noqa: F403


@pytest.fixture
def calendar_page(home_page):
    return EventCalendarPageFactory(parent=home_page, title_ar="الفعاليات", slug_ar="alfaaliyat")

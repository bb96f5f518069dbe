import pytest

from tests.events.test_press import archive, releases  # noqa: F401 (the press archive with four releases)
from tests.factories import EventCalendarPageFactory
from tests.organisation_fixtures import *  # noqa: F403


@pytest.fixture
def calendar_page(home_page):
    return EventCalendarPageFactory(parent=home_page, title_ar="الفعاليات", slug_ar="alfaaliyat")

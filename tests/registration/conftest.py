import pytest

from tests.events.conftest import calendar_page  # noqa: F401
from tests.factories import EventPageFactory
from tests.organisation_fixtures import *  # noqa: F403
from tests.registration.helpers import with_registration


@pytest.fixture
def event(calendar_page):  # noqa: F811
    return with_registration(
        EventPageFactory(parent=calendar_page, title="Sprachcafé", slug="sprachcafe", title_tr="Dil kafesi"),
        places=3,
    )

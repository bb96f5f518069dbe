from tests.events.conftest import calendar_page  # noqa: F401
from tests.organisation_fixtures import *  # noqa: F403

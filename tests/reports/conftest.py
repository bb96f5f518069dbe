from tests.organisation_fixtures import *  # noqa: F403

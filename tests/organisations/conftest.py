"""Fixtures shared with the event tests live in tests/organisation_fixtures.py."""

from tests.organisation_fixtures import *  # noqa: F403

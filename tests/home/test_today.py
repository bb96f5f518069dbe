"""The portal's date, kept per process: it turns at the district's midnight, not at UTC's, and a
clock set back or forward is answered afresh (the page cache's keys and the view counts use it)."""

import datetime as dt
from zoneinfo import ZoneInfo

import time_machine

from django.test import override_settings
from django.utils import timezone

from home.today import portal_today

BERLIN = ZoneInfo("Europe/Berlin")


def test_the_day_turns_at_midnight_in_the_district_not_in_utc():
    with time_machine.travel(dt.datetime(2026, 12, 5, 22, 59, 59, tzinfo=dt.UTC), tick=False):
        assert portal_today() == "2026-12-05"  # 23:59:59 in Mettmann
    with time_machine.travel(dt.datetime(2026, 12, 5, 23, 0, 0, tzinfo=dt.UTC), tick=False):
        assert portal_today() == "2026-12-06"  # midnight in Mettmann, still the 5th in UTC


def test_a_clock_set_back_gets_the_earlier_day():
    with time_machine.travel(dt.datetime(2026, 12, 24, 12, tzinfo=BERLIN), tick=False):
        assert portal_today() == "2026-12-24"
    with time_machine.travel(dt.datetime(2026, 12, 23, 12, tzinfo=BERLIN), tick=False):
        assert portal_today() == "2026-12-23"


def test_the_days_the_clocks_change_end_at_midnight():
    # 29 March 2026 has 23 hours in Mettmann, 25 October 2026 has 25.
    for day in (dt.date(2026, 3, 29), dt.date(2026, 10, 25)):
        last_second = dt.datetime.combine(day, dt.time(23, 59, 59), tzinfo=BERLIN)
        with time_machine.travel(last_second, tick=False):
            assert portal_today() == day.isoformat()
        with time_machine.travel(last_second + dt.timedelta(seconds=1), tick=False):
            assert portal_today() == (day + dt.timedelta(days=1)).isoformat()


def test_it_is_the_portals_day_whatever_time_zone_an_admin_view_activated():
    moment = dt.datetime(2026, 12, 5, 23, 30, tzinfo=dt.UTC)
    with time_machine.travel(moment, tick=False), timezone.override("America/New_York"):
        assert portal_today() == "2026-12-06"


def test_it_follows_the_portals_time_zone_setting():
    with time_machine.travel(dt.datetime(2026, 12, 5, 23, 30, tzinfo=dt.UTC), tick=False):
        assert portal_today() == "2026-12-06"
        with override_settings(TIME_ZONE="UTC"):
            assert portal_today() == "2026-12-05"

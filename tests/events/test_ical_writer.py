"""The portal's own iCalendar writer writes, byte for byte, what icalendar 7 writes."""

import datetime
import random

import icalendar
import pytest
from icalendar.parser.string import _foldline

from events.calendar import ical_writer
from events.calendar.recurrence import BERLIN

# --- each rule against icalendar's own code ------------------------------------------------------

# ASCII, the characters that escape, and characters of two, three and four octets.
ALPHABET = "ab \\^,;:\"'\n\r" + "äçğıαβ" + "عربي" + "€–’" + "🎉"


def samples(count=3000, seed=5545):
    chance = random.Random(seed)
    yield from ("", "a" * 74, "a" * 75, "a" * 150, "\\" * 200, "^" * 200, "ä" * 80, "€" * 60, "🎉" * 40)
    for length in range(60, 160):
        for special in ("\\", "^", "ä", "€", "🎉"):
            yield "a" * (length - 1) + special + "b" * 10
    for _sample in range(count):
        yield "".join(chance.choice(ALPHABET) for _char in range(chance.randrange(0, 400)))


def test_lines_fold_as_icalendar_folds_them():
    for text in samples():
        line = "DESCRIPTION:" + text.replace("\n", "n").replace("\r", "r")
        assert ical_writer.fold(line) == _foldline(line).encode(), line


def test_text_escapes_as_icalendar_escapes_it():
    for text in samples(500):
        assert ical_writer.escape_text(text) == icalendar.vText(text).to_ical().decode(), text


@pytest.mark.parametrize("name", ["CN", "TZID", "VALUE", "ALTREP", "X-TITLE"])
def test_parameters_are_escaped_and_quoted_as_icalendar_does(name):
    for value in [*samples(500), "Anatolia", "A'b", 'A"b', "A b", "A:b", "A’b", "A^b", "a\r\nb", "Ä"]:
        expected = icalendar.Parameters({name: value}).to_ical().decode()
        assert ical_writer.parameter(name, value) == expected, value


def test_dates_datetimes_durations_and_rules_are_written_as_icalendar_writes_them():
    moments = [
        datetime.date(2030, 6, 6),
        datetime.datetime(2030, 3, 31, 2, 30, 15, 999999, tzinfo=BERLIN),
        datetime.datetime(2030, 10, 27, 2, 30, tzinfo=BERLIN),
        datetime.datetime(2030, 1, 1, 23, 59, 59, tzinfo=datetime.UTC),
        datetime.datetime(1970, 3, 29, 2),
    ]
    for moment in moments:
        for name in ("DTSTART", "EXDATE", "RECURRENCE-ID"):
            component, reference = ical_writer.Event(), icalendar.Event()
            component.add_date(name, moment)
            reference.add(name.lower(), moment)
            assert component.to_ical() == reference.to_ical()
        for name in ("DTSTAMP", "LAST-MODIFIED"):
            if isinstance(moment, datetime.datetime):
                component, reference = ical_writer.Event(), icalendar.Event()
                component.add_utc(name, moment)
                reference.add(name.lower(), moment)
                assert component.to_ical() == reference.to_ical()
    for seconds in (0, 1, 59, 60, 3600, 3601, 5400, 86399, 86400, 90061, 14 * 86400, -3600, -90061):
        duration = datetime.timedelta(seconds=seconds)
        assert ical_writer.format_duration(duration) == icalendar.vDuration(duration).to_ical().decode()
    until = datetime.datetime(2027, 2, 10, 22, 59, 59, tzinfo=datetime.UTC)
    for parts in (
        {"FREQ": "WEEKLY", "INTERVAL": 1, "BYDAY": ["TU"], "UNTIL": until},
        {"FREQ": "WEEKLY", "INTERVAL": 3, "BYDAY": ["MO", "we", "FR"], "COUNT": 10},
        {"FREQ": "MONTHLY", "INTERVAL": 2, "BYDAY": ["-1SU"]},
        {"FREQ": "MONTHLY", "INTERVAL": 1, "BYDAY": ["2TH"], "UNTIL": datetime.date(2030, 1, 1)},
        {"FREQ": "MONTHLY", "INTERVAL": 1, "BYMONTHDAY": [31], "COUNT": 3},
        {"FREQ": "YEARLY", "BYMONTH": 3, "BYDAY": "-1SU"},
    ):
        component, reference = ical_writer.Event(), icalendar.Event()
        component.add_rrule(parts)
        reference.add("rrule", {key.lower(): value for key, value in parts.items()})
        assert component.to_ical() == reference.to_ical()


def test_properties_come_out_in_icalendars_order_whatever_order_they_are_added_in():
    names = ["URL", "STATUS", "EXDATE", "SUMMARY", "COMMENT", "UID", "DTSTART", "EXDATE", "LOCATION"]
    component, reference = ical_writer.Event(), icalendar.Event()
    for index, name in enumerate(names):
        component.add_text(name, f"{name.lower()} {index}")
        reference.add(name.lower(), icalendar.vText(f"{name.lower()} {index}"))
    assert component.to_ical() == reference.to_ical()

"""The portal's own iCalendar writer writes, byte for byte, what icalendar 7 wrote.

The reference below is the export as it was built with icalendar (components, `add`,
`to_ical()`), kept here only to compare: calendar apps and their ETags see the same file.
"""

import datetime
import random

import icalendar
import pytest
import time_machine
from icalendar.parser.string import _foldline

from django.conf import settings
from django.test import RequestFactory
from django.utils import timezone
from django.utils.translation import gettext as _

from events.calendar import ical, ical_writer
from events.calendar.models import EventException, EventPage
from events.calendar.recurrence import BERLIN, local, rule_parts
from events.registration.places import settings_of
from tests.factories import EventPageFactory, OrganisationPageFactory, berlin
from tests.registration.helpers import with_registration

# --- the reference: the export as icalendar built it --------------------------------------------

REFERENCE_VTIMEZONE = """BEGIN:VTIMEZONE
TZID:Europe/Berlin
X-LIC-LOCATION:Europe/Berlin
BEGIN:DAYLIGHT
TZNAME:CEST
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZNAME:CET
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
"""


def reference_base(event, request, *, uid=None):
    component = icalendar.Event()
    component.add("uid", uid or ical.uid_for(event))
    component.add("summary", event.title)
    if event.teaser:
        component.add("description", event.teaser)
    url = request.build_absolute_uri(event.url)
    component.add("url", url)
    if settings_of(event) is not None:
        note = _("Registration required: %(url)s") % {"url": url + "#registration"}
        component.pop("description", None)
        component.add("description", f"{event.teaser}\n\n{note}" if event.teaser else note)
    location = ", ".join(
        part
        for part in (
            event.venue_name,
            event.venue_street,
            " ".join(filter(None, [event.venue_postcode, event.venue_town.name if event.venue_town else ""])),
        )
        if part
    )
    if location:
        component.add("location", location)
    elif event.online_url:
        component.add("location", event.online_url)
    if event.organisation is not None:
        component.add(
            "organizer",
            f"mailto:{event.organisation.email or settings.DEFAULT_FROM_EMAIL}",
            parameters={"CN": event.organisation.title},
        )
    component.add("dtstamp", ical._written_at(request))
    component.add(
        "last-modified", event.last_published_at or event.latest_revision_created_at or timezone.now()
    )
    return component


def reference_components(event, request):
    series = reference_base(event, request)
    series.add("dtstart", ical._dt(event.start, event.all_day))
    series.add("dtend", ical._end(event))
    series.add("status", "CANCELLED" if event.is_cancelled else "CONFIRMED")
    components = [series]
    if not event.is_recurring:
        return components
    parts = rule_parts(event)
    if "UNTIL" in parts:
        parts["UNTIL"] = parts["UNTIL"].replace(tzinfo=BERLIN).astimezone(datetime.UTC)
    series.add("rrule", {key.lower(): value for key, value in parts.items()})
    start_local = local(event.start)
    for exception in event.exceptions.order_by("sort_order", "pk"):
        original = datetime.datetime.combine(exception.original_date, start_local.time()).replace(
            tzinfo=BERLIN
        )
        original_value = original.date() if event.all_day else original
        if exception.kind == "cancelled":
            series.add("exdate", original_value)
        elif exception.new_start:
            moved = reference_base(event, request)
            moved.add("recurrence-id", original_value)
            moved.add("dtstart", ical._dt(exception.new_start, event.all_day))
            duration = (
                (event.end - event.start)
                if event.end and event.end > event.start
                else datetime.timedelta(hours=2)
            )
            new_end = exception.new_end or exception.new_start + duration
            moved.add(
                "dtend",
                ical._dt(new_end, event.all_day)
                if not event.all_day
                else ical._dt(new_end, True) + datetime.timedelta(days=1),
            )
            moved.add("status", "CANCELLED" if event.is_cancelled else "CONFIRMED")
            if exception.note:
                moved.add("comment", exception.note)
            components.append(moved)
    return components


def reference_occurrence(date, event, request):
    original = local(date.original_start or date.start)
    component = reference_base(event, request, uid=f"event-{event.pk}-{original:%Y%m%dT%H%M}@mokme")
    component.add("dtstart", ical._dt(date.start, date.all_day))
    if date.all_day:
        component.add("dtend", timezone.localtime(date.end, BERLIN).date() + datetime.timedelta(days=1))
    else:
        component.add("dtend", ical._dt(date.end, False))
    component.add("status", "CANCELLED" if date.is_cancelled else "CONFIRMED")
    if date.note:
        component.add("comment", date.note)
    return component


def reference_calendar(events, request, *, name, components=()):
    cal = icalendar.Calendar()
    cal.add("prodid", ical.PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("name", name)
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    cal.add("refresh-interval", ical.REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", icalendar.vDuration(ical.REFRESH_INTERVAL))
    cal.add_component(icalendar.Timezone.from_ical(REFERENCE_VTIMEZONE))
    for event in events:
        for component in reference_components(event, request):
            cal.add_component(component)
    for component in components:
        cal.add_component(component)
    return cal.to_ical()


# --- the portal's events, with everything a line can hold ----------------------------------------

ORGANISATION = 'Kulturverein "Anadolu", Köln; Sektion: Jugend ’24 ^ e.V.'
ARABIC = (
    "مقهى اللغة: نتحدث الألمانية معاً في جو مريح، مع الشاي والحلويات. "
    "الجميع مرحب بهم، من المبتدئين إلى المتقدمين؛ لا حاجة للتسجيل المسبق. "
)
TURKISH = "Dil kafesi: Çay ve kurabiye eşliğinde Almanca konuşuyoruz, ğüşıöç İĞÜŞÖÇ – her seviyeye açık. "
GREEK = "Γλωσσικό καφέ: μιλάμε γερμανικά με τσάι και γλυκά, για όλα τα επίπεδα· χωρίς εγγραφή. "
ESCAPES = "Back\\slash; semi, comma\\, literal \\N and \\n – "


@pytest.fixture(autouse=True)
def _clock_stands_still():
    """An event never published is LAST-MODIFIED now: both writers must read the same second."""
    with time_machine.travel(timezone.now(), tick=False):
        yield


@pytest.fixture
def events(calendar_page, directory):
    organisation = OrganisationPageFactory(
        parent=directory, title=ORGANISATION, slug="anadolu", email="vorstand@anadolu.example"
    )
    quoted = OrganisationPageFactory(parent=directory, title='Ağ"Derneği', slug="ag-dernegi")
    made = []

    # Weekly on two weekdays until a date, one date cancelled, one moved with a note; registration.
    weekly = EventPageFactory(
        parent=organisation,
        title="Sprachcafé; Deutsch, Türkçe\\Arabisch",
        slug="sprachcafe",
        teaser="Erste Zeile\nzweite Zeile\r\ndritte; mit, allem\\",
        start=berlin(2030, 1, 1, 19),
        end=berlin(2030, 1, 1, 21),
        frequency="weekly",
        weekdays=["TU", "TH"],
        until=datetime.date(2030, 4, 30),
        venue_street="Mittelstraße 7",
        venue_postcode="40721",
    )
    weekly.exceptions = [
        EventException(original_date=datetime.date(2030, 1, 8), kind="cancelled"),
        EventException(original_date=datetime.date(2030, 1, 10), kind="cancelled"),
        EventException(
            original_date=datetime.date(2030, 1, 15),
            kind="moved",
            new_start=berlin(2030, 1, 16, 18),
            new_end=berlin(2030, 1, 16, 20, 30),
            note="Ausnahmsweise Mittwoch; Raum 2, oben \\ links",
        ),
        EventException(
            original_date=datetime.date(2030, 3, 26),
            kind="moved",
            new_start=berlin(2030, 3, 31, 18),
            note=GREEK * 2,
        ),
    ]
    weekly.save_revision().publish()
    made.append(with_registration(weekly, places=3))

    # Monthly on the last Sunday, a number of dates; long Arabic text, folded between characters.
    made.append(
        EventPageFactory(
            parent=quoted,
            title="x" + ARABIC[:60],
            slug="arabisch",
            teaser=("x" + ARABIC * 3)[:400],
            start=berlin(2030, 3, 31, 15),
            end=None,
            frequency="monthly",
            monthly_by="weekday",
            count=6,
            interval=1,
        )
    )
    # Monthly on a day of the month, every other month; Turkish and escapes at every fold point.
    monthly = EventPageFactory(
        parent=calendar_page,
        title=TURKISH,
        slug="turkce",
        teaser=(ESCAPES * 8)[:399],
        start=berlin(2030, 1, 15, 10),
        end=berlin(2030, 1, 15, 12),
        frequency="monthly",
        monthly_by="monthday",
        interval=2,
        until=datetime.date(2030, 12, 31),
    )
    # A moved date without its new start (the form refuses it) leaves the series alone.
    monthly.exceptions = [EventException(original_date=datetime.date(2030, 3, 15), kind="moved")]
    monthly.save_revision().publish()
    made.append(monthly)
    # All day: one day, several days, and a weekly all-day series with a cancelled and a moved day.
    made.append(
        EventPageFactory(
            parent=calendar_page,
            title="Fest",
            slug="fest",
            teaser="",
            start=berlin(2030, 6, 6, 0),
            end=None,
            all_day=True,
        )
    )
    made.append(
        EventPageFactory(
            parent=calendar_page,
            title="Kulturtage",
            slug="kulturtage",
            start=berlin(2030, 6, 6, 0),
            end=berlin(2030, 6, 9, 0),
            all_day=True,
            is_cancelled=True,
        )
    )
    allday = EventPageFactory(
        parent=organisation,
        title="Flohmarkt\nund Tauschbörse",
        slug="flohmarkt",
        start=berlin(2030, 6, 1, 0),
        end=berlin(2030, 6, 1, 0),
        all_day=True,
        frequency="weekly",
        count=8,
    )
    allday.exceptions = [
        EventException(original_date=datetime.date(2030, 6, 8), kind="cancelled", note="Regen"),
        EventException(
            original_date=datetime.date(2030, 6, 15),
            kind="moved",
            new_start=berlin(2030, 6, 16, 0),
            note="Sonntag statt Samstag",
        ),
    ]
    allday.save_revision().publish()
    made.append(allday)
    # Online only: the link is the location; no teaser, no organisation.
    made.append(
        EventPageFactory(
            parent=calendar_page,
            title="Online-Sprechstunde",
            slug="online",
            teaser="",
            venue_name="",
            venue_town=None,
            online_url="https://meet.example/raum?thema=a,b;c&sprache=de",
            start=berlin(2030, 2, 5, 18, 30),
        )
    )
    pks = [event.pk for event in made]
    return EventPage.objects.for_calendar().calendar_entries(pks)


@pytest.fixture
def request_():
    return RequestFactory().get("/de/veranstaltungen/ical/")


def test_the_calendar_is_written_byte_for_byte_as_icalendar_wrote_it(events, request_):
    name = f"{ORGANISATION} – Hilden"
    written = ical.build_calendar(events, request_, name=name)
    assert written == reference_calendar(events, request_, name=name)
    # What the events were made to hold is there: an escape led to the next line, a character
    # pushed whole to the next line, moved and cancelled dates, the registration note.
    assert b"\r\n \\" in written
    assert any(
        len(piece) < 74 and following[1] >= 0x80
        for piece, following in zip(written.split(b"\r\n"), written.split(b"\r\n")[1:], strict=False)
        if following.startswith(b" ")
    )
    assert b"EXDATE;VALUE=DATE:20300608\r\n" in written
    assert b"RECURRENCE-ID;TZID=Europe/Berlin:20300115T190000\r\n" in written
    assert b"RRULE:FREQ=WEEKLY;UNTIL=20300430T215959Z;INTERVAL=1;BYDAY=TU,TH\r\n" in written
    assert b"RRULE:FREQ=MONTHLY;COUNT=6;INTERVAL=1;BYDAY=-1SU\r\n" in written
    assert b"ORGANIZER;CN=\"Kulturverein ^'Anadolu^'" in written
    assert b"ORGANIZER;CN=A\xc4\x9f^'Derne\xc4\x9fi:mailto:" in written
    assert b"LOCATION:https://meet.example/raum?thema=a\\,b\\;c&sprache=de\r\n" in written


def test_an_empty_calendar_and_a_single_event_are_written_alike(events, request_):
    assert ical.build_calendar([], request_, name="Veranstaltungen") == reference_calendar(
        [], request_, name="Veranstaltungen"
    )
    for event in events:
        # A line break in a calendar's name is the one thing icalendar could not write (see below).
        name = event.title.replace("\n", " ")
        assert ical.build_calendar([event], request_, name=name) == reference_calendar(
            [event], request_, name=name
        )


def test_dates_of_a_view_are_written_alike(events, calendar_page, request_):
    """`?when=today` and `?when=weekend` write each date as an event of its own."""
    dates = list(calendar_page.dates().order_by("start", "pk"))
    assert any(date.original_start for date in dates) and any(date.note for date in dates)
    by_pk = {event.pk: event for event in events}
    pairs = [(date, by_pk[date.event_id]) for date in dates]
    written = ical.build_calendar(
        [], request_, name="Heute", components=[ical.occurrence_component(d, e, request_) for d, e in pairs]
    )
    reference = reference_calendar(
        [], request_, name="Heute", components=[reference_occurrence(d, e, request_) for d, e in pairs]
    )
    assert written == reference


def test_the_response_and_its_etag_are_those_of_the_icalendar_copy(events, request_):
    written = ical.ical_response(ical.build_calendar(events, request_, name="V"), "v")
    reference = ical.ical_response(reference_calendar(events, request_, name="V"), "v")
    assert written.content == reference.content and written["ETag"] == reference["ETag"]


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


def test_the_time_zone_is_written_as_icalendar_rewrote_it():
    assert ical.BERLIN_VTIMEZONE.to_ical() == icalendar.Timezone.from_ical(REFERENCE_VTIMEZONE).to_ical()


def test_a_calendar_name_with_a_line_break_stays_one_line(request_):
    """icalendar refused a line break in NAME and X-WR-CALNAME (written verbatim): an event whose
    imported title held one could not be exported."""
    with pytest.raises(AssertionError):
        reference_calendar([], request_, name="Erste\nZweite")
    written = ical.build_calendar([], request_, name="Erste\nZweite")
    assert b"\r\nNAME:Erste Zweite\r\nX-WR-CALNAME:Erste Zweite\r\n" in written

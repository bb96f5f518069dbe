"""iCalendar content lines written directly, byte for byte as icalendar 7 wrote them.

The portal's exports were icalendar components serialised with `to_ical()`: for the district's
300 series about 230 ms of CPU a request, half of it icalendar converting and sorting every
property and folding every line character by character. Calendar apps keep polling the same
file and compare its ETag, so the rules below are icalendar's (7.3), not merely RFC 5545's:

- properties in the component's canonical order, then alphabetical; each value of a repeated
  property on its own line, in the order added;
- TEXT escaped as icalendar's `_escape_char` does it; values icalendar has no type for (NAME,
  X-WR-CALNAME, X-WR-TIMEZONE) and URIs are given to `add` as they are;
- parameters sorted by name, RFC 6868-escaped and quoted where icalendar quotes them;
- dates with VALUE=DATE, date-times with their zone's TZID or in UTC with `Z`, whole seconds;
- RRULE parts in RFC 5545's order, as icalendar lists them;
- lines folded as `_foldline` folds them (see `fold`), each ended by CRLF.
"""

import datetime
import functools
import re

CRLF = b"\r\n"
FOLD_LIMIT = 75
# Each folded piece holds at most this many octets: `_foldline` breaks before the character
# that would bring a piece to the limit.
FOLD_WIDTH = FOLD_LIMIT - 1

EVENT_ORDER = (
    "SUMMARY",
    "DTSTART",
    "DTEND",
    "DURATION",
    "DTSTAMP",
    "UID",
    "RECURRENCE-ID",
    "SEQUENCE",
    "RRULE",
    "RDATE",
    "EXDATE",
)
CALENDAR_ORDER = (
    "VERSION",
    "PRODID",
    "CALSCALE",
    "METHOD",
    "DESCRIPTION",
    "X-WR-CALDESC",
    "NAME",
    "X-WR-CALNAME",
)
TIMEZONE_ORDER = ("TZID",)

RRULE_ORDER = (
    "RSCALE",
    "FREQ",
    "UNTIL",
    "COUNT",
    "INTERVAL",
    "BYSECOND",
    "BYMINUTE",
    "BYHOUR",
    "BYDAY",
    "BYWEEKDAY",
    "BYMONTHDAY",
    "BYYEARDAY",
    "BYWEEKNO",
    "BYMONTH",
    "BYSETPOS",
    "WKST",
    "SKIP",
)
# Parts whose values icalendar upper-cases (vFrequency, vWeekday).
RRULE_UPPER = frozenset({"FREQ", "BYDAY", "BYWEEKDAY", "WKST"})

# Parameters icalendar quotes whatever their value, and CN also when it holds a space or an
# apostrophe (checked on the value before RFC 6868 escaping, as icalendar checks it).
ALWAYS_QUOTED = frozenset(
    {
        "ALTREP",
        "DELEGATED-FROM",
        "DELEGATED-TO",
        "DIR",
        "MEMBER",
        "SENT-BY",
        "X-ADDRESS",
        "X-TITLE",
        "LINKREL",
    }
)
QUOTED_WITH = {"CN": (" ", "'")}
QUOTABLE = re.compile("[,;:’]")

UTC_IDS = frozenset({"UTC", "Etc/UTC"})


def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545 3.3.11) as icalendar escapes it.

    A `\\N` already in the text is taken for a line break first, and backslashes are doubled
    before the escapes that bring their own; CR LF, LF and a lone CR all become `\\n`.
    """
    return (
        value.replace(r"\N", "\n")
        .replace("\\", "\\\\")
        .replace(";", r"\;")
        .replace(",", r"\,")
        .replace("\r\n", r"\n")
        .replace("\n", r"\n")
        .replace("\r", r"\n")
    )


def parameter(name: str, value: str) -> str:
    """`NAME=value` with RFC 6868's escapes, quoted where icalendar quotes it."""
    escaped = (
        value.replace("^", "^^")
        .replace("\r\n", "^n")
        .replace("\r", "^n")
        .replace("\n", "^n")
        .replace('"', "^'")
    )
    quote = name in ALWAYS_QUOTED or any(char in value for char in QUOTED_WITH.get(name, ()))
    if quote or QUOTABLE.search(escaped):
        return f'{name}="{escaped}"'
    return f"{name}={escaped}"


def format_date(value: datetime.date) -> str:
    return f"{value.year:04}{value.month:02}{value.day:02}"


def _zone_id(value: datetime.datetime) -> str | None:
    """The TZID of an aware date-time, "UTC" for UTC, None for a floating one."""
    zone = value.tzinfo
    if zone is None:
        return None
    if zone is datetime.UTC:
        return "UTC"
    key = getattr(zone, "key", None)
    if key is None:
        raise ValueError(f"{value!r}: the calendar names zones by their IANA key")
    return "UTC" if key in UTC_IDS else key


def format_datetime(value: datetime.datetime) -> str:
    """The date-time on its own wall clock, `Z` when that is UTC; a TZID is the property's
    parameter (`Component.add_date`), and RRULE's UNTIL has none."""
    written = (
        f"{value.year:04}{value.month:02}{value.day:02}T{value.hour:02}{value.minute:02}{value.second:02}"
    )
    return written + "Z" if _zone_id(value) == "UTC" else written


def format_duration(value: datetime.timedelta) -> str:
    """icalendar's DURATION: days and a time part, never weeks (two weeks are P14D)."""
    sign = ""
    if value.days < 0:
        sign, value = "-", -value
    time = ""
    if value.seconds:
        hours, minutes, seconds = value.seconds // 3600, value.seconds % 3600 // 60, value.seconds % 60
        time = "T"
        if hours:
            time += f"{hours}H"
        if minutes or (hours and seconds):
            time += f"{minutes}M"
        if seconds:
            time += f"{seconds}S"
    if value.days == 0 and time:
        return f"{sign}P{time}"
    return f"{sign}P{value.days}D{time}"


def format_rrule(parts: dict) -> str:
    """An RRULE value from its parts (names in any case; lists for BYDAY and the like)."""
    parts = {name.upper(): value for name, value in parts.items()}
    written = []
    ranks = _ranks(RRULE_ORDER)
    for name in sorted(parts, key=lambda name: _rank(ranks, name)):
        values = parts[name]
        if not isinstance(values, list | tuple):
            values = [values]
        texts = []
        for value in values:
            if isinstance(value, datetime.datetime):
                texts.append(format_datetime(value))
            elif isinstance(value, datetime.date):
                texts.append(format_date(value))
            elif name in RRULE_UPPER:
                texts.append(str(value).upper())
            elif isinstance(value, str):
                texts.append(escape_text(value))
            else:
                texts.append(str(value))
        written.append(f"{name}={','.join(texts)}")
    return ";".join(written)


def _rank(ranks: dict, name: str) -> tuple[int, str]:
    """Names in the canonical order first, then the others alphabetically."""
    return (ranks[name], "") if name in ranks else (len(ranks), name)


@functools.cache
def _ranks(order: tuple[str, ...]) -> dict[str, int]:
    return {name: index for index, name in enumerate(order)}


@functools.lru_cache(maxsize=1024)
def _parameters(items: tuple[tuple[str, str], ...]) -> str:
    """`;`-joined parameters sorted by name; the same few (TZID, VALUE) recur on every line."""
    return ";".join(parameter(name, value) for name, value in sorted(items))


def fold(line: str) -> bytes:
    """One content line as UTF-8, folded as icalendar's `_foldline` folds it.

    Pieces of at most 74 octets, each after the first led by a space; a UTF-8 character is never
    split, and a `\\` or `^` that would end a piece (of more than one character) begins the next,
    so that no client reads an escape cut in two.
    """
    data = line.encode()
    if len(data) < FOLD_LIMIT:
        return data
    pieces = []
    start = 0
    while len(data) - start > FOLD_WIDTH:
        end = start + FOLD_WIDTH
        while data[end] & 0xC0 == 0x80:  # inside a character: it goes to the next piece whole
            end -= 1
        if data[end - 1] in b"\\^" and end - 1 > start:
            end -= 1
        pieces.append(data[start:end])
        start = end
    pieces.append(data[start:])
    return b"\r\n ".join(pieces)


class Component:
    """A calendar component whose properties come out in icalendar's order, however added.

    Each property is kept as its whole content line (unfolded), so that a component can be
    copied or written many times at the cost of a list.
    """

    def __init__(self, name: str, order: tuple[str, ...] = ()):
        self.name = name
        self.order = order
        self.properties: list[tuple[str, str]] = []
        self.subcomponents: list[Component] = []

    def copy(self) -> "Component":
        copied = Component.__new__(type(self))
        copied.name, copied.order = self.name, self.order
        copied.properties = list(self.properties)
        copied.subcomponents = list(self.subcomponents)
        return copied

    def add(self, name: str, value: str, parameters: dict | None = None) -> None:
        """A property whose value is already in its written form (a URI, a CAL-ADDRESS, a value
        icalendar had no type for and wrote as it was)."""
        name = name.upper()
        if parameters:
            written = _parameters(tuple((key.upper(), str(item)) for key, item in parameters.items()))
            self.properties.append((name, f"{name};{written}:{value}"))
        else:
            self.properties.append((name, f"{name}:{value}"))

    def add_text(self, name: str, value: str, parameters: dict | None = None) -> None:
        self.add(name, escape_text(value), parameters)

    def add_date(self, name: str, value: datetime.date) -> None:
        """A DATE, or a DATE-TIME in its zone (TZID), in UTC (`Z`) or floating."""
        if not isinstance(value, datetime.datetime):
            self.add(name, format_date(value), {"VALUE": "DATE"})
            return
        zone = _zone_id(value)
        if zone is None or zone == "UTC":
            self.add(name, format_datetime(value))
        else:
            self.add(name, format_datetime(value), {"TZID": zone})

    def add_utc(self, name: str, value: datetime.datetime) -> None:
        """DTSTAMP, CREATED and LAST-MODIFIED: icalendar writes them in UTC whatever their zone."""
        if value.tzinfo is None:
            value = value.replace(tzinfo=datetime.UTC)
        self.add(name, format_datetime(value.astimezone(datetime.UTC)))

    def add_duration(self, name: str, value: datetime.timedelta, parameters: dict | None = None) -> None:
        self.add(name, format_duration(value), parameters)

    def add_rrule(self, parts: dict) -> None:
        self.add("RRULE", format_rrule(parts))

    def add_component(self, component: "Component") -> None:
        self.subcomponents.append(component)

    def content_lines(self) -> list[str]:
        """BEGIN, the properties in order, the subcomponents, END: unfolded lines."""
        ranks = _ranks(self.order)
        ordered = sorted(self.properties, key=lambda item: _rank(ranks, item[0]))
        lines = [f"BEGIN:{self.name}"]
        lines.extend(line for _name, line in ordered)
        for component in self.subcomponents:
            lines.extend(component.content_lines())
        lines.append(f"END:{self.name}")
        return lines

    def to_ical(self) -> bytes:
        return write(self.content_lines())


def write(lines) -> bytes:
    """Content lines folded and ended with CRLF: the file's bytes."""
    return CRLF.join([fold(line) for line in lines]) + CRLF


class Event(Component):
    def __init__(self):
        super().__init__("VEVENT", EVENT_ORDER)


class Calendar(Component):
    def __init__(self):
        super().__init__("VCALENDAR", CALENDAR_ORDER)

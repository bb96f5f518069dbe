"""Hostile input for the portal's public addresses, and the one check every answer must pass.

The values are what scripts, scanners and mistyped bookmarks send: numbers
out of range, digits of other scripts, NUL bytes, dates that do not exist,
path traversal, SQL and template snippets, very long text, repeated keys.
"""

import os
import traceback
import zlib
from urllib.parse import quote

from hypothesis import HealthCheck, seed, settings
from hypothesis import strategies as st

from django.core.cache import cache
from django.db import transaction
from django.test import Client, TestCase

# FUZZ_SCALE=10 multiplies every budget for a deeper run by hand; CI keeps the default of 1.
SCALE = max(1, int(os.environ.get("FUZZ_SCALE", "1")))

# Deterministic, so that CI and a developer see the same examples; no example database on disk.
FUZZ_SETTINGS = settings(
    derandomize=True,
    deadline=None,
    database=None,
    print_blob=False,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Grouped by kind, so that each kind turns up often even in a small budget of examples.
HOSTILE_VALUES = {
    "numbers": (
        "0", "-1", "1", "2", "-0", "+1", "007", "1.5", "1e3", "0x1F", "1_000", " 1", "²", "①", "٣",
        "9" * 30, str(2**31), str(2**63), "-" + "9" * 20,
    ),
    "digits of other scripts": ("٣", "۴", "²", "¹²", "①", "Ⅻ", "四", "𝟙", "١٠"),
    "control characters": (
        "\x00", "a\x00b", "\x00" * 3, "\t", "\r\n", "\x1b[31m", "\u202e", "\ufeff", "\u200b",
    ),
    "words": ("", " ", "null", "None", "undefined", "true", "on", "[]", "{}", "NaN", "inf"),
    "paths": ("../", "../../etc/passwd", "..\\..\\windows", "/", "//evil.example", "%2e%2e%2f", "\\"),
    "injections": (
        "' OR '1'='1", "1; DROP TABLE wagtailcore_page;--", '"', "'", "`", "<script>alert(1)</script>",
        "<b>fett</b>", "&amp;", "{{ 7|add:7 }}", "{% now 'Y' %}", "%s%s%n", "${7*7}", "a:* & !b | (c",
    ),
    "dates": (
        "2026-02-30", "2026-02-29", "99999-01-01", "2026-13-01", "0000-00-00", "2026-W01", "20260101",
        "1969-12-31T23:59:59Z", "today", "weekend", "yesterday",
    ),
    "long and foreign text": (
        "Ä" * 300, "x" * 5000, "Theater " * 80, "🙂", "مرحبا", "Ελλάδα", "ı", "ß", "ﬀ", "İstanbul",
    ),
}  # fmt: skip

NUMERIC_PARAMETERS = {"page", "year", "month", "day"}

# Fragments put into the query string as they are: broken escapes, invalid UTF-8, odd separators.
RAW_QUERY_FRAGMENTS = (
    "%00", "page=%00", "q=%00", "town=%00", "organisation=%00", "%", "%zz", "q=%ff%fe", "page=%C0%AE",
    "&&", "=", "==", "a=b=c", ";", "page", "page[]=1&page[]=2", "town[]=hilden", "q[a]=1",
    "page=1&page=2", "year=2026&year=abc", "month=2&month=14", "+", "q=+++", "%2B%2B",
)  # fmt: skip

# Accept-Language headers as browsers, proxies and scanners send them.
ACCEPT_LANGUAGES = (
    "de-DE,de;q=0.9", "ar-SA,ar;q=0.9,en;q=0.8", "ku", "kmr-TR", "*", "de;q=abc", "q=1;q=2", ",,,", ";",
    "de;q=2", "en;q=-1", "zz-ZZ", "x-klingon", "de-DE-u-nu-arab", "ar;q=0.5," * 200,
)  # fmt: skip

# Path segments appended to an address: traversal, encodings, numbers, the portal's own words.
PATH_SEGMENTS = (
    "..", ".", "%2e%2e", "%2E%2E%2F", "..%2f", "%00", "a%00b", "%ff", "%C0%AE", "%25", "~", "-", "_",
    "0", "-1", "2026", "02", "30", "13", "99999", "9" * 25, "٣", "²",
    "ical", "feed", "rss", "atom", "archive", "contact", "search", "admin", "documents", "_util",
    "index.php", "wp-login.php", ".env", ".git", "x" * 300, "%3Cscript%3E", "%27", "%22", "ü", "%D9%85",
)  # fmt: skip

# Text a browser can send: any character that UTF-8 can encode.
free_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=40)
numbers_as_text = st.integers(min_value=-(10**25), max_value=10**25).map(str)

# Markers of a debug page or an unhandled error that must never reach a visitor.
CRASH_MARKERS = ("Traceback", "Exception Value", "Internal Server Error")


def values(real_values):
    kinds = [st.sampled_from(group) for group in HOSTILE_VALUES.values()]
    return st.one_of(*kinds, st.sampled_from(real_values), free_text, numbers_as_text)


def _keys(own, common):
    """Mostly the names the view reads; sometimes any name, an array name or free text."""
    own = own or common
    return st.one_of(
        st.sampled_from(own),
        st.sampled_from(own),
        st.sampled_from(own),
        st.sampled_from(own).map(lambda name: f"{name}[]"),
        st.sampled_from(common),
        free_text,
    )


def value_for(name, real_values):
    """Numbers of every sort for the parameters that hold a number, anything for the rest."""
    if name.removesuffix("[]") in NUMERIC_PARAMETERS:
        return st.one_of(
            st.sampled_from(HOSTILE_VALUES["numbers"]),
            st.sampled_from(HOSTILE_VALUES["digits of other scripts"]),
            numbers_as_text,
            values(real_values),
        )
    return values(real_values)


@st.composite
def query_strings(draw, focus, own, common, real_values):
    """A hostile value for the parameter in focus, after other pairs, with raw fragments here and there.

    The focus comes after the other pairs, as the last of repeated keys is the one a view reads.
    """
    pairs = []
    for _pair in range(draw(st.integers(min_value=0 if focus else 1, max_value=3))):
        key = draw(_keys(own, common))
        pairs.append((key, draw(value_for(key, real_values))))
    if focus is not None:
        key = draw(st.sampled_from([focus, focus, f"{focus}[]"]))
        pairs.append((key, draw(value_for(focus, real_values))))
    parts = [f"{quote(key, safe='[]')}={quote(value, safe='')}" for key, value in pairs]
    for fragment in draw(st.lists(st.sampled_from(RAW_QUERY_FRAGMENTS), max_size=2)):
        parts.insert(draw(st.integers(min_value=0, max_value=len(parts))), fragment)
    return "&".join(parts)


@st.composite
def path_tails(draw):
    """One to three segments to append to an address, sometimes with a trailing slash."""
    segments = draw(
        st.lists(
            st.one_of(
                st.sampled_from(PATH_SEGMENTS), free_text.filter(bool).map(lambda s: quote(s, safe=""))
            ),
            min_size=1,
            max_size=3,
        )
    )
    return "/".join(segments) + draw(st.sampled_from(["/", ""]))


def path_numbers(valid):
    """Numbers for the digits-only parts of an address (year, month, day, ids): each valid or hostile."""
    hostile = st.one_of(
        st.sampled_from(["0", "00", "1", "2", "12", "13", "29", "30", "31", "32", "1999", "2000", "2026"]),
        st.sampled_from(["2100", "2101", "9999", "99999", str(2**31), str(2**63), "9" * 30]),
        st.integers(min_value=0, max_value=10**30).map(str),
    )
    return st.fixed_dictionaries(
        {name: st.one_of(st.just(str(value)), hostile) for name, value in valid.items()}
    )


def header_value(strategy):
    """What a header can carry: bytes, handed to Django as Latin-1; never NUL or a line break."""
    return strategy.map(lambda text: text.encode().decode("latin-1").translate(HEADER_BREAKERS))


HEADER_BREAKERS = str.maketrans("", "", "\x00\r\n")


@st.composite
def form_data(draw, valid, real_values):
    """A form submission: each field valid, hostile, repeated, or missing; sometimes extra fields."""
    data = {}
    for name, good in valid.items():
        choice = draw(st.sampled_from(["valid", "valid", "hostile", "several", "missing"]))
        if choice == "valid":
            data[name] = good
        elif choice == "hostile":
            data[name] = draw(values(real_values))
        elif choice == "several":
            data[name] = draw(st.lists(values(real_values), min_size=2, max_size=4))
    extra = draw(st.dictionaries(free_text.filter(bool), values(real_values), max_size=2))
    return {**extra, **data}


class FuzzBrowser:
    """A visitor whose every request is checked, undone afterwards and reported with its address.

    Each request runs in a savepoint that is rolled back, so examples do not pile up
    records and one failing query (PostgreSQL aborts the transaction) does not spoil
    the next example. Callbacks for after the commit run as in production, where
    a request commits at once.
    """

    def __init__(self, *, enforce_csrf_checks=False, forget_rate_limits=True, **defaults):
        self.client = Client(enforce_csrf_checks, raise_request_exception=False, **defaults)
        self.forget_rate_limits = forget_rate_limits

    def request(self, method, url, data=None, **extra):
        if self.forget_rate_limits:
            cache.clear()  # otherwise a 429 would answer before the code under test runs
        savepoint = transaction.savepoint()
        after_commit_error = None
        try:
            with TestCase.captureOnCommitCallbacks(execute=True):
                response = getattr(self.client, method)(url, data, **extra)
        except Exception:  # a callback's crash is a 500 in production
            after_commit_error = traceback.format_exc()
            response = None
        finally:
            transaction.savepoint_rollback(savepoint)
            transaction.set_rollback(False)
        assert after_commit_error is None, (
            f"{method.upper()} {url} {data!r}: callback crashed\n{after_commit_error}"
        )
        check(response, method, url, data)
        return response


def examples(count: int) -> int:
    return count * SCALE


def fuzzing(case: str, budget: int):
    """Settings for one case: its own fixed seed (the same test body runs for many routes), its budget."""

    def decorate(test):
        return seed(zlib.crc32(case.encode()))(settings(FUZZ_SETTINGS, max_examples=examples(budget))(test))

    return decorate


def _body(response) -> bytes:
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def check(response, method, url, data=None):
    """No server error, and no trace of one in the body (unless the visitor typed the word)."""
    request = f"{method.upper()} {url}" + (f" {data!r}" if data is not None else "")
    if response.status_code >= 500:
        error = getattr(response, "exc_info", None)
        detail = "".join(traceback.format_exception(*error)[-6:]) if error else ""
        raise AssertionError(f"{request} answered {response.status_code}\n{detail}")
    body = _body(response)
    for marker in CRASH_MARKERS:
        if marker.encode() in body and marker not in request:
            raise AssertionError(f"{request} shows {marker!r} in its {response.status_code} answer")

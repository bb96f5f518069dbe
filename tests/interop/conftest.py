"""Real clients of the portal's calendars and pages: Mozilla's ical.js (node) and the Nu HTML Checker (java).

Both come from npm, pinned in tests/clients/package-lock.json (`make test` installs them). CI sets
MOKME_REQUIRE_BROWSER_TESTS=1, under which these tests never skip: a missing node, java or
client fails them instead.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.events.conftest import calendar_page, news_index  # noqa: F401
from tests.organisation_fixtures import *  # noqa: F403

CLIENTS = Path(__file__).resolve().parent.parent / "clients"
NODE_MODULES = CLIENTS / "node_modules"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"


def _missing():
    if shutil.which("node") is None or shutil.which("java") is None:
        return "node or java is not installed"
    if not (NODE_MODULES / "ical.js").is_dir() or not VNU_JAR.is_file():
        return "run `npm ci --prefix tests/clients`"
    return None


def pytest_collection_modifyitems(config, items):
    reason = _missing()
    required = os.environ.get("MOKME_REQUIRE_BROWSER_TESTS") == "1"
    for item in items:
        # Required but missing: the test runs and fails where it calls the client.
        if "interop" in item.keywords and reason and not required:
            item.add_marker(pytest.mark.skip(reason=reason))


def ical_js_occurrences(ics: bytes, tmp_path, start, end):
    """The occurrences ical.js reads from ``ics`` between two aware datetimes."""
    path = tmp_path / "calendar.ics"
    path.write_bytes(ics)
    result = subprocess.run(  # noqa: S603 - the pinned client with our own temporary file
        [
            shutil.which("node") or "node",
            str(CLIENTS / "ical_occurrences.cjs"),
            str(path),
            start.isoformat(),
            end.isoformat(),
        ],
        capture_output=True,
        check=True,
        # All-day dates are floating: ical.js places them in the process's zone, as a Berlin
        # subscriber's calendar app does.
        env={**os.environ, "TZ": "Europe/Berlin"},
        timeout=60,
    )
    return json.loads(result.stdout)


def nu_html_check(documents: dict[str, bytes], tmp_path):
    """Errors of the Nu HTML Checker per document name; all documents in one java run."""
    folder = tmp_path / "vnu"
    folder.mkdir()
    paths = {}
    for index, (name, content) in enumerate(documents.items()):
        path = folder / f"{index:03d}.html"
        path.write_bytes(content)
        paths[str(path)] = name
    result = subprocess.run(  # noqa: S603 - the pinned checker with our own temporary files
        [
            shutil.which("java") or "java",
            "-jar",
            str(VNU_JAR),
            "--format",
            "json",
            "--exit-zero-always",
            *paths,
        ],
        capture_output=True,
        check=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or b"{}").get("messages", [])
    errors = {}
    for message in messages:
        if message.get("type") != "error" and message.get("subType") != "fatal":
            continue
        source = message.get("url", "").removeprefix("file:")
        name = paths.get(source, source)
        errors.setdefault(name, []).append(f"{message.get('lastLine')}: {message.get('message')}")
    return errors

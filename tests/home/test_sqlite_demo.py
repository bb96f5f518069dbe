"""The SQLite demo of `make run` does not answer "database is locked" when two saves overlap."""

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from django.db import connections, transaction

ROOT = Path(__file__).resolve().parents[2]


def dev_database(database_url=None):
    """The default database of the dev settings, as `make run` gets it."""
    env = {"PATH": os.environ["PATH"], "DJANGO_SETTINGS_MODULE": "mokme_cms.settings.dev"}
    if database_url:
        env["DATABASE_URL"] = database_url
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import json; from mokme_cms.settings import dev; print(json.dumps(dev.DATABASES['default']))",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def demo_settings():
    return dev_database()


def test_postgresql_keeps_its_own_options():
    database = dev_database("postgres://postgres@127.0.0.1:5432/mokme")
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert "transaction_mode" not in database.get("OPTIONS", {})


@pytest.fixture
def demo_database(demo_settings, tmp_path, django_db_blocker):
    """A fresh demo database file with the dev settings' options, next to the test database."""
    alias = "sqlite_demo"
    connections.settings[alias] = connections.configure_settings(
        {"default": {**demo_settings, "NAME": str(tmp_path / "demo.sqlite3")}}
    )["default"]
    with django_db_blocker.unblock():
        with connections[alias].cursor() as cursor:
            cursor.execute("CREATE TABLE revision (id INTEGER PRIMARY KEY, saved_by TEXT)")
        yield alias
        connections[alias].close()
    del connections.settings[alias]


def test_overlapping_saves_wait_for_each_other(demo_database):
    # Autosave and save (or two editors) each read, then write, at the same moment.
    errors = []

    def save(editor):
        try:
            with transaction.atomic(using=demo_database), connections[demo_database].cursor() as cursor:
                cursor.execute("SELECT count(*) FROM revision")
                time.sleep(0.4)  # the other save starts meanwhile
                cursor.execute("INSERT INTO revision (saved_by) VALUES (%s)", [editor])
        except Exception as error:  # the test reports whatever the database answers
            errors.append(error)
        finally:
            connections[demo_database].close()  # each thread has its own, as in the server

    threads = [threading.Thread(target=save, args=(editor,)) for editor in ("autosave", "save")]
    for thread in threads:
        thread.start()
        time.sleep(0.1)
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    with connections[demo_database].cursor() as cursor:
        cursor.execute("SELECT saved_by FROM revision ORDER BY saved_by")
        assert [row[0] for row in cursor.fetchall()] == ["autosave", "save"]
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"

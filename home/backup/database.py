"""Dumping and restoring the portal's database, on PostgreSQL and on SQLite.

PostgreSQL goes through pg_dump and pg_restore, which also carry the translated page columns
that wagtail-modeltranslation adds outside the migrations. The connection data reach them
through PG* environment variables, so that no password shows up in the process list.
SQLite uses the backup API of its library, which copies a consistent state even while the
portal writes to the database.
"""

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.core.management.base import CommandError
from django.db import connection

SUPPORTED_VENDORS = ("postgresql", "sqlite")

_PG_ENVIRONMENT = {"HOST": "PGHOST", "PORT": "PGPORT", "USER": "PGUSER", "PASSWORD": "PGPASSWORD"}
_PG_OPTION_ENVIRONMENT = {
    "service": "PGSERVICE",
    "sslmode": "PGSSLMODE",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
}


def vendor() -> str:
    if connection.vendor not in SUPPORTED_VENDORS:
        raise CommandError(f"Backups support PostgreSQL and SQLite, not {connection.vendor}.")
    return connection.vendor


def database_name() -> str:
    return str(connection.settings_dict["NAME"])


def table_names() -> list[str]:
    return connection.introspection.table_names()


def _pg_environment() -> dict:
    database = connection.settings_dict
    environment = os.environ.copy()
    environment.update({var: str(database[key]) for key, var in _PG_ENVIRONMENT.items() if database.get(key)})
    options = database.get("OPTIONS", {})
    environment.update(
        {var: str(options[key]) for key, var in _PG_OPTION_ENVIRONMENT.items() if key in options}
    )
    environment["PGDATABASE"] = database_name()
    return environment


def _run_pg_tool(tool: str, *arguments: str) -> str:
    executable = shutil.which(tool)
    if executable is None:
        raise CommandError(
            f"{tool} was not found. Install the PostgreSQL client tools (Debian: postgresql-client) "
            "in the version of the database server or newer."
        )
    result = subprocess.run(  # noqa: S603 - fixed arguments, no shell
        [executable, *arguments], env=_pg_environment(), capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise CommandError(f"{tool} failed: {result.stderr.strip()}")
    return result.stdout


def dump(target: Path) -> None:
    if vendor() == "postgresql":
        _run_pg_tool("pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--file={target}")
    else:
        connection.ensure_connection()
        copy = sqlite3.connect(target)
        try:
            connection.connection.backup(copy)
        finally:
            copy.close()


def check_dump(dump_file: Path) -> None:
    """Refuses a PostgreSQL dump that this pg_restore cannot read, before anything is dropped."""
    if vendor() == "postgresql":
        _run_pg_tool("pg_restore", "--list", str(dump_file))


def restore(dump_file: Path, replace: bool) -> None:
    """Fills the database from `dump_file`; `replace` first drops everything in it."""
    if vendor() == "postgresql":
        if replace:
            with connection.cursor() as cursor:
                cursor.execute("DROP SCHEMA public CASCADE")
                cursor.execute("CREATE SCHEMA public")
        # One transaction: a restore that fails leaves the database as empty as it was.
        # The empty --dbname makes pg_restore connect (instead of printing SQL) to PGDATABASE.
        _run_pg_tool(
            "pg_restore",
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--single-transaction",
            "--dbname=",
            str(dump_file),
        )
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # pg_restore brings no planner statistics
    else:
        connection.ensure_connection()
        source = sqlite3.connect(dump_file)
        try:
            # The backup API replaces the whole database in one step, whatever it held before.
            source.backup(connection.connection)
        finally:
            source.close()
    connection.close()

"""The two databases the benchmark reads: the district-scale one and the small demo.

Both live on the local PostgreSQL and are filled once; a later run only
migrates them and lets the fill commands top up what is missing.
"""

import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql

PROJECT = Path(__file__).resolve().parents[2]
MEDIA = PROJECT / ".bench-media"


@dataclass(frozen=True)
class BenchDatabase:
    url: str
    fill_command: list[str]
    # A database to start from: PostgreSQL copies it in seconds, where building the demo takes minutes.
    template: "BenchDatabase | None" = None

    @property
    def name(self) -> str:
        return urlsplit(self.url).path.lstrip("/")

    @property
    def media_root(self) -> Path:
        return MEDIA / self.name

    def environment(self, base: dict) -> dict:
        return {
            **base,
            "DJANGO_SETTINGS_MODULE": "tests.bench.settings",
            "DATABASE_URL": self.url,
            "MEDIA_ROOT": str(self.media_root),
        }


def bench_and_demo(url: str, scale: float) -> tuple[BenchDatabase, BenchDatabase]:
    parts = urlsplit(url)
    demo = BenchDatabase(urlunsplit(parts._replace(path=f"{parts.path}_demo")), ["load_demo_content"])
    return BenchDatabase(url, ["load_bench_content", f"--scale={scale}"], template=demo), demo


def _maintenance_url(url: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path="/postgres"))


def ensure_postgres(url: str, log):
    """Starts the machine's PostgreSQL cluster if nothing answers at the address."""
    try:
        psycopg.connect(_maintenance_url(url), connect_timeout=3).close()
        return
    except psycopg.OperationalError:
        pass
    clusters = sorted(Path("/etc/postgresql").glob("*/main"))
    pg_ctlcluster = shutil.which("pg_ctlcluster")
    if not clusters or not pg_ctlcluster:
        sys.exit(f"bench: no PostgreSQL answers at {url} and none is installed here to start.")
    version = clusters[-1].parent.name
    log(f"Starting PostgreSQL {version}…")
    start = [pg_ctlcluster, "--skip-systemctl-redirect", version, "main", "start"]
    subprocess.run(start, check=True)  # noqa: S603 - fixed arguments, no shell
    psycopg.connect(_maintenance_url(url), connect_timeout=10).close()


def prepare(database: BenchDatabase, *, rebuild: bool, log, env: dict) -> float:
    """Creates (or recreates), migrates and fills the database; returns the seconds the fill took."""
    with psycopg.connect(_maintenance_url(database.url), autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [database.name]
        ).fetchone()
        if exists and rebuild:
            log(f"Dropping {database.name}…")
            connection.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(database.name)))
            shutil.rmtree(database.media_root, ignore_errors=True)
            exists = None
        if not exists and database.template is not None:
            log(f"Copying {database.template.name} to start {database.name}…")
            connection.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                    sql.Identifier(database.name), sql.Identifier(database.template.name)
                )
            )
            shutil.copytree(database.template.media_root, database.media_root, dirs_exist_ok=True)
        elif not exists:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database.name)))
    database.media_root.mkdir(parents=True, exist_ok=True)
    manage(database, ["migrate", "--noinput"], env=env, log=log)
    started = time.monotonic()
    manage(database, database.fill_command, env=env, log=log)
    # Bulk inserts leave the planner without statistics; a production database has them.
    with psycopg.connect(database.url, autocommit=True) as connection:
        connection.execute("VACUUM ANALYZE")
    return time.monotonic() - started


def manage(database: BenchDatabase, arguments: list[str], *, env: dict, log):
    """Runs a management command on the database; its output goes to a log file, kept on failure."""
    log_path = MEDIA / f"{database.name}-{arguments[0]}.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "w", encoding="utf-8") as output:
        result = subprocess.run(  # noqa: S603 - our own manage.py with the runner's arguments
            [sys.executable, "manage.py", *arguments],
            cwd=PROJECT,
            env=database.environment(env),
            stdout=output,
            stderr=subprocess.STDOUT,
            check=False,
        )
    if result.returncode:
        sys.exit(f"bench: `manage.py {' '.join(arguments)}` failed on {database.name}; see {log_path}")
    summary = [
        line
        for line in log_path.read_text(encoding="utf-8").splitlines()
        if line.lstrip().startswith(("Added", "Built the search text", "Bench content is ready"))
    ]
    for line in summary:
        log(f"  {database.name}: {line.strip()}")

"""Settings for the quick start on a developer's machine (`make run`)."""

from .base import *  # noqa: F403

DEBUG = True
# Only ever used on a developer's machine; production reads its key from the environment.
SECRET_KEY = "dev-only-not-secret-5b1c0d6a-mokme"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Django's debug pages style themselves inline; on a developer's machine a violation of the
# Content-Security-Policy is reported in the console instead of breaking them.
CONTENT_SECURITY_POLICY_REPORT_ONLY = CONTENT_SECURITY_POLICY  # noqa: F405
CONTENT_SECURITY_POLICY = None

# The demo runs on SQLite, where autosave and a save of the same editor overlap. By default a
# transaction that reads first and writes later cannot wait for another writer and fails at
# once with "database is locked". Write-ahead logging lets readers go on while one writes;
# IMMEDIATE transactions take the write lock at their start, where the busy timeout lets them
# wait their turn. PostgreSQL (DATABASE_URL) is left as it is.
SQLITE_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {}).update(SQLITE_OPTIONS)  # noqa: F405

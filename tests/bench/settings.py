"""Settings of `make bench`: production's, with a fixed key, loopback hosts and the bench database.

Importing production keeps the benchmark honest: persistent connections, the
manifest static storage and every middleware are the ones a visitor meets.
Only what production insists on reading from the environment gets a default
here, and nothing secret: the bench database holds generated content only.
"""

import os

import dj_database_url

BENCH_HOSTS = "127.0.0.1,localhost"
BENCH_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/mokme_bench"

os.environ.setdefault("SECRET_KEY", "bench-only-not-secret")
os.environ.setdefault("ALLOWED_HOSTS", BENCH_HOSTS)
os.environ.setdefault("DATABASE_URL", BENCH_DATABASE_URL)
# The benchmark speaks plain HTTP on loopback; a redirect to https would be all it measured.
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")

from mokme_cms.settings.production import *  # noqa: E402, F403

SECRET_KEY = "bench-only-not-secret"
ALLOWED_HOSTS = BENCH_HOSTS.split(",")
CSRF_TRUSTED_ORIGINS = [f"http://{host}" for host in ALLOWED_HOSTS]
WAGTAILADMIN_BASE_URL = "http://127.0.0.1"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ["DATABASE_URL"],
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}

# Generated pictures and their renditions stay beside the bench database they belong to.
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / ".bench-media"))  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

# The benchmark's own command (load_bench_content); production does not install it.
INSTALLED_APPS = [*INSTALLED_APPS, "tests.bench"]  # noqa: F405
ROOT_URLCONF = "tests.bench.urls"

"""Settings for the test suite: fast hashing, local memory, mail kept in memory."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["*"]
# The benchmark's builders and `load_bench_content` (tests/bench/), never installed in production.
INSTALLED_APPS = [*INSTALLED_APPS, "tests.bench"]  # noqa: F405
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
}
WAGTAILADMIN_BASE_URL = "http://testserver"
# Factories change content without publishing; tests that need the page cache switch it on.
PAGE_CACHE_SECONDS = 0
# The lockout tests count their own attempts; a lockout must not leak into other tests.
AXES_ENABLED = False

# No machine translation engine, whatever the developer's environment says: tests that need one
# start a local server that answers as the engine does (tests/editorial/mt_engines.py).
MACHINE_TRANSLATION_ENGINE = ""

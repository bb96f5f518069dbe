"""Settings for the quick start on a developer's machine (`make run`)."""

from .base import *  # noqa: F403

DEBUG = True
# Only ever used on a developer's machine; production reads its key from the environment.
SECRET_KEY = "dev-only-not-secret-5b1c0d6a-mokme"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

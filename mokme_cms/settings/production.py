"""Production settings: every secret and host comes from the environment, with no default."""

import os

import dj_database_url

from .base import *  # noqa: F403

DEBUG = False

SECRET_KEY = os.environ["SECRET_KEY"]
ALLOWED_HOSTS = [host.strip() for host in os.environ["ALLOWED_HOSTS"].split(",") if host.strip()]
CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS]

# Connections are kept for a minute and reused by later requests of the same thread; the
# health check notices one that PostgreSQL dropped (a restart) before a request uses it.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ["DATABASE_URL"],
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # An unreachable database fails the request in seconds, not after the TCP timeout,
    # so the 503 page and the cached pages are served while it is away.
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = int(
        os.environ.get("DATABASE_CONNECT_TIMEOUT", "5")
    )

# The page cache and the site lookup's (home/sites.py) must be one that every gunicorn worker
# shares: a worker's own memory would keep serving a page, or a site's hostname and root page,
# that another worker has changed.
if not REDIS_URL:  # noqa: F405
    PAGE_CACHE_SECONDS = 0
    SITE_LOOKUP_CACHE = False

# --- Media in object storage ------------------------------------------------------------
#
# With several app servers, images and documents live in an S3-compatible bucket that all
# of them share (AWS, MinIO, Hetzner, IONOS …). Without AWS_STORAGE_BUCKET_NAME they stay
# on the local disk of the single server.
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {  # noqa: F405
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            # Uploaded names are kept; a second file of the same name gets a suffix.
            "file_overwrite": False,
            # Renditions are public; documents go through Wagtail's serve view anyway.
            "default_acl": None,
            "querystring_auth": False,
        },
    }

# whitenoise serves compressed files with content hashes in their names, so
# browsers may cache them for a year.
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
# The load balancer and the supervisor probe over plain HTTP on the inside; a redirect to
# https would read as "not ready". The probes carry no data worth protecting.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"

# Behind nginx or a load balancer the visitor's address is the last one the proxy appended;
# rate limits and login throttling must count that one, not the proxy's. The proxies' own
# addresses are the list gunicorn trusts forwarded headers from (mokme_cms/gunicorn.py).
TRUSTED_PROXY_COUNT = int(os.environ.get("PROXY_COUNT", "1"))
TRUSTED_PROXY_ADDRESSES = [
    address.strip()
    for address in os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1").split(",")
    if address.strip()
]

WAGTAILADMIN_BASE_URL = os.environ.get(
    "WAGTAILADMIN_BASE_URL", f"https://{ALLOWED_HOSTS[0]}" if ALLOWED_HOSTS else ""
)

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "false").lower() == "true"
# A mail is sent after the request's transaction, while the visitor waits; a hanging mail
# server must not hold a gunicorn thread (the outbox tries again later).
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))

LOGGING["root"]["level"] = "INFO"  # noqa: F405

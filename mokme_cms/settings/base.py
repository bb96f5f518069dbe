"""Settings shared by every environment of the mokme portal.

Environment-specific modules (dev, test, production) import from here and
override only what differs. Nothing secret lives in this file.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url

from django.conf.locale import LANG_INFO

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

# The wagtail_modeltranslation apps come first: their `migrate` and
# `makemigrations` commands must win over Django's (they add and ignore the
# Page translation columns), and modeltranslation must patch the models
# before the admin builds its forms.
INSTALLED_APPS = [
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "modeltranslation",
    "home",
    "organisations",
    "events.calendar",
    "events.news",
    "events.press",
    "events.registration",
    "events",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # Django's SecurityMiddleware (https redirect, HSTS, …), Content-Security-Policy (django-csp,
    # the admin's directives in home/security/headers.py), Permissions-Policy
    # (django-permissions-policy) and X-Frame-Options in one layer: home/security/middleware.py.
    "home.security.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Outside the page cache, so that cached and fresh pages are compressed and revalidated
    # alike; compression outermost, so that the ETag is computed on the uncompressed body.
    "home.page_cache.http.PortalCompressionMiddleware",
    "home.page_cache.http.PortalConditionalGetMiddleware",
    # Before sessions and authentication: a cached page is served without the database.
    "home.page_cache.PageCacheMiddleware",
    "home.middleware.PortalLocaleMiddleware",
    # Django's CommonMiddleware, its host check remembered per host (home/security/hosts.py).
    "home.security.hosts.PortalCommonMiddleware",
    # For every request: a public page's form sets the CSRF cookie, and a POST is checked.
    "django.middleware.csrf.CsrfViewMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # ACCOUNT_MIDDLEWARE below, for the admin, logins, forms (POST) and signed-in browsers;
    # a visitor's GET of a public page skips them (home/middleware.py).
    "home.middleware.AccountMiddleware",
]

ACCOUNT_MIDDLEWARE = [
    # Inside compression and ETags, so that both see the trimmed admin page.
    "home.admin_html.AdminCompactionMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "home.accounts.two_factor.middleware.AdminTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Admin URLs naming another organisation's objects answer 404 (home/admin_scope/).
    "home.admin_scope.middleware.AdminScopeMiddleware",
    # Last, as its documentation asks: it turns a locked-out login into the lockout answer.
    "axes.middleware.AxesMiddleware",
]

# Django's admin and django-axes look for their middleware in MIDDLEWARE only; they are in
# ACCOUNT_MIDDLEWARE, run by home.middleware.AccountMiddleware for every request that needs them.
# Django's security checks look for SecurityMiddleware and XFrameOptionsMiddleware by name; they
# run inside home.security.middleware, and home/security/checks.py runs those checks for it.
SILENCED_SYSTEM_CHECKS = [
    "admin.E408",
    "admin.E409",
    "admin.E410",
    "axes.W002",
    "security.W001",
    "security.W002",
]

# Axes first: it refuses a login attempt from a locked-out user and address before
# any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "mokme_cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "mokme_cms.wsgi.application"

# SQLite is the embedded default for the quick start only; CI and production
# point DATABASE_URL at PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages ---------------------------------------------------------------
#
# German is the portal's default and fallback language. The other ten are the
# languages of the district's migrant organisations. Each language is named in
# itself, which is how the language switcher shows it.

LANGUAGE_CODE = "de"

# Django does not know Kurmancî (Northern Kurdish); without this entry (KURMANJI in
# home/languages/workarounds.py, with the test that says when Django knows it)
# `get_language_info("kmr")` fails and the language cannot be activated.
LANG_INFO.setdefault(
    "kmr",
    {"bidi": False, "code": "kmr", "name": "Kurmanji", "name_local": "Kurmancî"},
)

LANGUAGES = [
    ("de", "Deutsch"),
    ("en", "English"),
    ("tr", "Türkçe"),
    ("ar", "العربية"),
    ("fa", "فارسی"),
    ("pl", "Polski"),
    ("ru", "Русский"),
    ("uk", "Українська"),
    ("el", "Ελληνικά"),
    ("it", "Italiano"),
    ("kmr", "Kurmancî"),
]

# Django's list already contains ar and fa; it is spelt out so that the
# portal's right-to-left languages are visible in one place.
LANGUAGES_BIDI = ["ar", "fa"]

# The portal's catalogue first (makemessages writes there); then the month and weekday names
# of the date formats (mokme_cms/formats/), which Django's catalogues lack for Kurmancî.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "mokme_cms" / "formats" / "locale"]
# Every portal language's dates and times as its readers in Germany write them.
FORMAT_MODULE_PATH = ["mokme_cms.formats"]
LANGUAGE_COOKIE_NAME = "mokme_language"
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_SAMESITE = "Lax"

TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "de"
MODELTRANSLATION_LANGUAGES = tuple(code for code, _name in LANGUAGES)
MODELTRANSLATION_FALLBACK_LANGUAGES = ("de",)
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = True

# --- Static and media files --------------------------------------------------

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Complex multilingual page forms exceed Django's default of 1000 fields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 20_000

# --- Wagtail -------------------------------------------------------------------

WAGTAIL_SITE_NAME = "mokme – Migrantenorganisationen im Kreis Mettmann"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "home.PortalImage"

WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# Field-level translation with modeltranslation, not Wagtail's locale tree.
WAGTAIL_I18N_ENABLED = False

# The admin is German by default; each user may pick another of these.
WAGTAILADMIN_PERMITTED_LANGUAGES = [
    ("de", "Deutsch"),
    ("en", "English"),
    ("tr", "Türkçe"),
    ("ar", "العربية"),
    ("fa", "فارسی"),
    ("pl", "Polski"),
    ("ru", "Русский"),
    ("uk", "Українська"),
    ("el", "Ελληνικά"),
    ("it", "Italiano"),
]

# Nothing is loaded from another origin, not even in the admin.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False

# --- Uploads ---------------------------------------------------------------------------
#
# Office formats and PDFs only: no HTML, SVG or programs that a browser would run from the
# portal's origin. Documents are always served through Wagtail's view, which checks
# privacy restrictions and sends `Content-Security-Policy: default-src 'none'` and `nosniff`,
# even when the files lie in object storage.
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# 40 megapixels is more than any camera photo; a small file that unpacks to more is a
# decompression bomb. The same limit is set for Pillow itself (home.apps).
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000

# The portal's stylesheet sizes embeds; Wagtail's responsive wrapper would need an inline
# style, which the Content-Security-Policy forbids.
WAGTAILEMBEDS_RESPONSIVE_HTML = False
# Providers whose players and maps may load in a frame once the visitor has agreed.
PORTAL_EMBED_ORIGINS = [
    "https://www.youtube-nocookie.com",
    "https://www.youtube.com",
    "https://player.vimeo.com",
    "https://www.openstreetmap.org",
]

# --- Security headers ------------------------------------------------------------------
#
# Public pages run only the portal's own scripts and styles (no inline code, no other origin);
# embeds load into a frame from the providers above, after the visitor's click. The admin and
# logged-in editors get Wagtail's inline code allowed (home/security/headers.py).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", *PORTAL_EMBED_ORIGINS],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# Sensors and payment are never needed; browsing topics would profile visitors.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "browsing-topics",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
}

# Fetching a subscribed calendar (events.calendar.fetch): the connection and each read wait
# this long at most, the whole fetch with its redirects no longer than CALENDAR_FETCH_SECONDS,
# so that a silent server cannot hold the editor's request or the scheduled job.
CALENDAR_FETCH_CONNECT_SECONDS = 3
CALENDAR_FETCH_READ_SECONDS = 5
CALENDAR_FETCH_SECONDS = 10
# Only public internet addresses are fetched; the tests serve calendars from 127.0.0.1.
CALENDAR_IMPORT_ALLOW_LOOPBACK = False

# Machine pre-translation (home.machine_translation): no engine unless the server names one,
# so that by default no text leaves the server. Keys come from the environment only.
MACHINE_TRANSLATION_ENGINE = os.environ.get("MOKME_MT_ENGINE", "").strip().lower()
DEEPL_KEY = os.environ.get("MOKME_DEEPL_KEY", "")
LIBRETRANSLATE_URL = os.environ.get("MOKME_LIBRETRANSLATE_URL", "")
LIBRETRANSLATE_KEY = os.environ.get("MOKME_LIBRETRANSLATE_KEY", "")
# A self-hosted LibreTranslate often sits on a private network; the operator allows that explicitly.
MACHINE_TRANSLATION_ALLOW_PRIVATE_ADDRESS = os.environ.get("MOKME_MT_ALLOW_PRIVATE_ADDRESS", "") == "1"
MACHINE_TRANSLATION_TIMEOUT_SECONDS = 20
# Characters sent to the engine per calendar month; 0: no cap.
MACHINE_TRANSLATION_MONTHLY_CHARACTERS = int(os.environ.get("MOKME_MT_MONTHLY_CHARACTERS", "0"))

LOGIN_URL = "wagtailadmin_login"

DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "portal@mokme.example")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Several app servers share one Redis (REDIS_URL), so a page published on one of them is
# dropped from every server's page cache; a single process needs nothing but local memory.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            # Redis down slows the portal down, it does not take it down (home/page_cache/backend.py).
            "BACKEND": "home.page_cache.backend.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "mokme",
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "mokme",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }

# Anonymous visitors' pages are kept this long at most; publishing drops them at once
# (home.page_cache). 0 switches the page cache off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# Wagtail's site lookup is answered from the default cache, without a query (home/sites.py);
# only while that cache is one every process shares (production.py).
SITE_LOOKUP_CACHE = True

# Registrations for an event are deleted this many days after its date (the privacy statement
# names the figure; events/registration/retention.py).
REGISTRATION_KEEP_DAYS = int(os.environ.get("REGISTRATION_KEEP_DAYS", "30"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"mokme": {"handlers": ["console"], "level": "INFO", "propagate": False}},
}

# How many proxies (nginx, a load balancer) stand between the visitor and gunicorn, and from
# which addresses they connect: the rate limits and login throttling count the address the
# outermost one saw (home.security.client_address), and believe X-Forwarded-For only from these.
TRUSTED_PROXY_COUNT = 0
TRUSTED_PROXY_ADDRESSES = ["127.0.0.1", "::1"]

# --- Login throttling (django-axes) ------------------------------------------------------
#
# Five wrong passwords for one account from one address lock that pair for 15 minutes.
# Locking the account alone would let anyone lock a volunteer out from anywhere; locking
# the address alone would lock a whole office behind one router.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "home.accounts.login_throttle.lockout_response"
# The same visitor address as the portal's rate limits, not the proxy's: one definition of
# "the visitor" (why not django-ipware: home/security/client_address.py).
AXES_CLIENT_IP_CALLABLE = "home.security.client_address.client_address"
# Successful logins are not recorded; failed ones only for a day (forget_login_failures).
AXES_DISABLE_ACCESS_LOG = True

WAGTAILADMIN_USER_LOGIN_FORM = "home.admin_forms.PortalLoginForm"
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_USE_HTML = False
# Invitations to new editors carry a set-password link; give volunteers a week.
PASSWORD_RESET_TIMEOUT = 7 * 24 * 60 * 60
# The portal creates redirects for every language itself (home.redirects);
# Wagtail's own would cover only the language active at the time.
WAGTAILREDIRECTS_AUTO_CREATE = False
WAGTAILMODELTRANSLATION_LOCALE_PICKER = False
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.admin_forms.PortalImageForm"

"""Django's deploy checks of the security headers' settings, for the portal's one header layer.

Django runs its checks of HSTS, nosniff, the https redirect, Referrer-Policy,
Cross-Origin-Opener-Policy and X-Frame-Options only when it finds SecurityMiddleware and
XFrameOptionsMiddleware by name in MIDDLEWARE. The portal runs both inside
home.security.middleware.SecurityHeadersMiddleware, so Django would skip them silently; this
runs the same checks as if they stood there, and warns when neither it nor they are installed
(Django's own warnings for that are silenced in the settings).
"""

from django.conf import settings
from django.core import checks
from django.core.checks.security import base
from django.test.utils import override_settings

HEADER_LAYER = "home.security.middleware.SecurityHeadersMiddleware"
INNER_MIDDLEWARE = (
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
)
DJANGO_HEADER_CHECKS = (
    base.check_sts,
    base.check_sts_include_subdomains,
    base.check_sts_preload,
    base.check_content_type_nosniff,
    base.check_ssl_redirect,
    base.check_xframe_deny,
    base.check_referrer_policy,
    base.check_cross_origin_opener_policy,
)


@checks.register(checks.Tags.security, deploy=True)
def check_security_headers(app_configs, **kwargs):
    middleware = list(settings.MIDDLEWARE)
    if HEADER_LAYER in middleware:
        middleware += [name for name in INNER_MIDDLEWARE if name not in middleware]
    missing = [
        checks.Warning(
            f"{HEADER_LAYER} is not in MIDDLEWARE, nor is {name}: responses lack its headers.",
            id="home.W001",
        )
        for name in INNER_MIDDLEWARE
        if name not in middleware
    ]
    # Only the list Django's checks search by name changes, and only while they run.
    with override_settings(MIDDLEWARE=middleware):
        return missing + [message for check in DJANGO_HEADER_CHECKS for message in check(app_configs)]

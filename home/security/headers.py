"""Security headers of every response: django-csp's Content-Security-Policy and
django-permissions-policy's Permissions-Policy, both configured in mokme_cms/settings/base.py.

Public pages get a strict Content-Security-Policy: scripts, styles, fonts and images come only
from the portal itself, so an injected `<script>` or inline handler does nothing. Their
templates carry no inline script or style (JSON-LD blocks are data, which CSP does not run).
The Wagtail admin and the editors' userbar on public pages run Wagtail's own inline code, so
the admin and logged-in editors get the directives below in place of the public ones: inline
scripts and styles, but still no other origin. In development (dev settings) the policy is
only reported, since Django's debug pages style themselves inline.

The public policy is the same for every visitor: it is built once per process (and again when
a test changes the settings), not for every response; django-csp builds it from its dataclasses
for every response otherwise, the largest cost of a request that does nothing else.
"""

from dataclasses import asdict

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CheckableLazyObject, CSPMiddleware
from csp.utils import build_policy

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver

ADMIN_DIRECTIVES = {
    # Wagtail's admin templates and its userbar carry inline scripts and style attributes.
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "frame-src": ["'self'"],
    # The live preview shows the page inside the editor, from the same origin.
    "frame-ancestors": ["'self'"],
}


def _is_editor(request):
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated and user.has_perm("wagtailadmin.access_admin"))


# The public policy's headers, (name, value) pairs, once built; None until the first public response.
_public_headers = None
# Per-response customisations of django-csp's decorators; a response with one takes the long way.
_CUSTOMISED = tuple(
    f"_csp_{kind}{suffix}" for kind in ("config", "update", "replace") for suffix in ("", "_ro")
)


@receiver(setting_changed)
def _forget_public_policy(setting, **kwargs):
    global _public_headers
    if setting.startswith("CONTENT_SECURITY_POLICY") or setting == "DEBUG":
        _public_headers = None


def _may_be_editor(request):
    # An editor is signed in, and a signed-in browser sends the session cookie; without it the
    # lazy user need not be loaded at all.
    return settings.SESSION_COOKIE_NAME in request.COOKIES


class PortalCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's directives for the admin and its editors."""

    def process_response(self, request, response):
        if not self._takes_public_policy(request, response):
            return super().process_response(request, response)
        headers = self._public_policy_headers(request, response)
        for name, value in headers:
            if name not in response:
                response[name] = value
        if getattr(request, "_csp_nonce", None) is None:
            request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response

    @staticmethod
    def _takes_public_policy(request, response):
        return not (
            request.path_info.startswith("/admin/")
            or _may_be_editor(request)
            or getattr(request, "_csp_nonce", None) is not None
            or getattr(response, "_csp_exempt", False)
            or getattr(response, "_csp_exempt_ro", False)
            or any(hasattr(response, name) for name in _CUSTOMISED)
            or (settings.DEBUG and response.status_code in (404, 500))
            or _excluded(request)
        )

    def _public_policy_headers(self, request, response):
        global _public_headers
        if _public_headers is None:
            headers = []
            for name, report_only in ((HEADER, False), (HEADER_REPORT_ONLY, True)):
                # django-csp's own parts: this request is no editor's, so who it is needs no lookup.
                parts = CSPMiddleware.get_policy_parts(
                    self, request=request, response=response, report_only=report_only
                )
                value = build_policy(**asdict(parts), report_only=report_only)
                if value:
                    headers.append((name, value))
            _public_headers = tuple(headers)
        return _public_headers

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if parts.replace is None and (request.path_info.startswith("/admin/") or _is_editor(request)):
            parts.replace = ADMIN_DIRECTIVES
        return parts


def _excluded(request):
    for setting in ("CONTENT_SECURITY_POLICY", "CONTENT_SECURITY_POLICY_REPORT_ONLY"):
        prefixes = (getattr(settings, setting, None) or {}).get("EXCLUDE_URL_PREFIXES") or ()
        if prefixes and request.path_info.startswith(tuple(prefixes)):
            return True
    return False

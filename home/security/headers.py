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
CSP_CUSTOMISATIONS = frozenset(
    {
        "_csp_exempt",
        "_csp_exempt_ro",
        *(f"_csp_{kind}{suffix}" for kind in ("config", "update", "replace") for suffix in ("", "_ro")),
    }
)


# What every request's check reads from the settings, read once: (session cookie name,
# URL prefixes either policy excludes). None until the first request.
_request_settings = None


@receiver(setting_changed)
def _forget_public_policy(setting, **kwargs):
    global _public_headers, _request_settings
    if setting.startswith("CONTENT_SECURITY_POLICY") or setting in ("DEBUG", "SESSION_COOKIE_NAME"):
        _public_headers = _request_settings = None


def _read_request_settings():
    global _request_settings
    if _request_settings is None:
        excluded = tuple(
            prefix
            for setting in ("CONTENT_SECURITY_POLICY", "CONTENT_SECURITY_POLICY_REPORT_ONLY")
            for prefix in (getattr(settings, setting, None) or {}).get("EXCLUDE_URL_PREFIXES") or ()
        )
        _request_settings = (settings.SESSION_COOKIE_NAME, excluded)
    return _request_settings


class PortalCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's directives for the admin and its editors."""

    def process_response(self, request, response):
        if not takes_public_policy(request, response):
            return super().process_response(request, response)
        headers = self._public_policy_headers(request, response)
        for name, value in headers:
            if name not in response:
                response[name] = value
        if getattr(request, "_csp_nonce", None) is None:
            request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response

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


def takes_public_policy(request, response):
    """Whether the response gets the public policy: a visitor's, neither exempted nor customised."""
    return (
        CSP_CUSTOMISATIONS.isdisjoint(vars(response))
        and not (response.status_code in (404, 500) and settings.DEBUG)
        and is_public_request(request)
    )


def is_public_request(request):
    """A visitor's request outside the admin, whose page used no nonce and is not excluded.

    An editor is signed in, and a signed-in browser sends the session cookie; without it the
    lazy user need not be loaded at all.
    """
    session_cookie, excluded = _read_request_settings()
    path = request.path_info
    return not (
        path.startswith("/admin/")
        or session_cookie in request.COOKIES
        or getattr(request, "_csp_nonce", None) is not None
        or (excluded and path.startswith(excluded))
    )

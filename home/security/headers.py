"""Security headers of every response: django-csp's Content-Security-Policy and
django-permissions-policy's Permissions-Policy, both configured in mokme_cms/settings/base.py.

Public pages get a strict Content-Security-Policy: scripts, styles, fonts and images come only
from the portal itself, so an injected `<script>` or inline handler does nothing. Their
templates carry no inline script or style (JSON-LD blocks are data, which CSP does not run).
The Wagtail admin and the editors' userbar on public pages run Wagtail's own inline code, so
the admin and logged-in editors get the directives below in place of the public ones: inline
scripts and styles, but still no other origin. In development (dev settings) the policy is
only reported, since Django's debug pages style themselves inline.
"""

from csp.middleware import CSPMiddleware

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


class PortalCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's directives for the admin and its editors."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if parts.replace is None and (request.path_info.startswith("/admin/") or _is_editor(request)):
            parts.replace = ADMIN_DIRECTIVES
        return parts

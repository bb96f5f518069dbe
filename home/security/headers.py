"""Security headers the portal adds to every response.

Public pages get a strict Content-Security-Policy: scripts, styles, fonts and images come only
from the portal itself, so an injected `<script>` or inline handler does nothing. Their
templates carry no inline script or style (JSON-LD blocks are data, which CSP does not run).
The Wagtail admin and the editors' userbar on public pages run Wagtail's own inline code, so
logged-in editors get a policy that allows inline scripts and styles but still no other origin.
"""

from django.conf import settings

PUBLIC_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}

ADMIN_POLICY = {
    **PUBLIC_POLICY,
    # Wagtail's admin templates and its userbar carry inline scripts and style attributes.
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "frame-src": ["'self'"],
    # The live preview shows the page inside the editor, from the same origin.
    "frame-ancestors": ["'self'"],
}

# Sensors and payment are never needed; browsing topics would profile visitors.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
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
)


def _serialise(policy):
    return "; ".join(f"{directive} {' '.join(sources)}" for directive, sources in policy.items())


def public_policy():
    # Embeds (videos, maps) load into a frame only after the visitor's click; these are the
    # providers an editor may embed from.
    frame_sources = ["'self'", *settings.PORTAL_EMBED_ORIGINS]
    return _serialise({**PUBLIC_POLICY, "frame-src": frame_sources})


def _is_editor(request):
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated and user.has_perm("wagtailadmin.access_admin"))


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.public_header = public_policy()
        self.admin_header = _serialise(ADMIN_POLICY)

    def __call__(self, request):
        response = self.get_response(request)
        if request.path_info.startswith("/admin/") or _is_editor(request):
            policy = self.admin_header
        else:
            policy = self.public_header
        # Django's debug pages style themselves inline; on a developer's machine a violation
        # is reported in the console instead of breaking them.
        header = "Content-Security-Policy-Report-Only" if settings.DEBUG else "Content-Security-Policy"
        response.headers.setdefault(header, policy)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response

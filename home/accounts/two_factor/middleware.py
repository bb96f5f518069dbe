"""Sends an admin user who turned two-factor login on to the code step until the code is entered."""

from functools import cache
from urllib.parse import urlencode

from django.shortcuts import redirect
from django.urls import get_script_prefix, get_urlconf, reverse

from home.accounts.two_factor.devices import has_confirmed_device

# Pages reachable between the password and the code: signing in and out, the code step itself,
# a forgotten password, and what the login page loads.
OPEN_ADMIN_URL_NAMES = (
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "two_factor:verify",
    "wagtailadmin_password_reset",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
)


class AdminTwoFactorMiddleware:
    """Belongs after django_otp's OTPMiddleware, which tells whether the session entered a code."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self.code_missing(request):
            query = urlencode({"next": request.get_full_path()})
            return redirect(f"{reverse('two_factor:verify')}?{query}")
        return self.get_response(request)

    @staticmethod
    def code_missing(request):
        admin, open_paths = _admin_paths(get_urlconf(), get_script_prefix())
        if not request.path.startswith(admin):
            return False
        # Password reset has pages below its own path (done, confirm, complete).
        if request.path.startswith(open_paths):
            return False
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or user.is_verified():
            return False
        return has_confirmed_device(user)


@cache
def _admin_paths(urlconf, script_prefix):
    """The admin's address and those open before the code, once per URL configuration, not per request."""
    admin = reverse("wagtailadmin_home", urlconf)
    return admin, tuple(reverse(name, urlconf) for name in OPEN_ADMIN_URL_NAMES)

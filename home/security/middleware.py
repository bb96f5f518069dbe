"""The security headers of every response in one layer of middleware (issue 18).

Four middleware set them: Django's SecurityMiddleware (the https redirect, HSTS, nosniff,
Referrer-Policy, Cross-Origin-Opener-Policy), django-csp (PortalCSPMiddleware,
home/security/headers.py), django-permissions-policy and Django's XFrameOptionsMiddleware.
Stacked, they were a fifth of what the portal's middleware costs a request that does nothing
else, and for a visitor's public response their headers are the same every time.

This layer runs the four's own code, in the order MIDDLEWARE had them, for everything that may
differ: the redirect to https, the admin, a signed-in editor, a response a view exempted or
customised. For any other response it sets the headers those four gave a blank response of the
same kind (http or https), remembered per process: by construction the same headers as theirs.
"""

from csp.middleware import CheckableLazyObject
from django_permissions_policy import PermissionsPolicyMiddleware

from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import HttpResponse
from django.middleware.clickjacking import XFrameOptionsMiddleware
from django.middleware.security import SecurityMiddleware

from home.security.headers import CSP_CUSTOMISATIONS, PortalCSPMiddleware, takes_public_policy

# Attributes by which a view's decorators change these headers for one response
# (django-csp's csp_exempt/csp_update/…, django-permissions-policy's override,
# Django's xframe_options_exempt): such a response takes the four's own code.
CUSTOMISATIONS = CSP_CUSTOMISATIONS | {
    "_permissions_policy_override",
    "_permissions_policy_report_only_override",
    "xframe_options_exempt",
}
# django-permissions-policy replaces a header a view set; the others keep it.
REPLACED = ("Permissions-Policy", "Permissions-Policy-Report-Only")

# Reading request.csp_nonce after the policy was written raises (django-csp's safeguard); one
# such object serves every request, since it is never evaluated into a value.
_NONCE_AFTER_RESPONSE = CheckableLazyObject(PortalCSPMiddleware._csp_nonce_post_response)

# Bumped when a test changes a setting the headers come from: every layer forgets its headers.
_settings_generation = 0


@receiver(setting_changed)
def _forget_headers(setting, **kwargs):
    global _settings_generation
    _settings_generation += 1


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.security = SecurityMiddleware(get_response)
        self.csp = PortalCSPMiddleware(get_response)
        self.permissions_policy = PermissionsPolicyMiddleware(get_response)
        self.frame_options = XFrameOptionsMiddleware(get_response)
        self._headers = {}
        self._generation = _settings_generation

    def __call__(self, request):
        redirect = self.security.process_request(request)
        if redirect is not None:
            return self.security.process_response(request, redirect)
        self.csp.process_request(request)
        response = self.get_response(request)
        if not self._is_plain(request, response):
            return self._set_one_by_one(request, response)
        headers = response.headers
        # The values were checked when the four middleware set them on the blank response;
        # writing the header store directly spares re-validating the same strings per request.
        store = headers._store
        for key, name, value in self._plain_headers(request):
            if key not in store or name in REPLACED:
                store[key] = (name, value)
        if getattr(request, "_csp_nonce", None) is None:
            request.csp_nonce = _NONCE_AFTER_RESPONSE
        return response

    @staticmethod
    def _is_plain(request, response):
        return CUSTOMISATIONS.isdisjoint(vars(response)) and takes_public_policy(request, response)

    def _set_one_by_one(self, request, response):
        # The four's process_response, innermost first, as MIDDLEWARE ran them.
        response = self.frame_options.process_response(request, response)
        response = self.permissions_policy._apply_headers(response)
        response = self.csp.process_response(request, response)
        return self.security.process_response(request, response)

    def _plain_headers(self, request):
        if self._generation != _settings_generation:
            self._headers.clear()
            self._generation = _settings_generation
        secure = request.is_secure()
        headers = self._headers.get(secure)
        if headers is None:
            blank = self._set_one_by_one(request, HttpResponse())
            headers = self._headers[secure] = tuple(
                (name.lower(), name, value) for name, value in blank.headers.items() if name != "Content-Type"
            )
        return headers

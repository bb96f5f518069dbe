"""One layer sets the security headers that four middleware set before (issue 18), and sets the same.

The four are Django's SecurityMiddleware, django-csp (PortalCSPMiddleware), django-permissions-
policy and Django's XFrameOptionsMiddleware. Every case below goes through both, the layer and the
four stacked as MIDDLEWARE had them, and must come out with the same status and headers: plain
visitors' responses (the layer's own short way), https, the admin, signed-in editors, 404s in
debug mode and responses a view exempted or customised (the four's own code).
"""

import pytest
from csp.decorators import csp_exempt, csp_update
from django_permissions_policy import PermissionsPolicyMiddleware

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponse, HttpResponseNotFound
from django.middleware.clickjacking import XFrameOptionsMiddleware
from django.middleware.security import SecurityMiddleware
from django.test import RequestFactory, override_settings
from django.views.decorators.clickjacking import xframe_options_exempt, xframe_options_sameorigin

from home.security.checks import check_security_headers
from home.security.headers import PortalCSPMiddleware
from home.security.middleware import SecurityHeadersMiddleware

LAYER = "home.security.middleware.SecurityHeadersMiddleware"


def answer(response):
    def view(request):
        request.user = AnonymousUser()
        return response()

    return view


def four(view):
    return SecurityMiddleware(PortalCSPMiddleware(PermissionsPolicyMiddleware(XFrameOptionsMiddleware(view))))


def through(middleware, request):
    response = middleware(request)
    return response.status_code, sorted(response.headers.items())


def plain(request=None):
    return HttpResponse("Hallo")


def with_own_frame_and_permissions_policy():
    response = HttpResponse("Eingebettet")
    response["X-Frame-Options"] = "SAMEORIGIN"
    response["Permissions-Policy"] = "camera=(self)"
    response["Referrer-Policy"] = "no-referrer"
    return response


RESPONSES = {
    "plain": plain,
    "not found": lambda: HttpResponseNotFound("Nicht gefunden"),
    "view's own headers": with_own_frame_and_permissions_policy,
    "csp_exempt": lambda: csp_exempt()(plain)(None),
    "csp_update": lambda: csp_update({"img-src": ["https://karten.example"]})(plain)(None),
    "xframe_options_exempt": lambda: xframe_options_exempt(plain)(None),
    "xframe_options_sameorigin": lambda: xframe_options_sameorigin(plain)(None),
}
REQUESTS = {
    "visitor": lambda factory: factory.get("/de/veranstaltungen/"),
    "visitor over https": lambda factory: factory.get("/de/", secure=True),
    "admin": lambda factory: factory.get("/admin/login/", secure=True),
    "signed-in browser": lambda factory: factory.get("/de/", HTTP_COOKIE=f"{settings.SESSION_COOKIE_NAME}=x"),
}


@pytest.mark.parametrize("response", list(RESPONSES))
@pytest.mark.parametrize("request_kind", list(REQUESTS))
@pytest.mark.parametrize("debug", [False, True], ids=["production", "debug"])
@override_settings(SECURE_HSTS_SECONDS=31536000, SECURE_HSTS_INCLUDE_SUBDOMAINS=True, X_FRAME_OPTIONS="DENY")
def test_the_layer_sets_what_the_four_middleware_set(request_kind, response, debug):
    view = answer(RESPONSES[response])
    with override_settings(DEBUG=debug):
        layer, stacked = SecurityHeadersMiddleware(view), four(view)
        # Twice: the first response teaches the layer its headers, the second uses them.
        for _ in range(2):
            expected = through(stacked, REQUESTS[request_kind](RequestFactory()))
            assert through(layer, REQUESTS[request_kind](RequestFactory())) == expected


@override_settings(SECURE_SSL_REDIRECT=True, SECURE_REDIRECT_EXEMPT=[r"^healthz$"], SECURE_HSTS_SECONDS=60)
def test_plain_http_is_sent_to_https_as_before_except_the_probes():
    view = answer(plain)
    layer, stacked = SecurityHeadersMiddleware(view), four(view)
    status, headers = through(layer, RequestFactory().get("/de/?q=1"))
    assert (status, headers) == through(stacked, RequestFactory().get("/de/?q=1"))
    assert status == 301
    assert dict(headers)["Location"] == "https://testserver/de/?q=1"
    assert through(layer, RequestFactory().get("/healthz"))[0] == 200


def test_a_changed_setting_reaches_the_layer_of_a_running_process():
    layer = SecurityHeadersMiddleware(answer(plain))
    assert layer(RequestFactory().get("/de/"))["Referrer-Policy"] == settings.SECURE_REFERRER_POLICY
    with override_settings(PERMISSIONS_POLICY={"camera": ["self"]}):
        assert layer(RequestFactory().get("/de/"))["Permissions-Policy"] == "camera=(self)"


def test_every_response_of_the_portal_passes_the_layer(client, home_page):
    assert LAYER in settings.MIDDLEWARE
    response = client.get("/de/")
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert "camera=()" in response["Permissions-Policy"]
    # Redirects of the language and slash middleware, inside the layer, carry them too.
    assert client.get("/")["X-Frame-Options"] == "DENY"


def ids(messages):
    return sorted(message.id for message in messages)


@override_settings(SECURE_HSTS_SECONDS=0, SECURE_SSL_REDIRECT=False, X_FRAME_OPTIONS="SAMEORIGIN")
def test_djangos_deploy_checks_of_these_settings_still_run_for_the_layer():
    # Django finds neither of its two middleware by name and would say nothing.
    assert ids(check_security_headers(None)) == ["security.W004", "security.W008", "security.W019"]


def test_a_portal_without_the_layer_or_djangos_middleware_is_warned():
    without = [name for name in settings.MIDDLEWARE if name != LAYER]
    with override_settings(MIDDLEWARE=without):
        assert ids(check_security_headers(None)).count("home.W001") == 2

"""A visitor's GET of a public page skips the account middleware (sessions, sign-in, two-factor,
messages, admin scope, login throttling): that was most of what the portal's own hello view cost.
The admin, logins, forms and every browser with a session or a message still get all of it, and a
public page that uses the session or messages anyway has them saved as before."""

from contextlib import ExitStack
from unittest import mock

import pytest
from axes.middleware import AxesMiddleware
from django_otp.middleware import OTPMiddleware

from django.contrib import auth, messages
from django.contrib.messages.middleware import MessageMiddleware
from django.contrib.messages.storage.base import BaseStorage
from django.contrib.sessions.backends.base import SessionBase
from django.contrib.sessions.middleware import SessionMiddleware
from django.http import HttpResponse
from django.test import Client
from django.urls import path
from django.utils import translation

from home.accounts.two_factor.middleware import AdminTwoFactorMiddleware
from home.admin_html import AdminCompactionMiddleware
from home.admin_scope.middleware import AdminScopeMiddleware
from home.middleware import negotiated_language
from tests.bench.urls import urlpatterns as bench_urlpatterns
from tests.factories import StandardPageFactory

# What each account middleware does first for a request that goes through it.
ACCOUNT_STEPS = [
    (AdminCompactionMiddleware, "__call__"),
    (SessionMiddleware, "process_request"),
    (OTPMiddleware, "__call__"),
    (AdminTwoFactorMiddleware, "__call__"),
    (MessageMiddleware, "process_request"),
    (AdminScopeMiddleware, "__call__"),
    (AxesMiddleware, "__call__"),
]


def remember_visit(request):
    """A public page that writes the session and leaves a message, as no portal page does today."""
    visits = request.session.get("visits", 0) + 1
    request.session["visits"] = visits
    if visits == 1:
        messages.info(request, "Willkommen zurück")
    shown = [str(message) for message in messages.get_messages(request)]
    return HttpResponse(f"{visits} {' '.join(shown)}", content_type="text/plain")


def who_visits(request):
    """A public page that asks who the visitor is."""
    who = "signed in" if request.user.is_authenticated else "visitor"
    return HttpResponse(who, content_type="text/plain")


urlpatterns = [path("bench/remember/", remember_visit), path("bench/who/", who_visits), *bench_urlpatterns]


class Spies:
    def __init__(self, stack):
        self.steps = {}
        for cls, name in ACCOUNT_STEPS:
            self.steps[f"{cls.__name__}.{name}"] = stack.enter_context(
                mock.patch.object(cls, name, autospec=True, side_effect=getattr(cls, name))
            )
        self.user_loads = stack.enter_context(mock.patch.object(auth, "get_user", wraps=auth.get_user))

    def called(self):
        return sorted(name for name, spy in self.steps.items() if spy.called)


@pytest.fixture
def spies():
    with ExitStack() as stack:
        yield Spies(stack)


@pytest.mark.urls("tests.bench.urls")
def test_the_portals_hello_for_a_visitor_runs_no_account_middleware(db, spies):
    response = Client().get("/bench/hello/")

    assert response.status_code == 200
    assert response.content == b"hello"
    assert spies.called() == []
    # Nobody asked who the visitor is, so nobody looked.
    assert not spies.user_loads.called
    assert "sessionid" not in response.cookies
    # The security headers are those of every other response.
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert "camera=()" in response["Permissions-Policy"]


def test_a_visitors_public_page_runs_no_account_middleware(client, home_page, spies):
    StandardPageFactory(parent=home_page, title="Über uns", slug="ueber-uns")

    response = client.get("/de/ueber-uns/")

    assert response.status_code == 200
    assert "Über uns" in response.content.decode()
    assert spies.called() == []


@pytest.mark.parametrize(
    ("method", "url", "cookies"),
    [
        ("get", "/admin/login/", {}),
        ("get", "/de/", {"sessionid": "abc"}),
        ("get", "/de/", {"messages": "abc"}),
        ("post", "/de/barriere-melden/", {}),
        ("get", "/de/_util/login/", {}),
    ],
)
def test_the_admin_logins_forms_and_signed_in_browsers_get_every_account_middleware(
    home_page, spies, method, url, cookies
):
    client = Client()
    for name, value in cookies.items():
        client.cookies[name] = value

    getattr(client, method)(url)

    assert spies.called() == sorted(spies.steps)


def test_signing_in_still_sets_the_session_cookie_and_the_admin_still_asks_for_it(client, django_user_model):
    django_user_model.objects.create_superuser("ayse", "ayse@example.org", "Sprachcafe-2026!")
    assert client.get("/admin/").status_code == 302

    response = client.post("/admin/login/", {"username": "ayse", "password": "Sprachcafe-2026!"})

    assert response.status_code == 302
    assert response.cookies["sessionid"]["httponly"]
    assert client.get("/admin/").status_code == 200


def test_a_public_form_posted_without_its_token_is_refused(home_page):
    client = Client(enforce_csrf_checks=True)

    response = client.post("/de/barriere-melden/", {"description": "Die Rampe fehlt."})

    assert response.status_code == 403


def test_a_public_forms_page_still_sets_the_csrf_cookie_its_form_needs(home_page):
    client = Client(enforce_csrf_checks=True)
    page = client.get("/de/barriere-melden/")
    assert page.status_code == 200
    assert "csrftoken" in page.cookies
    assert 'name="csrfmiddlewaretoken"' in page.content.decode()


def test_a_password_protected_page_still_remembers_the_password_in_the_session(client, home_page):
    from wagtail.models import PageViewRestriction

    page = StandardPageFactory(parent=home_page, title="Intern", slug="intern", intro="Nur für Mitglieder")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="vereinsintern"
    )

    form = client.get("/de/intern/")
    assert "Nur für Mitglieder" not in form.content.decode()
    assert "Cookie" in form["Vary"]
    signed = client.post(
        f"/de/_util/authenticate_with_password/{restriction.pk}/{page.pk}/",
        {"password": "vereinsintern", "return_url": "/de/intern/"},
    )
    assert "sessionid" in signed.cookies

    assert "Nur für Mitglieder" in client.get("/de/intern/").content.decode()


@pytest.mark.urls("tests.home.test_account_middleware")
def test_a_public_page_that_writes_the_session_and_a_message_has_both_saved(db):
    client = Client()

    first = client.get("/bench/remember/")
    assert first.content == b"1 Willkommen zur\xc3\xbcck"
    assert "sessionid" in first.cookies
    assert "Cookie" in first["Vary"]

    assert client.get("/bench/remember/").content == b"2 "


@pytest.mark.urls("tests.home.test_account_middleware")
def test_a_visitors_page_that_reads_no_account_makes_no_session_user_or_messages(db):
    # Made for every request, the three cost about a tenth of the portal's own hello; a page
    # that reads none of them needs none.
    with (
        mock.patch.object(SessionBase, "__init__", autospec=True, side_effect=SessionBase.__init__) as made,
        mock.patch.object(BaseStorage, "__init__", autospec=True, side_effect=BaseStorage.__init__) as kept,
        mock.patch.object(auth, "get_user", wraps=auth.get_user) as users,
    ):
        assert Client().get("/bench/hello/").content == b"hello"
        assert (made.call_count, kept.call_count, users.call_count) == (0, 0, 0)

        response = Client().get("/bench/who/")
        assert response.content == b"visitor"
        assert users.call_count == 1 and made.call_count == 1 and kept.call_count == 0
    # Asking who the visitor is read the (empty) session: the answer varies on the cookie, as
    # with the session middleware itself, and sets none.
    assert "Cookie" in response["Vary"]
    assert "sessionid" not in response.cookies


@pytest.mark.urls("tests.bench.urls")
def test_the_language_is_read_from_the_path_at_most_once(db):
    with mock.patch.object(
        translation, "get_language_from_path", wraps=translation.get_language_from_path
    ) as read:
        for _ in range(3):
            response = Client().get("/bench/hello/", HTTP_ACCEPT_LANGUAGE="tr,de;q=0.5")
    # Once for the path's first segment, then remembered (home.middleware.language_of_prefix).
    assert read.call_count <= 1
    # Without a language in the path, the browser's own decides, and caches are told so.
    assert response["Content-Language"] == "tr"
    assert "Accept-Language" in response["Vary"]


@pytest.mark.urls("tests.bench.urls")
def test_a_browsers_language_is_negotiated_once_per_process_not_per_request(db):
    negotiated_language.cache_clear()
    with mock.patch.object(
        translation, "get_language_from_request", wraps=translation.get_language_from_request
    ) as negotiate:
        answers = [
            Client().get("/bench/hello/", HTTP_ACCEPT_LANGUAGE="tr,de;q=0.5")["Content-Language"]
            for _ in range(3)
        ]
        assert negotiate.call_count == 1

        # Another browser, and a visitor who chose a language on the portal, are asked anew.
        polish = Client(HTTP_COOKIE="mokme_language=pl").get("/bench/hello/", HTTP_ACCEPT_LANGUAGE="tr")
        japanese = Client().get("/bench/hello/", HTTP_ACCEPT_LANGUAGE="ja")
        assert negotiate.call_count == 3

    assert answers == ["tr", "tr", "tr"]
    assert polish["Content-Language"] == "pl"
    assert japanese["Content-Language"] == "de"
    assert japanese["Vary"] == "Accept-Language"


@pytest.mark.urls("tests.bench.urls")
def test_a_changed_language_setting_is_negotiated_anew(db, settings):
    assert Client().get("/bench/hello/", HTTP_ACCEPT_LANGUAGE="it")["Content-Language"] == "it"

    settings.LANGUAGES = [("de", "Deutsch"), ("tr", "Türkçe")]

    assert Client().get("/bench/hello/", HTTP_ACCEPT_LANGUAGE="it")["Content-Language"] == "de"


def test_a_pages_language_is_its_address_whatever_the_browser_says(client, home_page):
    response = client.get("/ar/", HTTP_ACCEPT_LANGUAGE="tr", HTTP_COOKIE="django_language=en")

    assert response.status_code == 200
    assert response["Content-Language"] == "ar"
    assert 'lang="ar"' in response.content.decode()
    assert "Accept-Language" not in response.get("Vary", "")


def test_an_address_without_language_still_leads_to_the_browsers_language(client, home_page):
    StandardPageFactory(parent=home_page, title="Über uns", slug="ueber-uns")

    response = client.get("/ueber-uns/", HTTP_ACCEPT_LANGUAGE="de")

    assert response.status_code == 302
    assert response["Location"] == "/de/ueber-uns/"

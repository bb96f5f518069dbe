"""Every public address survives hostile query strings, path segments and numbers: no 5xx, no trace.

A visitor (or a scanner) who sends nonsense gets a 400, 404 or the page
itself, in German and in Arabic, never the error page. Each route gets its
own small budget of examples, so that no route goes unfuzzed.
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from django.conf import settings

from wagtail.models import get_page_models

from tests.fuzz.conftest import COMMON_PARAMETERS, VIEW_PARAMETERS, public_route_names
from tests.fuzz.hostile import (
    ACCEPT_LANGUAGES,
    FuzzBrowser,
    fuzzing,
    header_value,
    path_numbers,
    path_tails,
    query_strings,
    values,
)

pytestmark = pytest.mark.django_db

ROUTES = public_route_names()
NUMBERED_ROUTES = (
    "EventCalendarPage.day",
    "EventCalendarPage.month",
    "EventPage.cancel",
    "EventPage.confirm",
    "EventPage.registered",
    "wagtailcore_authenticate_with_password",
    "wagtaildocs_authenticate_with_password",
)
# Each parameter a view reads is fuzzed on its own (in company); other views get the common names.
QUERY_CASES = [(name, focus) for name in ROUTES for focus in VIEW_PARAMETERS.get(name) or (None,)]
QUERY_EXAMPLES, TAIL_EXAMPLES, NUMBER_EXAMPLES, HEADER_EXAMPLES = 6, 6, 30, 40


def test_the_fuzz_site_has_every_page_type_and_every_route(fuzz_site):
    for model in get_page_models():
        if model.is_creatable:
            assert model in fuzz_site.page_models, f"the fuzz site has no {model.__name__}"
    assert set(ROUTES) == set(fuzz_site.routes), "the site and the URLconf disagree on the public routes"
    assert {"de", "ar"} <= set(fuzz_site.route("search").paths)
    numbered = {route.name for route in fuzz_site.routes.values() if route.placeholders}
    assert numbered == set(NUMBERED_ROUTES), "a route with numbers in its path is missing below"


@pytest.mark.parametrize("name", ROUTES)
def test_the_address_answers_without_hostile_input(fuzz_site, name):
    route = fuzz_site.route(name)
    browser = FuzzBrowser()
    for language in route.paths:
        response = browser.request("get", route.url(language))
        assert response.status_code in (200, 301, 302), (language, response.status_code)


@pytest.mark.parametrize(("name", "focus"), QUERY_CASES)
def test_hostile_query_strings(fuzz_site, name, focus):
    route = fuzz_site.route(name)

    @fuzzing(f"query {name} {focus}", QUERY_EXAMPLES)
    @given(
        language=st.sampled_from(sorted(route.paths)),
        query=query_strings(focus, route.parameters, COMMON_PARAMETERS, fuzz_site.real_values),
    )
    def visit(language, query):
        FuzzBrowser().request("get", f"{route.url(language)}?{query}")

    visit()


@pytest.mark.parametrize("name", ROUTES)
def test_hostile_path_segments(fuzz_site, name):
    route = fuzz_site.route(name)

    @fuzzing(f"tail {name}", TAIL_EXAMPLES)
    @given(language=st.sampled_from(sorted(route.paths)), tail=path_tails())
    def visit(language, tail):
        FuzzBrowser().request("get", f"{route.url(language).rstrip('/')}/{tail}")

    visit()


@pytest.mark.parametrize("name", NUMBERED_ROUTES)
def test_hostile_numbers_in_the_path(fuzz_site, name):
    route = fuzz_site.route(name)

    @fuzzing(f"numbers {name}", NUMBER_EXAMPLES)
    @given(language=st.sampled_from(sorted(route.paths)), numbers=path_numbers(route.numbers))
    def visit(language, numbers):
        FuzzBrowser().request("get", route.url(language, **numbers))

    visit()


def test_hostile_language_headers_and_cookies(fuzz_site):
    # The root chooses the visitor's language from these; every page may read them.
    routes = sorted(fuzz_site.routes.values(), key=lambda route: route.name)

    @fuzzing("language headers", HEADER_EXAMPLES)
    @given(
        route=st.sampled_from(routes),
        language=st.sampled_from(["de", "ar", ""]),
        accept=header_value(st.one_of(st.sampled_from(ACCEPT_LANGUAGES), values(fuzz_site.real_values))),
        cookie=header_value(
            st.one_of(st.sampled_from(["de", "ar", "kmr", "ku", "xx"]), values(fuzz_site.real_values))
        ),
    )
    def visit(route, language, accept, cookie):
        browser = FuzzBrowser()
        browser.client.cookies[settings.LANGUAGE_COOKIE_NAME] = cookie
        url = route.url(language if language in route.paths else sorted(route.paths)[0])
        browser.request("get", url, HTTP_ACCEPT_LANGUAGE=accept)

    visit()

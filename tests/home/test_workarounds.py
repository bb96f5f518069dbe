"""Each wagtail-modeltranslation workaround (home/languages/workarounds.py) is still needed.

Every test runs the upstream code the portal replaces and asserts that the problem is still
there. When an upgrade fixes it upstream, the test fails and says which workaround to remove.
"""

import re

import pytest

from django.conf.locale import LANG_INFO
from django.db import connection
from django.http import Http404
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail import hooks
from wagtail_modeltranslation import patch_wagtailadmin as upstream
from wagtail_modeltranslation import wagtail_hooks as upstream_hooks

from home.languages import workarounds
from home.models import StandardPage
from tests.factories import StandardPageFactory

# A WHERE clause on a slug column: "slug" = …, "slug_tr" = …
SLUG_FILTER = re.compile(r'"slug(_[a-z]+)?" = ')


def _slug_filtered(queries) -> bool:
    return any(SLUG_FILTER.search(query["sql"]) for query in queries.captured_queries)


@pytest.fixture
def section(home_page):
    section = StandardPageFactory(parent=home_page, title="Angebote", slug="angebote")
    for number in range(3):
        StandardPageFactory(parent=section, title=f"Kurs {number}", slug=f"kurs-{number}")
    return StandardPage.objects.get(pk=section.pk)


def test_routing_is_still_needed(section):
    request = RequestFactory().get("/de/angebote/kurs-2/")
    with CaptureQueriesContext(connection) as queries:
        found = upstream._new_route(section, request, ["kurs-2"]).page
    assert found.slug == "kurs-2"
    assert not _slug_filtered(queries), (
        "wagtail-modeltranslation now asks the database for the child by its slug: "
        "remove workaround ROUTING (home/languages/workarounds.py)"
    )
    # The portal reads the pages along the address in one query, then the page's own type.
    with CaptureQueriesContext(connection) as queries:
        assert workarounds.route(section, request, ["kurs-2"]).page == found
    assert len(queries) == 2


def test_slug_check_is_still_needed(section):
    page = StandardPage.objects.get(slug="kurs-0")
    with CaptureQueriesContext(connection) as queries:
        assert upstream._validate_slugs(page) == {}
    assert not _slug_filtered(queries), (
        "wagtail-modeltranslation now checks sibling slugs in the database: "
        "remove workaround SLUG_CHECK (home/languages/workarounds.py)"
    )
    page.slug = "kurs-1"
    assert set(workarounds.slug_conflicts(page)) >= {"slug_de", "slug_tr"}
    # Installed on every translated page type, keeping the model's own clean.
    assert StandardPage.clean.mokme_slug_check


def test_stream_copy_is_still_needed():
    assert getattr(upstream_hooks.return_translation_target_field_rendered_html, "csrf_exempt", False), (
        "wagtail-modeltranslation's copy view is no longer CSRF-exempt: check its permission "
        "checks and remove workaround STREAM_COPY if they hold (home/languages/workarounds.py)"
    )
    for hook_name, function_name in workarounds.UNWANTED_HOOKS:
        assert function_name in vars(upstream_hooks), (
            f"remove workaround STREAM_COPY: {function_name} is gone"
        )
        assert all(
            not (
                function.__module__.startswith("wagtail_modeltranslation")
                and function.__name__ == function_name
            )
            for function in hooks.get_hooks(hook_name)
        )


def test_german_slugs_are_still_needed(client, home_page):
    page = StandardPageFactory(
        parent=home_page, title="Über uns", slug="ueber-uns", title_tr="Hakkımızda", slug_tr="hakkimizda"
    )
    home = type(home_page).objects.get(pk=home_page.pk)
    request = RequestFactory().get("/tr/ueber-uns/")
    with translation.override("tr"), pytest.raises(Http404):
        upstream._new_route(home, request, ["ueber-uns"])
        pytest.fail(
            "wagtail-modeltranslation now finds a page by its German slug under another language: "
            "remove workaround GERMAN_SLUGS (home/languages/serving.py, mokme_cms/urls.py)"
        )
    response = client.get("/tr/ueber-uns/")
    assert response.status_code == 301 and response["Location"] == "/tr/hakkimizda/"
    assert page.pk


def test_kurmanji_is_still_needed():
    import django.conf.locale

    source = open(django.conf.locale.__file__, encoding="utf-8").read()  # noqa: SIM115
    assert '"kmr"' not in source, (
        "Django now knows Kurmancî: remove workaround KURMANJI (LANG_INFO in mokme_cms/settings/base.py)"
    )
    assert LANG_INFO["kmr"]["name_local"] == "Kurmancî"
    assert translation.get_language_info("kmr")["bidi"] is False


def test_labels_follow_the_admin_language_without_a_workaround():
    """LABELS was removed: modeltranslation's own labels are lazy. This keeps them honest."""
    field = StandardPage._meta.get_field("intro_tr")
    with translation.override("de"):
        assert str(field.verbose_name) == "Einleitung [tr]"
    with translation.override("en"):
        assert str(field.verbose_name) == "introduction [tr]"


def test_site_root_paths_are_still_needed(rf, home_page, cache_reads):
    request = rf.get("/de/")
    for code in ("de", "tr", "de", "tr"):
        with translation.override(code):
            upstream._new_get_site_root_paths(home_page, request)
    assert len(cache_reads) == 4, (
        "upstream keeps each language's site root paths per request now: "
        "remove workaround SITE_ROOT_PATHS (home/sites.py)"
    )

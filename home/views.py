"""Views of the portal frame that are not Wagtail pages."""

import sys

import psycopg

from django.conf import settings
from django.core.exceptions import BadRequest
from django.db import InterfaceError, OperationalError
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.template import loader
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language, get_language_bidi, gettext
from django.utils.translation.trans_real import parse_accept_lang_header
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from home.languages import DEFAULT_LANGUAGE, LANGUAGE_CODES
from home.page_cache import SITE, SITEMAP, cache_response_with
from home.sitemap import sitemap_entries

# What a lost or refused database connection raises; other errors stay a 500.
DATABASE_OUTAGES = (OperationalError, InterfaceError, psycopg.OperationalError, psycopg.InterfaceError)
RETRY_AFTER_SECONDS = 60

# Browsers name Kurdish "ku"; the portal publishes its Kurmancî (Latin script) variant.
LANGUAGE_ALIASES = {"ku": "kmr", "kmr": "kmr"}


def preferred_language(request) -> str:
    """The visitor's remembered choice, else their browser's first portal language, else German."""
    remembered = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    if remembered in LANGUAGE_CODES:
        return remembered
    for tag, _quality in parse_accept_lang_header(request.headers.get("Accept-Language", "")):
        tag = tag.lower()
        primary = tag.split("-")[0]
        for candidate in (tag, primary, LANGUAGE_ALIASES.get(primary)):
            if candidate in LANGUAGE_CODES:
                return candidate
    return DEFAULT_LANGUAGE


@require_safe
def root_redirect(request):
    response = HttpResponseRedirect(f"/{preferred_language(request)}/")
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


@require_safe
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    cache_response_with(request, {SITE})
    sitemap_url = request.build_absolute_uri("/sitemap.xml")
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /documents/", f"Sitemap: {sitemap_url}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_safe
def sitemap(request):
    cache_response_with(request, {SITEMAP})
    return render(
        request,
        "home/sitemap.xml",
        {"entries": sitemap_entries(request)},
        content_type="application/xml; charset=utf-8",
    )


def media_documents_refused(request, path):
    """Documents are served only through Wagtail's view, which checks the collection's
    privacy; their files' own addresses under MEDIA_URL never answer (nginx: README)."""
    raise Http404


def bad_request(request, exception=None):
    """The 400 page, in the visitor's language, saying what was wrong where we know it.

    Only the portal's own BadRequest texts are shown (a page number, a filter value). Django's
    SuspiciousOperation texts name the rejected host or header, which must not be echoed.
    """
    message = str(exception) if isinstance(exception, BadRequest) and exception.args else ""
    return render(request, "400.html", {"message": message}, status=400)


def _is_database_outage(error):
    """Django's wrapped errors and psycopg's own, also as the cause of another error.

    A database host that stops answering can surface as a bare psycopg error (raised where
    Django does not wrap it) or inside another exception; either is an outage, not a fault.
    """
    seen = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, DATABASE_OUTAGES):
            return True
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return False


def server_error(request):
    """The 500 page: rendered without touching the database, which may be what failed.

    When the database is what failed, the visitor gets a 503 saying the portal is briefly
    unavailable, with a hint when to come back; pages in the page cache are still served.
    """
    if _is_database_outage(sys.exc_info()[1]):
        status = 503
        context = {
            "heading": gettext("The portal is briefly unavailable"),
            "message": gettext(
                "We are working on it. Please try again in a minute; "
                "some pages of the portal can still be opened meanwhile."
            ),
            "action_label": gettext("Try again"),
            "action_url": request.path,
        }
    else:
        status = 500
        context = {
            "heading": gettext("Something went wrong"),
            "message": gettext(
                "The portal could not show this page because of a fault on our side. "
                "We have been notified. Please try again in a few minutes."
            ),
            "action_label": gettext("Go to the home page"),
            "action_url": f"/{get_language()}/",
        }
    context["rtl"] = get_language_bidi()
    response = HttpResponse(loader.get_template("error_without_database.html").render(context), status=status)
    if status == 503:
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response

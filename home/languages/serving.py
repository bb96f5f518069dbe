"""Serving pages: Wagtail's serve view plus a way back from German slugs.

A link shared from the German portal, or a visitor who changes /de/ to /tr/
in the address bar, arrives with German slugs under another language. Those
are answered with a permanent redirect to the page's translated address.
"""

from django.http import Http404, HttpResponsePermanentRedirect
from django.utils import translation

from wagtail.models import Site
from wagtail.views import serve

from home.languages import DEFAULT_LANGUAGE, active_language
from home.languages.alternates import page_url
from home.languages.routing import route_to_itself, routes_itself
from home.languages.workarounds import route


def serve_page(request, path):
    _route_from_site_root(request, path)
    try:
        return serve(request, path)
    except Http404:
        target = _translated_address(request, path)
        if target is None:
            raise
        return HttpResponsePermanentRedirect(target)


def _route_from_site_root(request, path):
    """Route as Wagtail's serve view does, without first loading the home page's own type:
    the one query of `routing` starts from the site's root page as the site lookup read it.
    Wagtail's view takes the result from where it keeps it for the request."""
    site = Site.find_for_request(request)
    components = [component for component in path.split("/") if component]
    if site is None or routes_itself(site.root_page, components):
        return
    try:
        if components:
            request._wagtail_route_for_request = route(site.root_page, request, components)
        else:
            request._wagtail_route_for_request = route_to_itself(
                site.root_page, request, active_language().code
            )
    except Http404:
        request._wagtail_route_for_request = None


def _translated_address(request, path):
    code = translation.get_language()
    if code == DEFAULT_LANGUAGE:
        return None
    site = Site.find_for_request(request)
    if site is None:
        return None
    components = [component for component in path.split("/") if component]
    with translation.override(DEFAULT_LANGUAGE):
        try:
            page = site.root_page.localized.specific.route(request, components).page
        except Http404:
            return None
        german_url = page_url(page, DEFAULT_LANGUAGE, request)
    requested_in_german = f"/{DEFAULT_LANGUAGE}/{path}"
    remainder = requested_in_german[len(german_url) :] if requested_in_german.startswith(german_url) else ""
    target = page_url(page, code, request) + remainder
    if target == request.path:
        return None
    query = request.GET.urlencode()
    return f"{target}?{query}" if query else target

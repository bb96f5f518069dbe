"""URLs of the same content in other languages: switcher, canonical, hreflang."""

import functools
from dataclasses import dataclass

from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import NoReverseMatch, Resolver404, get_script_prefix, get_urlconf, resolve, reverse
from django.utils import translation

from home.languages import DEFAULT_LANGUAGE, LANGUAGE_CODES, Language, active_language, get_language
from home.per_request import once_per_request


@dataclass(frozen=True)
class LanguageLink:
    language: Language
    url: str
    is_current: bool
    is_available: bool  # False: the content shows the German fallback there


def page_url(page, code: str, request=None, *, full: bool = False) -> str:
    """The page's URL in a language: its translated slugs under `/<code>/`.

    Worked out once per request and language: the switcher, the hreflang links, the canonical
    link and the structured data all ask for the same few, and each costs Wagtail's URL lookup
    under another language. The page's own path is part of the key, so that a draft shown in a
    preview is never given the live page's address.
    """

    def translated_url():
        with translation.override(code):
            return page.get_url(request)

    url = once_per_request(request, "_page_urls", (page.pk, page.url_path, code), translated_url)
    if full and request is not None:
        return request.build_absolute_uri(url)
    return url


def _sub_path(page, request) -> str:
    """What follows the page's own URL, e.g. `2026/12/` of a routable archive."""
    if request is None:
        return ""
    own_url = page_url(page, active_language().code, request)
    if own_url and request.path.startswith(own_url):
        return request.path[len(own_url) :]
    return ""


def _query_of(request) -> str:
    """The request's query, encoded once for all the languages' links."""
    return request.GET.urlencode() if request is not None else ""


def _with_query(url: str, query: str) -> str:
    return f"{url}?{query}" if query else url


def language_links(request, page=None, *, to_home=False) -> list[LanguageLink]:
    """One link per language the current view is offered in, to the same content."""
    current = active_language().code
    query = _query_of(request)
    if page is not None and not to_home:
        sub_path = _sub_path(page, request)
        return [
            LanguageLink(
                language=get_language(code),
                url=_with_query(page_url(page, code, request) + sub_path, query),
                is_current=code == current,
                is_available=page.is_available_in(code),
            )
            for code in page.offered_languages()
        ]
    paths = {code: f"/{code}/" for code in LANGUAGE_CODES} if to_home else _translated_paths(request, query)
    return [
        LanguageLink(
            language=get_language(code),
            url=paths[code],
            is_current=code == current,
            is_available=True,
        )
        for code in LANGUAGE_CODES
    ]


def _translated_paths(request, query: str) -> dict[str, str]:
    """The current non-page view in each language, with `query`; its home page where the path
    is unknown."""
    if request is None:
        return {code: f"/{code}/" for code in LANGUAGE_CODES}
    paths = _paths_in_each_language(
        translation.get_language(), get_urlconf(), get_script_prefix(), request.path_info, request.path
    )
    return {code: _with_query(path, query) for code, path in paths.items()}


@functools.lru_cache(maxsize=1024)
def _paths_in_each_language(language, urlconf, script_prefix, path_info, path) -> dict[str, str]:
    """Django's translate_url for a path, in every language at once: the path is resolved once
    instead of once for each, and the answers are remembered per process under what resolving
    depends on, the active language (the prefix and the translated words a path is matched
    with), the URL configuration and the script prefix (the search page's switcher resolved and
    reversed its path for each of the eleven languages on every search). Bounded: made-up
    addresses only push out each other.
    """
    try:
        match = resolve(path_info, urlconf)
    except Resolver404:
        return {code: f"/{code}/" for code in LANGUAGE_CODES}
    paths = {}
    for code in LANGUAGE_CODES:
        with translation.override(code):
            try:
                paths[code] = reverse(match.view_name, urlconf, args=match.args, kwargs=match.kwargs)
            except NoReverseMatch:
                paths[code] = path
    return paths


@receiver(setting_changed)
def _forget_translated_paths(setting, **kwargs):
    if setting in ("ROOT_URLCONF", "LANGUAGES", "LANGUAGE_CODE", "LOCALE_PATHS"):
        _paths_in_each_language.cache_clear()


@dataclass(frozen=True)
class Alternates:
    canonical: str
    alternates: list[tuple[str, str]]  # (hreflang, absolute URL), x-default last


def page_alternates(page, request) -> Alternates:
    """Canonical URL and hreflang alternates listing only languages that have the content.

    Once per request and language: the head's links and the structured data both need them.
    """
    current = active_language().code
    key = (page.pk, page.url_path, current)
    return once_per_request(request, "_page_alternates", key, lambda: _alternates(page, request, current))


def _alternates(page, request, current) -> Alternates:
    available = page.available_languages()
    alternates = [(code, page_url(page, code, request, full=True)) for code in available]
    german_url = page_url(page, DEFAULT_LANGUAGE, request, full=True)
    canonical = dict(alternates).get(current, german_url)
    if len(alternates) > 1:
        alternates.append(("x-default", german_url))
    else:
        alternates = []
    return Alternates(canonical=canonical, alternates=alternates)

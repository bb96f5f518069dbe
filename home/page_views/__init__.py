"""Cookieless page-view counts, counted at the moment a page is served (fresh or from the page cache).

One Redis HINCRBY per view into one hash whose fields are ``page|language|day|device``, with
``|fallback`` added when the page showed its German text because it is not translated into the
visitor's language (which translations are most wanted); nothing about the visitor is kept
beyond phone or desktop. Bots, HEAD requests, errors and non-HTML
answers are not counted. Without Redis (a single process on local memory) or while Redis is
away, views are not counted and the page is served as ever. The scheduled job
`flush_page_views` adds the counts to PostgreSQL (home.page_views.flush).
"""

import functools
import logging
import re

from django.core.cache import caches

from home.page_cache.backend import CACHE_OUTAGES, OUTAGE, ResilientRedisCache
from home.today import portal_today

logger = logging.getLogger("mokme.page_views")

# Carries "page id language [fallback]" from a rendered page into its page-cache entry; never sent out.
VIEW_HEADER = "X-Mokme-Page-View"
HASH = "pageviews"
FALLBACK = "fallback"
BOTS = re.compile(
    r"bot|crawl|spider|slurp|archiver|fetcher|scrapy|curl|wget|python-|httpclient|headless|lighthouse|monitor|preview",
    re.IGNORECASE,
)


def redis_client():
    """The Redis client behind the cache, or None when the cache is not Redis or is away."""
    backend = caches["default"]
    if not isinstance(backend, ResilientRedisCache) or OUTAGE.active(backend._location):
        return None
    return backend._cache.get_client(write=True)


def hash_key():
    return caches["default"].make_key(HASH)


# From META: `request.headers` builds a dictionary of every header first, which on a page-cache
# hit nothing else needs.
def device_of(request):
    if request.META.get("HTTP_SEC_CH_UA_MOBILE") == "?1":
        return "phone"
    return "phone" if "Mobi" in request.META.get("HTTP_USER_AGENT", "") else "desktop"


# A browser's agent is a few hundred characters; a longer one is searched without being kept,
# so that made-up agents cannot fill the memo with kilobytes each.
AGENT_KEPT_LENGTH = 512


def is_bot(request):
    agent = request.META.get("HTTP_USER_AGENT", "")
    if len(agent) > AGENT_KEPT_LENGTH:
        return _is_bot_agent.__wrapped__(agent)
    return _is_bot_agent(agent)


# Readers' browsers send a few hundred different User-Agent strings: each is searched for the
# robots' words once, not on every page-cache hit (the search was a tenth of a hit's CPU).
@functools.lru_cache(maxsize=2048)
def _is_bot_agent(agent):
    agent = agent.strip()
    return not agent or bool(BOTS.search(agent))


def mark(request, page, language):
    """Called as a page is served: this request shows ``page`` in ``language``.

    Decided with the page, so that a hit from the page cache counts as what its first visitor
    saw: the page's German text in place of a missing translation, as the page says it does.
    """
    is_available_in = getattr(page, "is_available_in", None)
    fallback = is_available_in is not None and not is_available_in(language)
    request.page_view = f"{page.pk} {language} {FALLBACK}" if fallback else f"{page.pk} {language}"


def field_for(request, view):
    """The hash field counting ``view`` ("page id language [fallback]") for ``request``; None for
    no reader's GET."""
    if not view or request.method != "GET" or is_bot(request):
        return None
    page_id, language, *fallback = view.split(" ")
    field = f"{page_id}|{language}|{portal_today()}|{device_of(request)}"
    if fallback == [FALLBACK]:
        field += f"|{FALLBACK}"
    return field


def count(request, response, view, counted=None):
    """Counts one view of ``view`` ("page id language"), unless it is no reader's view of a page.

    ``counted`` is a view the page cache counted already, on the chance that it would serve that
    page (home.page_cache); if the page rendered instead is another, or no reader's view, that
    count is taken back.
    """
    if view is None and counted is None:
        # Nothing shown that counts (a search, a feed, an error) and nothing to take back.
        return
    countable = response.status_code == 200 and response.get("Content-Type", "").startswith("text/html")
    if counted is not None:
        if countable and view == counted:
            return
        _add(field_for(request, counted), -1)
    if countable:
        _add(field_for(request, view), 1)


def _add(field, views):
    if field is None:
        return
    try:
        client = redis_client()
        if client is not None:
            client.hincrby(hash_key(), field, views)
    except CACHE_OUTAGES as error:
        # A lost count is better than a slow or broken page; the cache's outage pause applies.
        backend = caches["default"]
        OUTAGE.begin(backend._location, backend.retry_after, error)
    except Exception:
        logger.exception("Page views: could not count")


def privacy_section(request, page):
    """The privacy statement's section on the counts, when the server counts (it has Redis)."""
    from django.template.loader import render_to_string

    if not isinstance(caches["default"], ResilientRedisCache):
        return None
    return render_to_string("home/includes/page_views_privacy.html", request=request)

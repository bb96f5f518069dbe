"""Whole-page cache for anonymous visitors, kept true by publishing.

A cached page is stored with the *tags* of what it shows, each with the version the tag had
when the page was rendered. Publishing, unpublishing, moving or deleting a page gives the
tags of that page a new version, so every cached page that showed it no longer matches and is
rendered afresh on the next request, in every language, on every app server sharing the cache.

Tags:
- ``site``: menus, footer, settings, taxonomy, images; changing these renews everything.
- ``tree:<path>``: a page and each of its ancestors (breadcrumbs, subsite header, addresses).
- ``subtree:<path>``: a page that lists content from below itself (an organisation's subsite
  home shows its events and news).
- a kind (``events``, ``news``, ``press``, ``organisations``, ``partners``): listings, the
  home page and feeds that show every item of that kind.
- ``sitemap``: the sitemap, which lists every page.

Nothing here touches the database: a page in the cache is served while PostgreSQL is down.
"""

import hashlib
import logging
import secrets
import threading
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.http import urlencode

from home.page_cache.http import StoredPageResponse, add_etag, stored_body
from home.page_views import HASH as VIEWS_HASH
from home.page_views import VIEW_HEADER, count, field_for
from home.per_request import memo_for_the_request, request_memo
from home.today import portal_today

logger = logging.getLogger("mokme.page_cache")

SITE = "site"
# Where a visit's memo holds what it read for its fragments at once (home.page_cache.fragments).
FRAGMENT_READS = "fragment_reads"
SITEMAP = "sitemap"
# Language-neutral areas and per-visitor answers are never cached.
UNCACHED_PREFIXES = ("/admin/", "/documents/", "/static/", "/media/", "/healthz", "/readyz")
# A visitor with one of these cookies may see something personal (a login, a message).
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
TREE_STEP = 4  # treebeard's path step: each ancestor's path is a prefix of this length more
# Part of each page's key: entries stored in another form by an earlier release are not read.
ENTRY_FORMAT = "v2"


def _tag_key(tag):
    return f"pagecache:tag:{tag}"


def _page_key(request):
    # The date is part of the key: "today", "upcoming" and "past" move at midnight. The query's
    # parameters are sorted, so that one filter in two orders is one entry.
    today = portal_today()
    query = ""
    if request.META.get("QUERY_STRING"):
        query = urlencode(sorted((name, value) for name, values in request.GET.lists() for value in values))
    address = f"{request.get_host()}{request.path}?{query}"
    return f"pagecache:page:{ENTRY_FORMAT}:{today}:{hashlib.sha256(address.encode()).hexdigest()}"


def _path_prefixes(path):
    return [path[:length] for length in range(TREE_STEP * 2, len(path) + 1, TREE_STEP)]


# --- What a page shows -------------------------------------------------------------------


def tags_for_page(page):
    """The tags of everything a served page shows."""
    tags = {f"tree:{prefix}" for prefix in _path_prefixes(page.path)}
    if getattr(page, "page_cache_lists_subtree", False):
        tags.add(f"subtree:{page.path}")
    tags.update(getattr(page, "page_cache_listings", ()))
    return tags


def tags_for_pages_shown(pages):
    """Tags for pages a page mentions by title and address (not its own ancestors)."""
    return {f"tree:{page.path}" for page in pages}


def tags_changed_by(page):
    """The tags whose pages must be rendered afresh when ``page`` changes."""
    tags = {SITEMAP, f"tree:{page.path}"}
    tags.update(f"subtree:{prefix}" for prefix in _path_prefixes(page.path)[:-1])
    kind = getattr(page, "page_cache_kind", None)
    if kind:
        tags.add(kind)
    # The page's siblings show it in a navigation (an organisation's subsite menu).
    if getattr(page, "page_cache_in_parent_navigation", False) and len(page.path) > TREE_STEP:
        tags.add(f"tree:{page.path[:-TREE_STEP]}")
    # The home page and its children make up the main menu on every page.
    if page.depth <= 3:
        tags.add(SITE)
    return tags


def cache_response_with(request, tags, parameters=()):
    """Marks the response to ``request`` as cacheable, showing ``tags`` and the site frame.

    ``parameters`` are the query parameters the page understands (its filters, the page
    number); a request with any other is answered but not stored, so that random query
    strings cannot fill the cache with copies of one page.
    """
    request.page_cache_tags = set(tags) | {SITE}
    request.page_cache_parameters = frozenset(parameters)


def add_cache_tags(request, tags):
    """Adds what a page shows beyond its own tree (a press release's related events)."""
    if hasattr(request, "page_cache_tags"):
        request.page_cache_tags.update(tags)


# --- Invalidation ------------------------------------------------------------------------


def renew(tags):
    """Gives each tag a new version, now and again when the transaction commits.

    Now, so that the next request in this process renders afresh; on commit, so that a
    request on another server that rendered the old content in between is not kept.
    """
    tags = set(tags)

    def bump():
        _bump(tags)

    bump()
    transaction.on_commit(bump)


# Tags whose renewal did not reach the cache (Redis was away); renewed before this process
# serves anything from the cache again, so a change made during an outage is not hidden by a
# page stored before it.
_unrenewed = set()
_unrenewed_lock = threading.Lock()


def _new_version():
    # A number, not a string: Django's Redis serializer keeps integers as they are and reads them
    # back with int(), where a string is pickled, and unpickled on every hit for each of the
    # page's tags (after int() has failed on it first).
    return secrets.randbits(62)


def _bump(tags):
    # What this visit read for its fragments at once is older than these tags now.
    memo = request_memo()
    if memo is not None:
        memo.pop(FRAGMENT_READS, None)
    try:
        failed = cache.set_many({_tag_key(tag): _new_version() for tag in tags}, timeout=None)
    except Exception:
        logger.exception("Page cache: could not renew %s", sorted(tags))
        failed = True
    with _unrenewed_lock:
        if failed:
            _unrenewed.update(tags)
        else:
            _unrenewed.difference_update(tags)
    return not failed


def _renew_what_an_outage_kept():
    # Nothing kept, as on almost every request: answered without the lock and without a copy. A
    # tag an outage adds meanwhile is renewed by the next request.
    if not _unrenewed:
        return True
    with _unrenewed_lock:
        tags = set(_unrenewed)
    return not tags or _bump(tags)


def page_changed(page):
    renew(tags_changed_by(page))


def everything_changed():
    renew({SITE})


# --- Serving -----------------------------------------------------------------------------


def _may_use_cache(request):
    if settings.PAGE_CACHE_SECONDS <= 0 or request.method not in ("GET", "HEAD"):
        return False
    if request.path_info.startswith(UNCACHED_PREFIXES) or request.path_info == "/":
        return False
    return not any(name in request.COOKIES for name in PERSONAL_COOKIES)


def _may_store(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if set(request.GET) - getattr(request, "page_cache_parameters", frozenset()):
        return False
    # Search results depend on free text: each would be an entry of its own.
    if request.GET.get("q", "").strip():
        return False
    # A rendered CSRF token belongs to one visitor; such a page is a form, not an article.
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    cache_control = response.get("Cache-Control", "")
    if any(word in cache_control for word in ("private", "no-cache", "no-store")):
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


# What each page was last stored or served with: its tags' keys and the view it counts. With
# them a hit asks Redis once for the page and its tags' versions together, and counts the view in
# the same round trip. Only a hint: an entry stored with other tags (another process rendered the
# page anew) costs a second round trip, as every lookup did before. A hinted view is counted before
# the entry is checked; if another page or none is served instead, home.page_views takes it back.
HINTS_KEPT = 4096
_hints = OrderedDict()
_hints_lock = threading.Lock()


def _remember(page_key, tag_keys, view):
    with _hints_lock:
        _hints[page_key] = (tag_keys, view)
        _hints.move_to_end(page_key)
        while len(_hints) > HINTS_KEPT:
            _hints.popitem(last=False)


# Addresses whose last answer in this process said nothing about what it shows (no tags: a search,
# an error page, a view outside the page cache): their next request is rendered without asking
# Redis first, as nothing can be stored for it. Only a hint: skipping the lookup only ever
# renders afresh, and an answer with tags (the page was published meanwhile) drops it.
_untagged = OrderedDict()


def _address(request):
    """The untagged hints' key: the address as the request wrote it, hashed by Python.

    Neither the host check nor SHA-256 nor the date of the page's key: a request the cache never
    answers does none of that work. A collision of two addresses only skips a lookup, and the
    number keeps the hints small whatever addresses a client makes up.
    """
    meta = request.META
    return hash(
        (meta.get("HTTP_X_FORWARDED_HOST"), meta.get("HTTP_HOST"), request.path, meta.get("QUERY_STRING"))
    )


def _remember_untagged(address):
    # Remembered already: left where it is, without the lock. An address still asked for that
    # 4,096 others push out costs one lookup more.
    if address in _untagged:
        return
    with _hints_lock:
        _untagged[address] = True
        while len(_untagged) > HINTS_KEPT:
            _untagged.popitem(last=False)


def _forget_untagged(address):
    if address in _untagged:
        with _hints_lock:
            _untagged.pop(address, None)


def _counted_view(headers):
    """The view a hit of a page with these headers counts: HTML pages only, as home.page_views."""
    headers = dict(headers)
    if not headers.get("Content-Type", "").startswith("text/html"):
        return None
    return headers.get(VIEW_HEADER)


def _fetch(request, keys, view):
    """The cache entries of ``keys``, and ``view`` if this request's view of it was counted with them."""
    field = field_for(request, view) if view else None
    if field is None or not hasattr(cache, "get_many_and_hincrby"):
        return cache.get_many(keys), None
    found, counted = cache.get_many_and_hincrby(keys, VIEWS_HASH, field)
    return found, view if counted else None


def _lookup(request, page_key):
    """The cached response, or None; and the view counted meanwhile, or None."""
    hinted_tags, hinted_view = _hints.get(page_key, ((), None))
    found, counted = _fetch(request, [page_key, *hinted_tags], hinted_view)
    entry = found.get(page_key)
    if entry is None:
        return None, counted
    stored_versions, status, headers, coding, body = entry
    tag_keys = tuple(_tag_key(tag) for tag in stored_versions)
    view = _counted_view(headers)
    if (tag_keys, view) != (hinted_tags, hinted_view):
        found = cache.get_many(list(tag_keys))
        _remember(page_key, tag_keys, view)
    if any(found.get(_tag_key(tag)) != version for tag, version in stored_versions.items()):
        return None, counted
    if coding == "br":
        response = StoredPageResponse(body, status=status)
    else:
        response = HttpResponse(body, status=status)
    # Checked by Django when the page was rendered and stored; written as they were, not checked
    # again for line breaks and encoding on every hit.
    response.headers._store.update((name.lower(), (name, value)) for name, value in headers)
    return response, counted


def current_versions(tags):
    """Each tag's version now, a new one for a tag never seen: what a stored entry was made with."""
    keys = {_tag_key(tag): tag for tag in tags}
    versions = cache.get_many(list(keys))
    missing = {key: _new_version() for key in keys if key not in versions}
    for key, version in missing.items():
        # Another process may have set the tag meanwhile; theirs wins.
        if not cache.add(key, version, timeout=None):
            versions[key] = cache.get(key)
        else:
            versions[key] = version
    return {keys[key]: version for key, version in versions.items()}


def _store(request, response, tags, page_key):
    # Stored with the page, the ETag of a hit is the one its first visitor got: no hashing per hit.
    add_etag(response)
    stored_versions = current_versions(tags)
    headers = [(name, value) for name, value in response.headers.items() if name.lower() != "x-cache"]
    # Which page a hit shows, so that it is counted like a fresh view (home.page_views).
    if getattr(request, "page_view", None):
        headers.append((VIEW_HEADER, request.page_view))
    coding, body = stored_body(response)
    entry = (stored_versions, response.status_code, headers, coding, body)
    cache.set(page_key, entry, timeout=settings.PAGE_CACHE_SECONDS)
    _remember(page_key, tuple(_tag_key(tag) for tag in stored_versions), _counted_view(headers))


def _fragments_address(request):
    """Where a visit is, as the fragment cache remembers what each address looked up: the host
    as sent and the path with its query (only a hint, so nothing is checked)."""
    query = request.META.get("QUERY_STRING", "")
    return f"{request.META.get('HTTP_HOST', '')}{request.path}?{query}"


class PageCacheMiddleware:
    """Serves anonymous visitors' pages from the cache; stores pages that said what they show."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        usable = _may_use_cache(request) and _renew_what_an_outage_kept()
        # The view the lookup counted already, if any (home.page_views: once per view).
        counted = None
        address = _address(request) if usable else None
        page_key = None
        if usable and address not in _untagged:
            page_key = _page_key(request)
            try:
                cached, counted = _lookup(request, page_key)
            except Exception:
                # A cache that is down slows the portal down; it must not take it down.
                logger.exception("Page cache: lookup failed")
                cached = None
            if cached is not None:
                cached.headers["X-Cache"] = "hit"
                view = cached.headers.get(VIEW_HEADER)
                if view is not None:
                    del cached.headers[VIEW_HEADER]
                count(request, cached, view, counted)
                return cached

        # A page rendered afresh reads the site rows and the site's pages once (home.sites), and
        # the fragments its address used last time in one round trip (home.page_cache.fragments).
        with memo_for_the_request(address=_fragments_address(request)):
            response = self.get_response(request)
        tags = getattr(request, "page_cache_tags", None)
        # Browsers and proxies revalidate; only this cache, which publishing renews, keeps pages.
        if tags and not response.has_header("Cache-Control"):
            patch_cache_control(response, max_age=0, must_revalidate=True)
        if usable and not tags:
            _remember_untagged(address)
        elif usable:
            _forget_untagged(address)
        if usable and tags and _may_store(request, response):
            try:
                _store(request, response, tags, page_key or _page_key(request))
                response.headers["X-Cache"] = "miss"
            except Exception:
                logger.exception("Page cache: store failed")
        count(request, response, getattr(request, "page_view", None), counted)
        return response

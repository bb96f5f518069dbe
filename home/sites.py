"""The request's site without a database query: Wagtail's site lookup answered from the cache.

Wagtail keeps the request's Site for one request only (`request._wagtail_site`); every request
asks the database again, over every Site with its root page's ~150 translated columns, a query
whose SQL alone takes longer to compile than most others of a page (issue 18). The portal keeps
all Site rows, each with its root page, under one key of the default cache and picks the
request's site from them by Wagtail's own rules.

One key for all sites rather than one per hostname: the hostname comes from the visitor's Host
header (Wagtail reads it before ALLOWED_HOSTS is checked), so a key per hostname would let any
client fill the cache, while the portal has one or two sites.

The cache is Redis in production, shared by every gunicorn worker: the key is dropped when a
Site changes (as Wagtail drops its `Site.get_site_root_paths()` cache) and when a page does,
because the copy carries the root page (titles, slugs and url paths in every language, and
`numchild`, which treebeard's `get_children()` trusts). Without a shared cache each worker
would keep its own copy after another worker changed a site, so production turns the lookup
cache off without Redis (`SITE_LOOKUP_CACHE`). While Redis is away every read is a miss and
the lookup asks the database as Wagtail does; a drop that did not reach Redis is made again
before this process reads the key, as the page cache renews its tags (home/page_cache).
"""

from django.conf import settings
from django.core.cache import cache, caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils.translation import get_language

from wagtail.models import Page, Site
from wagtail.models import sites as wagtail_sites
from wagtail.models.sites import (
    MATCH_DEFAULT,
    MATCH_HOSTNAME,
    MATCH_HOSTNAME_DEFAULT,
    MATCH_HOSTNAME_PORT,
    SiteRootPath,
)
from wagtail.signals import post_page_move
from wagtail_modeltranslation.patch_wagtailadmin import _localized_site_get_site_root_paths

from home.page_cache.backend import OUTAGE
from home.per_request import request_memo

CACHE_KEY = "portal_sites"
# Pages found by their place under a site's root (its calendar, its directory), kept and dropped
# with the sites: any page change drops both.
PAGES_KEY = "portal_site_pages"
# Raise it when what is stored under CACHE_KEY changes shape.
CACHE_VERSION = 2
# A bound on a copy whose dropping was missed (Redis away at that moment, a raw SQL update).
CACHE_SECONDS = 600

_query_site_for_hostname = wagtail_sites.get_site_for_hostname

# Set while a drop of the key may not have reached Redis (it was away), so that a site changed
# during an outage is not hidden afterwards by the copy stored before it.
_drop_pending = False


def install():
    # `Site._find_for_request` calls this module-level function for every request Wagtail has not
    # seen yet, so replacing it serves routing, settings, `page.url` and the portal's own callers,
    # and `Site.find_for_request` keeps its per-request memo.
    wagtail_sites.get_site_for_hostname = site_for_hostname
    # wagtail-modeltranslation set its own on every translated page type (SITE_ROOT_PATHS in
    # home/languages/workarounds.py).
    from home.languages.workarounds import translated_page_models

    for model in {Page, *translated_page_models()}:
        model._get_site_root_paths = site_root_paths
    for signal in (post_save, post_delete):
        signal.connect(forget_sites, sender=Site, dispatch_uid=f"mokme_sites_site_{id(signal)}")
        # Any model is offered: a page's signals name its own class, never Page.
        signal.connect(_forget_sites_for_page, dispatch_uid=f"mokme_sites_page_{id(signal)}")
    post_page_move.connect(forget_sites, dispatch_uid="mokme_sites_page_move")


def site_for_hostname(hostname, port):
    """Wagtail's `get_site_for_hostname`, answered from the cached list of sites."""
    try:
        port = int(port)
    except (TypeError, ValueError):
        # Wagtail's query and its error for a port that is no number.
        return _query_site_for_hostname(hostname, port)
    if not settings.SITE_LOOKUP_CACHE:
        return _query_site_for_hostname(hostname, port)
    return best_site(_cached_sites(), hostname, port)


def _cached_sites():
    if _drop_pending:
        _forget()
    # Read once per request: the request's site and its page URLs both start from these rows.
    memo = request_memo()
    if memo is not None and CACHE_KEY in memo:
        return memo[CACHE_KEY]
    sites = cache.get(CACHE_KEY, version=CACHE_VERSION)
    if sites is None:
        sites = list(Site.objects.select_related("root_page__locale").order_by("pk"))
        cache.set(CACHE_KEY, sites, CACHE_SECONDS, version=CACHE_VERSION)
    if memo is not None:
        memo[CACHE_KEY] = sites
    return sites


# Where a request (or, without one, a page) keeps its site root paths, per language.
ROOT_PATHS_MEMO = "_mokme_site_root_paths"
_SITES = object()  # the memo's entry for the site rows the paths of every language come from


def site_root_paths(page, cache_object=None, **kwargs):
    """`Page._get_site_root_paths`: each site's root path in the active language, from which
    every page URL is built.

    wagtail-modeltranslation's own keeps one language per request and reads the shared cache
    again whenever the language differs (each language link of every page) or there is no
    request (an iCal feed's 300 event URLs): a Redis round trip each, ~75 ms for the district's
    iCal feed. Here a request reads the site rows once (with the site lookup's copy) and keeps
    the paths of every language it asks for; a page asked without a request keeps
    modeltranslation's small copy per language, as upstream does."""
    holder = page if cache_object is None else cache_object
    memo = holder.__dict__.get(ROOT_PATHS_MEMO)
    if memo is None:
        memo = {}
        setattr(holder, ROOT_PATHS_MEMO, memo)
    language = get_language()
    if language not in memo:
        if cache_object is None or not settings.SITE_LOOKUP_CACHE:
            memo[language] = _localized_site_get_site_root_paths()
        else:
            memo[language] = _root_paths(memo)
    return memo[language]


def _root_paths(memo):
    if _SITES not in memo:
        memo[_SITES] = _cached_sites()
    # The root page's url path in the active language (modeltranslation's field, German where
    # untranslated); the longest first, so that the most specific site matches a page.
    paths = [
        SiteRootPath(site.id, site.root_page.url_path, site.root_url, site.root_page.locale.language_code)
        for site in memo[_SITES]
    ]
    return sorted(paths, key=lambda path: path.root_path, reverse=True)


def site_page(name, root, find):
    """What `find()` answers about the pages under the site root `root` (the calendar and news
    index the home page and every subsite link to, the directory), kept with the sites until a
    page or site changes. Several answers share one key; two workers adding theirs at once may
    lose one, which is found again on its next request."""
    if not settings.SITE_LOOKUP_CACHE:
        return find()
    if _drop_pending:
        _forget()
    memo = request_memo()
    if memo is not None and PAGES_KEY in memo:
        found = memo[PAGES_KEY]
    else:
        found = cache.get(PAGES_KEY, version=CACHE_VERSION) or {}
    key = f"{name}:{root.pk}"
    if key not in found:
        found = {**found, key: find()}
        cache.set(PAGES_KEY, found, CACHE_SECONDS, version=CACHE_VERSION)
    if memo is not None:
        memo[PAGES_KEY] = found
    return found[key]


def best_site(sites, hostname, port):
    """The site Wagtail's query would answer for hostname and port (wagtail/models/sites.py)."""
    candidates = [site for site in sites if site.hostname == hostname or site.is_default_site]
    candidates.sort(key=lambda site: _match(site, hostname, port))
    if candidates:
        best = _match(candidates[0], hostname, port)
        if len(candidates) == 1 or best in (MATCH_HOSTNAME_PORT, MATCH_HOSTNAME_DEFAULT):
            return candidates[0]
        # The default site, unless exactly one site has the hostname on another port.
        if best == MATCH_DEFAULT:
            return candidates[len(candidates) == 2]
    raise Site.DoesNotExist()


def _match(site, hostname, port):
    if site.hostname != hostname:
        return MATCH_DEFAULT
    if site.port == port:
        return MATCH_HOSTNAME_PORT
    return MATCH_HOSTNAME_DEFAULT if site.is_default_site else MATCH_HOSTNAME


def forget_sites(**kwargs):
    _forget()
    # Again once the change is committed: another worker that read the old rows before the
    # commit may have stored them after the first drop.
    transaction.on_commit(_forget)


def _forget_sites_for_page(sender, instance, **kwargs):
    if isinstance(instance, Page):
        forget_sites()


def _forget():
    global _drop_pending
    cache.delete_many([CACHE_KEY, PAGES_KEY], version=CACHE_VERSION)
    memo = request_memo()
    if memo is not None:
        memo.pop(CACHE_KEY, None)
        memo.pop(PAGES_KEY, None)
    # The resilient cache answers instead of raising; whether Redis was away tells the outcome.
    _drop_pending = OUTAGE.active(getattr(caches["default"], "_location", None))

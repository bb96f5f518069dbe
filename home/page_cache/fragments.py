"""Parts of the frame that every visitor of a language sees alike: the main menu and the footer.

A page the page cache does not answer (it is off, the visitor is signed in, the page takes
free text) still renders its frame; the menu and the footer cost a site lookup, the menu's
pages with their view restrictions and the portal settings with the legal pages, on every
page. Rendered once per language, site and (for the menu) position in it, they are kept in
the cache beside whole pages and validated the same way: an entry carries the versions of
its tags, and a renewed tag makes it render afresh on its next use, on every app server.

Tags: ``site`` (menus, footer, settings: renewed as for the page cache) and ``frame``,
renewed by any change of any page (saved, published, unpublished, moved, deleted, made
private), since the frame shows pages by title from anywhere in the tree (the legal pages).
Publishing is rare beside reading: renewing the frame costs one render per language.

A cache that is down, or kept renewals back during an outage, makes the frame render
uncached; it never stops a page.
"""

import logging

from django import template
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.utils import translation

from home import page_cache

logger = logging.getLogger("mokme.page_cache")

FRAME = "frame"
TAGS = frozenset({page_cache.SITE, FRAME})


def _key(name, request, vary):
    """None for a host the portal does not serve: its 400 page renders the frame uncached."""
    try:
        host = request.get_host() if request is not None else ""
    except DisallowedHost:
        return None
    return f"pagecache:fragment:{name}:{translation.get_language()}:{host}:{vary}"


# Every fragment shows the same tags: its entry and their versions come in one round trip.
_TAG_KEYS = {page_cache._tag_key(tag): tag for tag in TAGS}


def lookup(key):
    """The cached fragment under ``key`` if every tag it showed is at its stored version."""
    if not page_cache._renew_what_an_outage_kept():
        return None
    found = cache.get_many([key, *_TAG_KEYS])
    entry = found.get(key)
    if entry is None:
        return None
    stored_versions, content = entry
    current = {tag: found.get(tag_key) for tag_key, tag in _TAG_KEYS.items()}
    if any(current.get(tag) != version for tag, version in stored_versions.items()):
        return None
    return content


def store(key, content):
    cache.set(key, (page_cache.current_versions(TAGS), content), timeout=None)


def frame_changed():
    page_cache.renew({FRAME})


class FrameFragmentNode(template.Node):
    def __init__(self, name, vary, nodelist):
        self.name = name
        self.vary = vary
        self.nodelist = nodelist

    def render(self, context):
        vary = self.vary.resolve(context) if self.vary is not None else ""
        key = _key(self.name, context.get("request"), vary)
        if key is None:
            return self.nodelist.render(context)
        try:
            content = lookup(key)
        except Exception:
            logger.exception("Frame cache: lookup failed")
            content = None
        if content is not None:
            return content
        content = self.nodelist.render(context)
        try:
            store(key, content)
        except Exception:
            logger.exception("Frame cache: store failed")
        return content


def frame_fragment(parser, token):
    """``{% frame_fragment "name" [vary] %}…{% endframe_fragment %}``: rendered once per language and site.

    ``vary`` is whatever else the fragment shows differently (the menu: where the visitor is).
    """
    bits = token.split_contents()
    if len(bits) not in (2, 3):
        raise template.TemplateSyntaxError(f"{bits[0]} takes a name and at most one value it varies by")
    name = bits[1].strip("\"'")
    vary = parser.compile_filter(bits[2]) if len(bits) == 3 else None
    nodelist = parser.parse(("endframe_fragment",))
    parser.delete_first_token()
    return FrameFragmentNode(name, vary, nodelist)

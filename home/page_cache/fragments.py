"""Parts of pages that every visitor of a language sees alike: the frame (main menu, footer), the
home page's sections (next dates, latest news, organisations per town), a subsite's dates and
news, the organisation filter's options, the items of the lists (the directory's cards, the
press archive's items, the calendar's entries), and any part of a template marked with
``{% kept_part %}`` (a detail page's article, a list's filter form as chosen).

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

A section of a page (``shared_part``) shows the tags the page cache gives that page, so it is
renewed whenever a copy of the whole page would be; it is kept for the day at most (the day is
part of its key, as of a page's: "today", stale profiles) and, where it lists dates, until the
first of them ends, so that a date that has ended leaves the list on time without any change.
A list's items (``shared_parts_of_pages``) are kept the same way, each under the tags of its own
page, and read for the whole list in one round trip; which items a list shows is the list's
query's to say, so a date that has ended leaves it as before.

A cache that is down, or kept renewals back during an outage, makes the frame render
uncached; it never stops a page.
"""

import contextlib
import contextvars
import logging
import math
import time

from django import template
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.utils import timezone, translation
from django.utils.safestring import mark_safe

from home import page_cache
from home.per_request import request_memo

logger = logging.getLogger("mokme.page_cache")

FRAME = "frame"
TAGS = frozenset({page_cache.SITE, FRAME})
# Every shared part shows this tag too: renewing it renders them all afresh (the query-count
# tests do, to count what rendering a part costs, not what reading it back does).
PARTS = "parts"
# A section is kept for its day at most (its key names the day).
SECTION_SECONDS = 24 * 60 * 60
# Part of each key: entries stored in another form by an earlier release are not read.
ENTRY_FORMAT = "v2"
# What a fragment must not share between visitors: a form's CSRF token, a script's CSP nonce.
_PERSONAL = ("csrfmiddlewaretoken", "nonce=")


def _key(name, request, vary):
    """None for a host the portal does not serve: its 400 page renders the frame uncached."""
    try:
        host = request.get_host() if request is not None else ""
    except DisallowedHost:
        return None
    return f"pagecache:fragment:{ENTRY_FORMAT}:{name}:{translation.get_language()}:{host}:{vary}"


def _tag_keys(tags):
    return {page_cache._tag_key(tag): tag for tag in tags}


# Every frame fragment shows the same tags: its entry and their versions come in one round trip.
_FRAME_TAG_KEYS = _tag_keys(TAGS)


# The keys each address looked up when it was last rendered by this process, fragments and
# tags: a visit reads them all in one round trip at its first lookup, where each lookup was a
# round trip of its own (seven on an event page). They are hints only: a key not read at once
# is read when it is asked for, and a key read in vain costs its bytes and nothing else. A
# bound keeps made-up addresses from growing them.
_KEYS_BY_ADDRESS = {}
_ADDRESSES_REMEMBERED = 2_000


class _VisitReads:
    """What one visit read from the cache for its fragments, and which keys it asked for."""

    __slots__ = ("asked", "found", "read")

    def __init__(self, address, keys):
        """Reads ``keys`` (the visit's first lookup) with every key the address asked for last."""
        to_read = list(dict.fromkeys([*keys, *_KEYS_BY_ADDRESS.get(address, ())]))
        self.read = set(to_read)
        self.found = cache.get_many(to_read)
        self.asked = []
        if len(_KEYS_BY_ADDRESS) >= _ADDRESSES_REMEMBERED and address not in _KEYS_BY_ADDRESS:
            _KEYS_BY_ADDRESS.clear()
        # The visit's own list: each visit adds to its own, and the next visit copies it.
        _KEYS_BY_ADDRESS[address] = self.asked

    def get_many(self, keys):
        unread = [key for key in keys if key not in self.read]
        if unread:
            self.found.update(cache.get_many(unread))
            self.read.update(unread)
        self.asked.extend(key for key in keys if key not in self.asked)
        return {key: self.found[key] for key in keys if key in self.found}


def _kept_in_this_visit(entries, versions):
    """Tells what this visit read at once of the ``entries`` it kept and the tags' ``versions``
    they were kept with: a lookup later in the visit finds them as another visit would."""
    memo = request_memo()
    reads = memo.get(page_cache.FRAGMENT_READS) if memo is not None else None
    if reads is not None:
        reads.found.update(entries)
        reads.found.update({page_cache._tag_key(tag): version for tag, version in versions.items()})


def _get_many(keys):
    """``cache.get_many(keys)``, for a page's fragments in one round trip where it can (above)."""
    memo = request_memo()
    address = memo.get("address") if memo is not None else None
    if address is None:
        return cache.get_many(keys)
    reads = memo.get(page_cache.FRAGMENT_READS)
    if reads is None:
        reads = memo[page_cache.FRAGMENT_READS] = _VisitReads(address, keys)
    return reads.get_many(keys)


def _lookup(key, tag_keys):
    """The cached fragment under ``key`` if every tag it showed is at its stored version and
    the moment it showed until has not come, and the tags it showed beyond ``tag_keys``' (a
    press release's related pages, found as it was rendered): (content, those tags), or
    (None, ()).

    The entry and the tags known beforehand come in one round trip; the versions of the tags
    that only the entry names, in a second."""
    if not page_cache._renew_what_an_outage_kept():
        return None, ()
    found = _get_many([key, *tag_keys])
    entry = found.get(key)
    current = _versions_found(found, tag_keys)
    shown = set(entry[0]) - set(current) if entry is not None else ()
    if shown:
        shown_keys = _tag_keys(shown)
        current.update(_versions_found(_get_many(list(shown_keys)), shown_keys))
    content = _content_if_current(entry, current)
    return (content, shown) if content is not None else (None, ())


def _versions_found(found, tag_keys):
    return {tag: found.get(tag_key) for tag_key, tag in tag_keys.items()}


def _content_if_current(entry, current):
    """An entry's content, if it is there, the moment it showed until has not come, and every
    tag it showed is at the version it was stored with (``current``: each tag's version now)."""
    if entry is None:
        return None
    stored_versions, until, content = entry
    if until is not None and time.time() >= until:
        return None
    if any(current.get(tag) != version for tag, version in stored_versions.items()):
        return None
    return content


def _is_personal(content):
    return any(word in content for word in _PERSONAL)


def store(key, content, tags=TAGS, until=None, timeout=None):
    """Keeps ``content`` with its tags' versions; ``until`` (seconds since the epoch) is when it
    stops showing what is true, if a moment does that (a date that ends)."""
    if _is_personal(content):
        return
    versions = page_cache.current_versions(tags)
    cache.set(key, (versions, until, content), timeout=timeout)
    _kept_in_this_visit({key: (versions, until, content)}, versions)


def shared_part(request, page, name, render):
    """A part of ``page`` that every visitor of the language and site sees alike, rendered once.

    ``render()`` returns the part's HTML and the moment (an aware datetime) it stops being true
    by time alone, or None. Kept under the tags the page cache gives the whole page, so whatever
    renews a copy of the page renews the part, with the page cache off as well as on.
    """
    # A preview shows an editor's draft: neither served from nor kept for visitors.
    if getattr(request, "is_preview", False):
        return render()[0]
    tags = page_cache.tags_for_page(page) | {page_cache.SITE}
    return shared_fragment(request, f"{name}:{page.pk}", tags, render)


def shared_fragment(request, name, tags, render):
    """What ``render()`` returns (its HTML and when that stops being true by time, or None),
    rendered once per language and host (none without ``request``) and day, kept until one of
    ``tags`` (or ``parts``) is renewed."""
    key = _key(name, request, timezone.localdate().isoformat())
    if key is None:
        return render()[0]
    tags = {*tags, PARTS}

    def render_to_keep():
        with _tags_shown_while(request) as shown:
            content, until = render()
        until = until.timestamp() if until is not None else None
        # Gone from the cache with its day, or when the moment it shows until has come.
        timeout = SECTION_SECONDS if until is None else max(1, math.ceil(until - time.time()))
        return content, until, min(timeout, SECTION_SECONDS), shown

    return _read_or_render(key, tags, _tag_keys(tags), render_to_keep, request)


@contextlib.contextmanager
def _tags_shown_while(request):
    """The tags that what renders inside adds to the page's (`page_cache.add_cache_tags`: a press
    release's related pages). They are kept with the part that shows them and given to the page
    again when the part is read back, so that the page cache stores the page with them."""
    outer = getattr(request, "page_cache_tags", None)
    shown = set()
    if request is None:
        yield shown
        return
    request.page_cache_tags = shown
    try:
        yield shown
    finally:
        if outer is None:
            del request.page_cache_tags
        else:
            request.page_cache_tags = outer
            outer.update(shown)


def shared_parts_of_pages(request, name, items, render, vary=None, page_of=None):
    """A part per item of a list (the directory's cards), each as ``shared_part`` keeps one:
    under the tags its page (``page_of(item)``, else the item itself) is cached with and the
    site's, per language, host and day. All are read in one round trip; ``render(missing)`` gives
    ``{item.pk: html}`` for the items whose part is not kept, and only those are rendered and
    kept. ``vary(item)`` names what else a part shows differently (a card's note for the town
    filtered by). Returns ``{item.pk: html}``.
    """
    vary = vary or (lambda item: "")
    page_of = page_of or (lambda item: item)
    day = timezone.localdate().isoformat()
    keys = {item.pk: _key(f"{name}:{item.pk}:{vary(item)}", request, day) for item in items}
    if getattr(request, "is_preview", False) or None in keys.values():
        return render(list(items))
    tags = {item.pk: page_cache.tags_for_page(page_of(item)) | {page_cache.SITE, PARTS} for item in items}
    tag_keys = _tag_keys(set().union(*tags.values()))
    try:
        kept = _lookup_many(keys, tag_keys)
    except Exception:
        logger.exception("Fragment cache: lookup failed")
        kept = {}
    missing = [item for item in items if item.pk not in kept]
    if not missing:
        return kept
    rendered = render(missing)
    try:
        versions = page_cache.current_versions(set().union(*(tags[item.pk] for item in missing)))
        entries = {
            keys[item.pk]: ({tag: versions[tag] for tag in tags[item.pk]}, None, rendered[item.pk])
            for item in missing
            if not _is_personal(rendered[item.pk])
        }
        cache.set_many(entries, timeout=SECTION_SECONDS)
        _kept_in_this_visit(entries, versions)
    except Exception:
        logger.exception("Fragment cache: store failed")
    return {**kept, **rendered}


def render_kept(
    context, items, name, template_name, as_name, *, prepare=None, vary=None, page_of=None, extra=None
):
    """Each of ``items`` rendered by ``template_name`` with the item as ``as_name`` (and
    ``extra``) in the list's own context, as ``{% include %}`` would, and kept as a part of its
    page (`shared_parts_of_pages`): ``{item.pk: html}``. ``prepare(missing)`` reads what only an
    item shows (its lists, its pictures' sizes), for the items not kept alone."""
    item_template = context.template.engine.get_template(template_name)

    def render(missing):
        if prepare is not None:
            prepare(missing)
        rendered = {}
        for item in missing:
            with context.push({**(extra or {}), as_name: item}):
                rendered[item.pk] = item_template.render(context)
        return rendered

    return shared_parts_of_pages(context.get("request"), name, items, render, vary, page_of)


def kept_items(context, items, name, template_name, as_name, prepare=None, vary=None):
    """A list's items rendered and kept by `render_kept`, each in an ``<li>``."""
    items = list(items)
    kept = render_kept(context, items, name, template_name, as_name, prepare=prepare, vary=vary)
    # Rendered by the item's template, which escaped what it shows.
    return mark_safe("".join(f"<li>{kept[item.pk]}</li>" for item in items))  # noqa: S308


def _lookup_many(keys, tag_keys):
    """``{pk: content}`` of the entries under ``keys`` ({pk: key}) that are current (`lookup`)."""
    if not page_cache._renew_what_an_outage_kept():
        return {}
    found = _get_many([*keys.values(), *tag_keys])
    current = _versions_found(found, tag_keys)
    kept = {pk: _content_if_current(found.get(key), current) for pk, key in keys.items()}
    return {pk: content for pk, content in kept.items() if content is not None}


def _read_or_render(key, tags, tag_keys, render, request=None):
    """The fragment kept under ``key``, else what ``render()`` gives (content, until, timeout
    and the tags it showed beyond ``tags``), kept. A cache that fails only makes the fragment
    render.

    A fragment rendered inside another (a list's options inside its kept filter form) gives
    the enclosing one its tags, kept or rendered: whatever renews the inner renews the outer.
    An inner fragment's end moment is not passed on: a part that ends (a list of dates) is
    kept beside the parts around it, not inside one."""
    try:
        content, shown = _lookup(key, tag_keys)
    except Exception:
        logger.exception("Fragment cache: lookup failed")
        content = None
    if content is not None:
        page_cache.add_cache_tags(request, shown)
        _tell_enclosing({*tags, *shown})
        return content
    with _tags_of_inner_fragments() as inner:
        content, until, timeout, shown = render()
    tags = {*tags, *shown, *inner}
    try:
        store(key, content, tags, until, timeout)
    except Exception:
        logger.exception("Fragment cache: store failed")
    _tell_enclosing(tags)
    return content


# The tags of the fragments rendered inside the one being rendered, if any.
_enclosing = contextvars.ContextVar("mokme_fragment_enclosing", default=None)


@contextlib.contextmanager
def _tags_of_inner_fragments():
    inner = set()
    token = _enclosing.set(inner)
    try:
        yield inner
    finally:
        _enclosing.reset(token)


def _tell_enclosing(tags):
    enclosing = _enclosing.get()
    if enclosing is not None:
        enclosing.update(tags)


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
        # Kept until a tag is renewed: no day, no end.
        return _read_or_render(
            key, TAGS, _FRAME_TAG_KEYS, lambda: (self.nodelist.render(context), None, None, ())
        )


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


class KeptPartNode(template.Node):
    def __init__(self, page, name, vary, nodelist):
        self.page = page
        self.name = name
        self.vary = vary
        self.nodelist = nodelist

    def render(self, context):
        page = self.page.resolve(context)
        request = context.get("request")
        name = self.name
        if self.vary is not None:
            vary = self.vary.resolve(context)
            if vary is None or request is None:
                return self.nodelist.render(context)
            # A routable page's views (the calendar's list, month and day) each keep their own.
            name = f"{name}:{request.path}:{vary}"
        return shared_part(request, page, name, lambda: (self.nodelist.render(context), None))


def kept_part(parser, token):
    """``{% kept_part page "name" [vary] %}…{% endkept_part %}``: a part of ``page`` that every
    visitor of the language sees alike, rendered once and kept as `shared_part` keeps one
    (renewed with the page, the site, what it showed and the fragments inside it). ``vary``
    is whatever else it shows differently (a list's filters as chosen), kept per address;
    None renders it afresh, unkept. Nothing inside may depend on the visitor: a form's token
    or a script's nonce inside keeps it from being stored."""
    bits = token.split_contents()
    if len(bits) not in (3, 4):
        raise template.TemplateSyntaxError(
            f"{bits[0]} takes a page, a name and at most one value it varies with"
        )
    vary = parser.compile_filter(bits[3]) if len(bits) == 4 else None
    nodelist = parser.parse(("endkept_part",))
    parser.delete_first_token()
    return KeptPartNode(parser.compile_filter(bits[1]), bits[2].strip("\"'"), vary, nodelist)

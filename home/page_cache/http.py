"""What HTTP clients that poll the portal rely on: validators, 304 answers and compression.

Calendar apps, feed readers and crawlers ask again every few minutes. Each 200 from the portal
carries an ETag (a hash of the body; the page cache stores it with the page, so a cached and a
freshly rendered copy of the same page answer alike), and a conditional GET or HEAD whose
validators still match gets 304 without a body.

Dynamic responses (HTML, iCalendar, feeds, the sitemap) are compressed with brotli or gzip,
whichever the client prefers. Not compressed: responses that carry a secret an attacker could
probe for by reflecting guesses into the same page and watching its compressed length (BREACH):
pages with a CSRF token (forms) and anything shown to a logged-in user.
"""

import functools
import threading
from collections import OrderedDict
from hashlib import md5

import brotli

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import parse_http_date_safe
from django.utils.text import compress_string

COMPRESSIBLE_TYPES = (
    "text/",
    "application/xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/json",
    "application/ld+json",
    "application/javascript",
    "image/svg+xml",
)
# Below this, the headers outweigh what compression saves.
MIN_COMPRESS_LENGTH = 200
# Quality 5 compresses HTML about as well as gzip -9 at the speed of gzip -6.
BROTLI_QUALITY = 5
# Django's BREACH mitigation for gzip: a random-length file name in the gzip header.
GZIP_RANDOM_BYTES = 100


# The request headers that make a request conditional (RFC 9110 13.1), as WSGI names them.
CONDITIONS = frozenset(
    ("HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE", "HTTP_IF_MATCH", "HTTP_IF_UNMODIFIED_SINCE")
)


def has_validators(response):
    return response.has_header("ETag") or response.has_header("Last-Modified")


def add_etag(response):
    """A strong ETag from the body, unless the view set its own: Django's set_response_etag,
    which joins the body twice and checks with a pattern that a hex digest needs no quoting."""
    if response.status_code == 200 and not response.streaming and not response.has_header("ETag"):
        content = response.content
        if content:
            # A quoted hex digest needs none of the header checks of response.headers[...] = ….
            etag = f'"{md5(content, usedforsecurity=False).hexdigest()}"'
            response.headers._store["etag"] = ("ETag", etag)


class PortalConditionalGetMiddleware:
    """ETag on every 200, and 304 for GET *and HEAD* whose validators match.

    Django's own ConditionalGetMiddleware answers GET only; monitors and crawlers revalidate
    with HEAD too. It sits outside the page cache, so cached pages are answered alike.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method not in ("GET", "HEAD") or response.status_code != 200 or response.streaming:
            return response
        add_etag(response)
        # Only a conditional request can get a 304; most requests are not (the first visit, every
        # bot without a cache), and parsing absent validators was a third of this middleware's cost.
        if CONDITIONS.isdisjoint(request.META) or not has_validators(response):
            return response
        return get_conditional_response(
            request,
            etag=response.get("ETag"),
            last_modified=parse_http_date_safe(response.get("Last-Modified", "")),
            response=response,
        )


# Browsers send a handful of different Accept-Encoding headers between them: each is parsed once
# per process, not on every response (a few microseconds of a page served from the cache). The
# cache is bounded: a client sending ever new headers only pushes out its own.
@functools.lru_cache(maxsize=256)
def accepted_encodings(header: str) -> frozenset[str]:
    """The content codings the client accepts (q > 0), lower case."""
    accepted = set()
    for item in header.split(","):
        name, _, params = item.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if name and quality > 0:
            accepted.add(name.strip().lower())
    return frozenset(accepted)


def _carries_secret(request, response):
    # A page that rendered a CSRF token (re)sets its cookie; CsrfViewMiddleware has already
    # cleared its own request flag by the time the response passes here.
    if settings.CSRF_COOKIE_NAME in response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return True
    user = getattr(request, "user", None)
    return user is not None and user.is_authenticated


# Compressed bodies of pages in the page cache, by their ETag (a hash of the uncompressed body)
# and coding: a page is gzipped once per process, not once per visitor, and the brotli body the
# page cache stored with a page serves the visitor whose request stored it. Such a page carries
# no secret (the page cache stores none), so one compressed copy serves every visitor.
COMPRESSED_PAGES_KEPT = 256
_compressed_pages = OrderedDict()
_compressed_pages_lock = threading.Lock()


def _compress(coding, body):
    if coding == "br":
        return brotli.compress(body, quality=BROTLI_QUALITY)
    return compress_string(body, max_random_bytes=GZIP_RANDOM_BYTES)


def _compressed_page(response, coding):
    """The compressed body of a page the page cache stored or served, computed once."""
    key = (response["ETag"], coding)
    with _compressed_pages_lock:
        content = _compressed_pages.get(key)
        if content is not None:
            _compressed_pages.move_to_end(key)
            return content
    content = _compress(coding, response.content)
    with _compressed_pages_lock:
        _compressed_pages[key] = content
        while len(_compressed_pages) > COMPRESSED_PAGES_KEPT:
            _compressed_pages.popitem(last=False)
    return content


def _compressible(response):
    return (
        not response.streaming
        and not response.has_header("Content-Encoding")
        and len(response.content) >= MIN_COMPRESS_LENGTH
        and response.get("Content-Type", "").startswith(COMPRESSIBLE_TYPES)
    )


def stored_body(response):
    """What the page cache keeps of a page's body: ("br", its brotli bytes) for what this
    middleware would compress, else (None, the body). A district calendar of 260 KB is 18 KB in
    brotli: a tenth of the cache's memory, and of the bytes every hit reads from it."""
    if _compressible(response):
        content = _compressed_page(response, "br")
        if len(content) < len(response.content):
            return "br", content
    return None, response.content


class StoredPageResponse(HttpResponse):
    """A page from the page cache, its body left as stored (brotli) until someone reads it.

    PortalCompressionMiddleware hands a client that accepts brotli the stored bytes as they are;
    whoever reads the body (another client's coding, a test) gets it decompressed, once.
    """

    def __init__(self, brotli_body, *, status):
        super().__init__(status=status)
        self.brotli_body = brotli_body
        self._plain = None

    @property
    def _container(self):
        if self._plain is None:
            self._plain = [brotli.decompress(self.brotli_body)]
        return self._plain

    @_container.setter
    def _container(self, value):
        # A body written now is the response's; the stored bytes no longer say it.
        self._plain = value
        self.brotli_body = None


def preferred_coding(request):
    """brotli, else gzip, if the client accepts either; else None."""
    encodings = accepted_encodings(request.META.get("HTTP_ACCEPT_ENCODING", ""))
    if "br" in encodings:
        return "br"
    if "gzip" in encodings:
        return "gzip"
    return None


class PortalCompressionMiddleware:
    """brotli or gzip for what the app itself serves; whitenoise serves static files precompressed."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        # Only what the page cache found compressible was stored in brotli: no need to read it.
        stored = getattr(response, "brotli_body", None)
        if stored is None and not _compressible(response):
            return response
        # Whether or not this client gets it compressed, caches must keep the variants apart.
        patch_vary_headers(response, ("Accept-Encoding",))
        if _carries_secret(request, response):
            return response
        coding = preferred_coding(request)
        if coding is None:
            return response
        if stored is not None and coding == "br":
            content = stored
        elif response.get("X-Cache") in ("hit", "miss") and response.get("ETag", "").startswith('"'):
            content = _compressed_page(response, coding)
        else:
            content = _compress(coding, response.content)
        if stored is None and len(content) >= len(response.content):
            return response
        response.content = content
        response.headers["Content-Length"] = str(len(content))
        response.headers["Content-Encoding"] = coding
        # The body's bytes changed, its meaning did not: a weak ETag still matches (RFC 9110 8.8.1).
        etag = response.get("ETag")
        if etag and etag.startswith('"'):
            response.headers["ETag"] = "W/" + etag
        return response

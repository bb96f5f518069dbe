"""What a phone downloads on a first visit to a page: every response's bytes on the wire.

Shared by the browser test (`tests/browser/test_page_weight.py`) and `make bench`
(`tests/bench/weight.py`), so both count the same way: a fresh browser context (empty cache)
at 390×844, the page loaded until the network is quiet and its fonts are in, then the
headers and (compressed) body of every response summed.
"""

import gzip
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

PHONE = {"width": 390, "height": 844}
# The budget for the home page, transferred on a phone's first visit.
HOME_BUDGET_BYTES = 150_000
# Any other page, first visit on a phone, its pictures left out (they depend on the editors).
PAGE_BUDGET_WITHOUT_IMAGES_BYTES = 300_000
COMPRESSIBLE = ("text/", "application/javascript", "application/json", "image/svg+xml")


@dataclass
class PageWeight:
    url: str
    total: int = 0
    by_kind: Counter = field(default_factory=Counter)
    files: list = field(default_factory=list)

    def describe(self) -> str:
        kinds = ", ".join(f"{kind} {size / 1000:.1f}" for kind, size in self.by_kind.most_common())
        return f"{self.url}: {self.total / 1000:.1f} KB ({kinds})"

    @property
    def without_images(self) -> int:
        return self.total - self.by_kind["image"]


def transferred(request) -> int:
    """Bytes of one response as a production server sends it.

    Django's test server hands out static files uncompressed, where whitenoise sends its
    precompressed .br (or .gz) files: an uncompressed text response counts as its gzip, which is
    never smaller than whitenoise's brotli. Pages the app compresses itself count as sent.
    """
    response = request.response()
    sizes = request.sizes()
    body = sizes["responseBodySize"]
    if not body and response.status == 200:
        # Served from disk by `first_visit(media_root=…)`: Chromium saw no network body.
        body = len(response.body())
    headers = response.headers
    compressible = headers.get("content-type", "").startswith(COMPRESSIBLE)
    if response.status == 200 and compressible and not headers.get("content-encoding"):
        body = min(body, len(gzip.compress(response.body(), compresslevel=6)))
    return body + sizes["responseHeadersSize"]


def first_visit(browser, url: str, *, viewport=PHONE, media_root=None) -> PageWeight:
    """`media_root`: answer /media/ from that folder, as nginx does in front of gunicorn
    (production's Django leaves uploaded pictures to it)."""
    context = browser.new_context(viewport=viewport, locale="de-DE")
    page = context.new_page()
    if media_root is not None:
        page.route("**/media/**", lambda route: _from_disk(route, Path(media_root)))
    finished = []
    page.on("requestfinished", lambda request: finished.append(request))
    try:
        page.goto(url, wait_until="load")
        page.evaluate("document.fonts.ready.then(() => true)")
        page.wait_for_load_state("networkidle")
        weight = PageWeight(url)
        for request in finished:
            size = transferred(request)
            weight.total += size
            weight.by_kind[request.resource_type] += size
            weight.files.append((request.url, request.resource_type, size))
        return weight
    finally:
        context.close()


def _from_disk(route, media_root: Path):
    relative = unquote(urlsplit(route.request.url).path).split("/media/", 1)[1]
    file = (media_root / relative).resolve()
    if file.is_relative_to(media_root.resolve()) and file.is_file():
        route.fulfill(path=str(file))
    else:
        route.fulfill(status=404)

"""Pagination that answers bad page numbers clearly instead of guessing."""

from collections.abc import Sequence

from django.core.exceptions import BadRequest
from django.core.paginator import Paginator
from django.http import Http404
from django.utils.translation import gettext as _


def page_number(request, param="page") -> int:
    """The page asked for: 400 for anything but a positive whole number."""
    raw = request.GET.get(param, "1")
    # isdecimal, not isdigit: "²" and "①" count as digits but int() refuses them.
    if not raw.isdecimal() or len(raw) > 9:
        raise BadRequest(_("The page number must be a positive whole number."))
    number = int(raw)
    if number < 1:
        raise BadRequest(_("The page number must be a positive whole number."))
    return number


def paginate(request, object_list, per_page, *, param="page", count=None):
    """The requested page: 400 for a malformed number, 404 for one past the end.

    `count`: the number of items, when the caller already knows it (no COUNT query then).
    """
    number = page_number(request, param)
    paginator = Paginator(object_list, per_page)
    if count is not None:
        paginator.count = count  # Paginator.count is a cached_property: this is its cached value.
    if number > max(paginator.num_pages, 1):
        raise Http404(_("This page of results does not exist."))
    return paginator.page(number)


class LoadedPage(Sequence):
    """A list of `count` items of which only one page, from `start`, was loaded: what the
    Paginator slices when the page's items were picked by the database beforehand."""

    def __init__(self, items, *, count: int, start: int):
        self.items, self.count, self.start = list(items), count, start

    def __len__(self):
        return self.count

    def __getitem__(self, index):
        if isinstance(index, slice) and (index.start or 0) == self.start:
            return self.items[: (index.stop or self.count) - self.start]
        raise IndexError("only the loaded page can be read")

"""Pagination that answers bad page numbers clearly instead of guessing."""

from django.core.exceptions import BadRequest
from django.core.paginator import Paginator
from django.http import Http404
from django.utils.translation import gettext as _


def paginate(request, object_list, per_page, *, param="page", count=None):
    """The requested page: 400 for a malformed number, 404 for one past the end.

    `count`: the number of items, when the caller already knows it (no COUNT query then).
    """
    raw = request.GET.get(param, "1")
    # isdecimal, not isdigit: "²" and "①" count as digits but int() refuses them.
    if not raw.isdecimal() or len(raw) > 9:
        raise BadRequest(_("The page number must be a positive whole number."))
    number = int(raw)
    if number < 1:
        raise BadRequest(_("The page number must be a positive whole number."))
    paginator = Paginator(object_list, per_page)
    if count is not None:
        paginator.count = count  # Paginator.count is a cached_property: this is its cached value.
    if number > max(paginator.num_pages, 1):
        raise Http404(_("This page of results does not exist."))
    return paginator.page(number)

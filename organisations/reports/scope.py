"""Whose pages a user's reports count: every page for moderators, else their organisations'."""

from django.core.exceptions import PermissionDenied
from django.db.models import Q

from wagtail.models import Page

from organisations.access.visibility import is_moderator, organisations_of


def may_see_reach(user) -> bool:
    return is_moderator(user) or (user.is_active and organisations_of(user).exists())


def reported_pages(user):
    """None for the whole portal; else the pages of the user's subsites (PermissionDenied without)."""
    if is_moderator(user):
        return None
    paths = list(organisations_of(user).values_list("path", flat=True)) if user.is_active else []
    if not paths:
        raise PermissionDenied
    own = Q()
    for path in paths:
        own |= Q(path__startswith=path)
    return Page.objects.filter(own)

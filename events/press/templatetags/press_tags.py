"""Template tags of the press archive."""

from django import template

from events.press.models import read_for_items
from home.page_cache.fragments import kept_items

register = template.Library()


@register.simple_tag(takes_context=True)
def press_items(context, releases):
    """The archive's items, each the same for every visitor of a language, so kept as a part of
    its release's page (`kept_items`): a visit reads the ten in one round trip, and only an item
    not kept reads its topics and thumbnail and is rendered."""
    return kept_items(
        context, releases, "press-item", "press/includes/press_item.html", "release", read_for_items
    )


@register.simple_tag(takes_context=True)
def related_pages_shown(context, release):
    """The organisations and events a release names that a visitor may see (read where its kept
    article is rendered)."""
    return release.related_pages_shown(context.get("request"))

"""Template tags of the portal's frame: language switcher, menus, fallback marking."""

from dataclasses import dataclass

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from wagtail.models import Site

from home.alternates import language_links, page_alternates
from home.languages import DEFAULT_LANGUAGE, active_language, is_fallback

register = template.Library()

_GERMAN_ATTRS = mark_safe(f' lang="{DEFAULT_LANGUAGE}" dir="ltr"')  # noqa: S308 - constant markup


@register.simple_tag
def lang_attrs(obj, field_name):
    """` lang="de" dir="ltr"` when `obj.<field_name>` falls back to German."""
    if obj is not None and is_fallback(obj, field_name):
        return _GERMAN_ATTRS
    return ""


@register.simple_tag
def page_lang_attrs(page):
    """Marks a whole page as German when it has no translation in the visitor's language."""
    if is_translation_missing(page):
        return _GERMAN_ATTRS
    return ""


@register.simple_tag
def is_translation_missing(page):
    if page is None or not hasattr(page, "is_available_in"):
        return False
    return not page.is_available_in(active_language().code)


@register.inclusion_tag("home/includes/language_switcher.html", takes_context=True)
def language_switcher(context, to_home=False):
    """Links to this content in every language; `to_home` for pages that do not exist (404)."""
    request = context.get("request")
    page = _portal_page(context)
    return {"links": language_links(request, page, to_home=to_home)}


@register.inclusion_tag("home/includes/alternates.html", takes_context=True)
def alternate_links(context):
    page = _portal_page(context)
    request = context.get("request")
    if page is None or request is None:
        return {}
    return {"alternates": page_alternates(page, request)}


@register.inclusion_tag("home/includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return {"home_page": None, "items": []}
    home_page = site.root_page
    current_path = getattr(context.get("page"), "path", "")
    items = [
        MenuItem(
            page=menu_page,
            is_current=menu_page.path == current_path,
            is_ancestor=current_path.startswith(menu_page.path) and menu_page.path != current_path,
        )
        for menu_page in home_page.get_children().live().public().in_menu()
    ]
    return {
        "home_page": home_page,
        "home_is_current": home_page.path == current_path,
        "items": items,
        "request": request,
    }


@dataclass(frozen=True)
class MenuItem:
    page: object
    is_current: bool
    is_ancestor: bool


@register.simple_tag
def dir_for(code):
    """Text direction of a language code."""
    from home.languages import get_language

    return get_language(code).direction


@register.simple_tag
def credit_line(image, override=""):
    """The credit shown under an image: the block's own or the one stored with the image."""
    credit = override or getattr(image, "credit", "")
    if not credit:
        return ""
    return format_html('<span class="credit">{}</span>', credit)


def _portal_page(context):
    """The Wagtail page being rendered, if it is one of the portal's translated pages."""
    page = context.get("page")
    if page is not None and hasattr(page, "offered_languages"):
        return page
    return None


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if mapping else None


@register.simple_tag
def kind_label(kind):
    """The name of a kind of search result in the visitor's language."""
    from django.utils.translation import gettext

    labels = {
        "organisation": gettext("Organisations"),
        "event": gettext("Events"),
        "news": gettext("News"),
        "press": gettext("Press releases"),
        "page": gettext("Pages"),
    }
    return labels.get(kind, kind)

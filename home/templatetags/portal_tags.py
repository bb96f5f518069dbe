"""Template tags of the portal's frame: language switcher, menus, fallback marking."""

import re
from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from wagtail.models import Site

from home import registry, structured_data
from home.languages import DEFAULT_LANGUAGE, active_language, get_language, is_fallback, shown_language
from home.languages.alternates import language_links, page_alternates
from home.page_cache import TREE_STEP
from home.page_cache.fragments import frame_fragment, kept_part
from mokme_cms.formats import portal_format

register = template.Library()
register.tag("frame_fragment", frame_fragment)
register.tag("kept_part", kept_part)

# The word before a credit's colon ("Foto: …"), replaced by the label in the reader's language.
GERMAN_CREDIT_LABEL = re.compile(r"^\s*(?:Fotos?|Bild(?:er|nachweis)?|Grafik|Quelle)\s*:\s*", re.I)
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


@register.simple_tag
def list_separator():
    """The comma between the items of a list: "،" in Arabic and Persian."""
    return portal_format("LIST_SEPARATOR")


@register.simple_tag
def og_locale():
    """The Open Graph locale (`de_DE`) of the active language."""
    return structured_data.og_locale()


@register.simple_tag(takes_context=True)
def canonical_url(context, page):
    return structured_data.canonical_url(page, context.get("request"))


@register.simple_tag(takes_context=True)
def portal_json_ld(context, page):
    """The home page's WebSite (with its search) and the district publishing the portal."""
    request = context.get("request")
    home_url = structured_data.canonical_url(page, request)
    publisher = {**structured_data.district(request), "@id": f"{home_url}#publisher"}
    search = reverse("search")
    website = {
        "@type": "WebSite",
        "name": settings.WAGTAIL_SITE_NAME,
        "url": home_url,
        "inLanguage": shown_language(page, "title"),
        "publisher": {"@id": publisher["@id"]},
        "potentialAction": {
            "@type": "SearchAction",
            "target": (request.build_absolute_uri(search) if request else search) + "?q={search_term_string}",
            "query-input": "required name=search_term_string",
        },
    }
    return structured_data.json_ld_script({"@graph": [website, publisher]})


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


@register.simple_tag(takes_context=True)
def menu_position(context):
    """Where the visitor is, as far as the main menu shows it: the entry that is or holds the page.

    The cached menu (home/page_cache/fragments.py) is kept once per position, not per page.
    """
    path = getattr(context.get("page"), "path", "")
    section = path[: TREE_STEP * 3]
    return f"{section}:{'here' if path == section else 'below'}"


@dataclass(frozen=True)
class MenuItem:
    page: object
    is_current: bool
    is_ancestor: bool


@register.simple_tag
def dir_for(code):
    """Text direction of a language code."""
    return get_language(code).direction


@register.simple_tag
def credit_line(image, override=""):
    """The credit shown under an image: the block's own or the one stored with the image.

    Editors write “Foto: Kreis Mettmann”: German readers see that; the others the label in
    their language and the name as written, isolated so that it keeps its order in Arabic.
    """
    credit = (override or getattr(image, "credit", "") or "").strip()
    if not credit:
        return ""
    if active_language().code == DEFAULT_LANGUAGE:
        return format_html('<span class="credit">{}</span>', credit)
    name = GERMAN_CREDIT_LABEL.sub("", credit)
    return format_html('<span class="credit">{}: <bdi>{}</bdi></span>', _("Credit"), name)


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
    """The name of a kind of search result in the visitor's language (home.registry)."""
    labels = {known.kind: known.label for known in registry.search_kinds()}
    return str(labels.get(kind, kind))

"""schema.org JSON-LD the portal's pages carry, and what every block of it shares.

Search engines, journalists' tools and link previews read these. A value the page does not
have is left out rather than sent empty (`"postalCode": ""` reads as "no postcode"), and the
`url` of a page is its canonical address, so that a German fallback page does not claim a
second address for the same text.
"""

import json

from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from home.images import SHARE_IMAGE
from home.languages import active_language
from home.languages.alternates import page_alternates

# Open Graph wants a territory; the portal's languages as spoken where its readers come from.
OG_LOCALES = {
    "de": "de_DE",
    "en": "en_GB",
    "tr": "tr_TR",
    "ar": "ar_AR",
    "fa": "fa_IR",
    "pl": "pl_PL",
    "ru": "ru_RU",
    "uk": "uk_UA",
    "el": "el_GR",
    "it": "it_IT",
    "kmr": "ku_TR",
}


def og_locale(code=None):
    code = code or active_language().code
    return OG_LOCALES.get(code, code)


def without_empty(value):
    """The data with every empty string, list, mapping and None left out, recursively."""
    if isinstance(value, dict):
        pruned = {key: without_empty(item) for key, item in value.items()}
        return {key: item for key, item in pruned.items() if item not in (None, "", [], {})}
    if isinstance(value, list | tuple):
        return [item for item in (without_empty(each) for each in value) if item not in (None, "", [], {})]
    return value


def json_ld_script(data):
    data = without_empty({"@context": "https://schema.org", **data})
    # "<" escaped, so that no text can close the script element.
    payload = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308


def canonical_url(page, request):
    if request is None:
        return page.full_url
    return page_alternates(page, request).canonical


def district(request):
    """The district as publisher and organiser of what no organisation publishes."""
    return {
        "@type": "GovernmentOrganization",
        "name": _("District of Mettmann"),
        "url": request.build_absolute_uri("/") if request else None,
    }


def absolute_rendition(request, image, spec=SHARE_IMAGE.specs[0]):
    if image is None:
        return None
    url = image.get_rendition(spec).url
    return request.build_absolute_uri(url) if request else url

"""Building the per-language search text of pages (see `PageText`)."""

from django.core.exceptions import FieldDoesNotExist
from django.utils import translation
from django.utils.html import strip_tags

from modeltranslation.translator import NotRegistered, translator
from wagtail.fields import StreamField
from wagtail.rich_text import RichText
from wagtail.search.index import SearchField

from home.languages import LANGUAGE_CODES
from home.models import PageText

TITLE_FIELDS = ("title", "subtitle")


def _searchable_field_names(page):
    try:
        translated = set(translator.get_options_for_model(type(page)).all_fields)
    except NotRegistered:
        translated = set()
    names = []
    for field in type(page).search_fields:
        if not isinstance(field, SearchField) or field.field_name in names:
            continue
        # wagtail-modeltranslation adds title_de, title_tr…; the base name covers them.
        base, _sep, suffix = field.field_name.rpartition("_")
        if suffix in LANGUAGE_CODES and base in translated:
            continue
        names.append(field.field_name)
    return names


def _text_of(page, name):
    value = getattr(page, name, None)
    if value is None:
        return ""
    try:
        model_field = type(page)._meta.get_field(name)
    except FieldDoesNotExist:
        model_field = None
    if isinstance(model_field, StreamField):
        return " ".join(str(part) for part in model_field.stream_block.get_searchable_content(value))
    if isinstance(value, RichText):
        value = value.source
    return strip_tags(str(value))


def page_texts(page):
    """One unsaved `PageText` per language for a page."""
    page = page.specific
    names = _searchable_field_names(page)
    rows = []
    for code in LANGUAGE_CODES:
        with translation.override(code):
            title = " ".join(
                _text_of(page, name) for name in TITLE_FIELDS if name in names or name == "title"
            )
            text = " ".join(_text_of(page, name) for name in names if name not in TITLE_FIELDS)
        rows.append(
            PageText(
                page_id=page.pk,
                language=code,
                title=" ".join(title.split()),
                text=" ".join(text.split()),
                is_fallback=hasattr(page, "is_available_in") and not page.is_available_in(code),
            )
        )
    return rows


def index_page(page):
    PageText.objects.filter(page_id=page.pk).delete()
    if page.live:
        PageText.objects.bulk_create(page_texts(page))


def unindex_page(page):
    PageText.objects.filter(page_id=page.pk).delete()

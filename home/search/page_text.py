"""Building the per-language search text of pages (see `PageText`)."""

from functools import reduce
from operator import add

from django.contrib.postgres.search import SearchVector
from django.core.exceptions import FieldDoesNotExist
from django.db import connection
from django.db.models import Value
from django.utils import translation

from modeltranslation.translator import NotRegistered, translator
from wagtail import blocks, hooks
from wagtail.blocks.field_block import BaseChoiceBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.rich_text import RichText, get_text_for_indexing
from wagtail.search.index import SearchField

from home import registry
from home.languages import LANGUAGE_CODES
from home.models import PageText
from home.models.search import SEARCH_CONFIGS
from home.search.folding import fold

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
        return " ".join(str(part) for part in readable_text(model_field.stream_block, value))
    if isinstance(value, RichText) or isinstance(model_field, RichTextField):
        return get_text_for_indexing(getattr(value, "source", value))
    return str(value)


def readable_text(block, value) -> list[str]:
    """The text of a block as the visitor reads it, without the editor's choices.

    Wagtail indexes a ChoiceBlock by its label: a heading's level became “Überschrift 2” /
    “Başlık 2” in every search snippet. Containers are walked here so that their choice
    blocks can be left out; every other block gives its own searchable text (plain text,
    tags removed, entities decoded).
    """
    if value is None or not getattr(block, "search_index", True) or isinstance(block, BaseChoiceBlock):
        return []
    if isinstance(block, blocks.BaseStreamBlock):
        return [part for child in value for part in readable_text(child.block, child.value)]
    if isinstance(block, blocks.ListBlock):
        return [part for item in value for part in readable_text(block.child_block, item)]
    if (
        isinstance(block, blocks.StructBlock)
        and type(block).get_searchable_content is blocks.StructBlock.get_searchable_content
    ):
        return [
            part
            for name, child in block.child_blocks.items()
            for part in readable_text(child, value.get(name, child.get_default()))
        ]
    return block.get_searchable_content(value)


def search_kind(page) -> str:
    """Organisation, event, news, press or page: apps name their page types in home.registry."""
    return registry.search_kind_of(page)


def current_until(page):
    """When the page stops being current (an event's last date), if apps know it."""
    for hook in hooks.get_hooks("search_current_until"):
        value = hook(page)
        if value is not None:
            return value
    return None


def page_texts(page):
    """One unsaved `PageText` per language for a page."""
    page = page.specific
    names = _searchable_field_names(page)
    kind = search_kind(page)
    ends_at = current_until(page)
    rows = []
    for code in LANGUAGE_CODES:
        with translation.override(code):
            title = " ".join(
                _text_of(page, name) for name in TITLE_FIELDS if name in names or name == "title"
            )
            text = " ".join(_text_of(page, name) for name in names if name not in TITLE_FIELDS)
        row = PageText(
            page_id=page.pk,
            language=code,
            kind=kind,
            ends_at=ends_at,
            title=" ".join(title.split()),
            title_folded=fold(" ".join(title.split())),
            text=" ".join(text.split()),
            text_folded=fold(" ".join(text.split())),
            is_fallback=hasattr(page, "is_available_in") and not page.is_available_in(code),
        )
        if connection.vendor == "postgresql" and code in SEARCH_CONFIGS:
            # Written with the row: an UPDATE after the INSERT wrote every text twice, and on the
            # table partitioned by language (migration home 0020) it was the costliest step of a
            # publish.
            row.search_vector = search_vector(row, SEARCH_CONFIGS[code])
        rows.append(row)
    return rows


# The parts of a text's vector and their weights: the title (A) and the text (B), each as written
# and folded (home.search.folding), so that a query's folded words (“tuerk” → “turk”) find
# “Türk…” while the written words keep their stemming.
VECTOR_PARTS = (("title", "A"), ("title_folded", "A"), ("text", "B"), ("text_folded", "B"))


def search_vector(row, config):
    """The weighted vector of a text (an unsaved `PageText`) in its language's configuration."""
    parts = (
        SearchVector(Value(_without_tags(getattr(row, name))), weight=weight, config=config)
        for name, weight in VECTOR_PARTS
    )
    return reduce(add, parts)


def index_page(page):
    PageText.objects.filter(page_id=page.pk).delete()
    if page.live:
        PageText.objects.bulk_create(page_texts(page))


def _without_tags(text: str) -> str:
    # PostgreSQL's parser reads "<…" as the start of an XML tag and drops the words
    # that follow; a visitor's text may well contain "<".
    return text.replace("<", " ").replace(">", " ")


def index_pages(pages):
    """(Re)builds the search text of many pages, e.g. after a bulk import."""
    count = 0
    for page in pages:
        index_page(page)
        count += 1
    return count


def unindex_page(page):
    PageText.objects.filter(page_id=page.pk).delete()

"""What every builder of the bench content shares: the plan, copying a demo page, indexing."""

import dataclasses
import random

from django.db import models

from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page

from home.languages import DEFAULT_LANGUAGE, LANGUAGE_CODES
from home.models import PageText
from home.search.page_text import page_texts

# Translated columns of Wagtail's page a copy takes over; url_path is derived from the slugs.
PAGE_TRANSLATED_FIELDS = ("title", "seo_title", "search_description")
INDEX_CHUNK = 500


@dataclasses.dataclass(frozen=True)
class BenchPlan:
    """How much content the bench database holds; issue 8 names the district's scale."""

    organisations: int = 500
    events: int = 10_000
    recurring_share: float = 0.25
    news: int = 2_000
    press_releases: int = 5_000
    seed: int = 2026

    @classmethod
    def at_scale(cls, scale: float) -> "BenchPlan":
        full = cls()
        return cls(
            organisations=round(full.organisations * scale),
            events=round(full.events * scale),
            news=round(full.news * scale),
            press_releases=round(full.press_releases * scale),
        )

    def rng(self, purpose: str) -> random.Random:
        # One generator per purpose, so that changing one app's content leaves the others alone.
        return random.Random(f"{self.seed}-{purpose}")


def demo_pages(queryset):
    """The demo's pages among `queryset`: published by an editor, so with a revision; copies have none."""
    return list(queryset.filter(latest_revision__isnull=False).order_by("path"))


def copied_fields(template, *, number: int | None = None, numbered_title=False) -> dict:
    """The fields of a page copy: everything the template has, slugs made unique with `number`.

    The result is what `tests.bench.bulk.bulk_create_pages` takes: German title and slug
    plus every other column by its attribute name. Without a number the slugs stay
    as they are, for a copy under another parent.
    """
    model = type(template)
    translated = _translated_field_names(model)
    fields = {
        field.attname: getattr(template, field.attname)
        for field in model._meta.local_concrete_fields
        if not field.primary_key and field.name not in translated
    }
    for name in (translated | set(PAGE_TRANSLATED_FIELDS)) - {"slug", "url_path"}:
        for code in LANGUAGE_CODES:
            column = build_localized_fieldname(name, code)
            fields[column] = getattr(template, column)
    for code in LANGUAGE_CODES:
        column = build_localized_fieldname("slug", code)
        slug = getattr(template, column)
        fields[column] = f"{slug}-{number}" if slug and number is not None else slug
    title = getattr(template, build_localized_fieldname("title", DEFAULT_LANGUAGE))
    fields["title"] = f"{title} ({number})" if numbered_title else title
    fields["slug"] = fields.pop(build_localized_fieldname("slug", DEFAULT_LANGUAGE))
    return fields


def _translated_field_names(model) -> set[str]:
    try:
        return set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return set()


def copy_many_to_many(pairs, field_name: str):
    """Gives each copy the related objects of its template: `pairs` are (template, copy)."""
    pairs = list(pairs)
    if not pairs:
        return
    field = type(pairs[0][0])._meta.get_field(field_name)
    through = field.remote_field.through
    own, other = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
    templates = {template.pk for template, _copy in pairs}
    related = {}
    for template_id, related_id in through.objects.filter(**{f"{own}__in": templates}).values_list(
        own, other
    ):
        related.setdefault(template_id, []).append(related_id)
    through.objects.bulk_create(
        [
            through(**{own: copy.pk, other: related_id})
            for template, copy in pairs
            for related_id in related.get(template.pk, ())
        ],
        batch_size=2000,
    )


def copy_children(pairs, relation_name: str):
    """Copies the template's inline rows (social links, images…) to each of its copies."""
    pairs = list(pairs)
    if not pairs:
        return
    relation = type(pairs[0][0])._meta.get_field(relation_name)
    child_model, parent_field = relation.related_model, relation.field
    rows = {}
    for child in child_model.objects.filter(**{f"{parent_field.name}__in": {t.pk for t, _c in pairs}}):
        rows.setdefault(getattr(child, parent_field.attname), []).append(child)
    copies = []
    for template, copy in pairs:
        for child in rows.get(template.pk, ()):
            values = {
                field.attname: getattr(child, field.attname)
                for field in child_model._meta.concrete_fields
                if not field.primary_key
            }
            values[parent_field.attname] = copy.pk
            copies.append(child_model(**values))
    child_model.objects.bulk_create(copies, batch_size=2000)


def index_unindexed_pages() -> int:
    """Builds the search text of live pages that have none, many pages per query."""
    pending = (
        Page.objects.live()
        .filter(depth__gt=1)
        .exclude(pk__in=PageText.objects.values("page_id"))
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    ids = list(pending)
    for start in range(0, len(ids), INDEX_CHUNK):
        chunk = ids[start : start + INDEX_CHUNK]
        pages = Page.objects.filter(pk__in=chunk).specific()
        # Each row comes with its search vector (home.search.page_text.page_texts).
        PageText.objects.bulk_create([row for page in pages for row in page_texts(page)], batch_size=2000)
    return len(ids)


def content_counts() -> dict[str, int]:
    """How many pages of each type the database holds, for the benchmark's report."""
    counts = (
        Page.objects.live()
        .order_by()
        .values_list("content_type__app_label", "content_type__model")
        .annotate(count=models.Count("pk"))
    )
    return {f"{app}.{model}": count for app, model, count in counts}

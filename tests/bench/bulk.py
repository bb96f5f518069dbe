"""Creating thousands of live pages at once, for the scale tests and the benchmark.

Wagtail saves a page with some thirty queries (validation, search index,
reference index, log entry). Filling a database to district scale that way
would take hours; this writes the tree rows directly. The pages are live and
complete, without revisions; `update_index` can index them afterwards.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone

from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Locale, Page

from home.languages import DEFAULT_LANGUAGE, LANGUAGE_CODES


@transaction.atomic
def bulk_create_pages(parent, model, pages: list[dict]) -> list:
    """Creates `model` pages under `parent` from dicts of field values (German title and slug required)."""
    parent = Page.objects.select_for_update().get(pk=parent.pk)
    content_type = ContentType.objects.get_for_model(model)
    locale = Locale.get_default()
    now = timezone.now()
    last_child = parent.get_last_child()
    step = Page._str2int(last_child.path[-Page.steplen :]) if last_child else 0
    parent_paths = {
        code: getattr(parent, build_localized_fieldname("url_path", code)) or parent.url_path
        for code in LANGUAGE_CODES
    }

    instances = []
    for fields in pages:
        step += 1
        page = model(**fields)
        page.path = parent.path + Page._int2str(step).rjust(Page.steplen, "0")
        page.depth = parent.depth + 1
        page.numchild = 0
        page.content_type = content_type
        page.locale = locale
        page.live = fields.get("live", True)
        page.has_unpublished_changes = False
        page.first_published_at = page.last_published_at = fields.get("first_published_at", now)
        page.draft_title = fields["title"]
        german_slug = fields["slug"]
        setattr(page, build_localized_fieldname("title", DEFAULT_LANGUAGE), fields["title"])
        setattr(page, build_localized_fieldname("slug", DEFAULT_LANGUAGE), german_slug)
        for code in LANGUAGE_CODES:
            slug = getattr(page, build_localized_fieldname("slug", code), None) or german_slug
            setattr(page, build_localized_fieldname("url_path", code), f"{parent_paths[code]}{slug}/")
        page.url_path = f"{parent_paths[DEFAULT_LANGUAGE]}{german_slug}/"
        instances.append(page)

    # Multi-table inheritance: the wagtailcore_page rows first, then the page type's own.
    page_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
    bases = [
        Page(**{field.attname: getattr(page, field.attname) for field in page_fields}) for page in instances
    ]
    Page.objects.bulk_create(bases)
    for page, base in zip(instances, bases, strict=True):
        page.pk = page.id = page.page_ptr_id = base.pk
    own_fields = list(model._meta.local_concrete_fields)
    for ancestor in model._meta.get_parent_list():
        if ancestor is not Page and not ancestor._meta.abstract:
            raise ValueError("Only page types that inherit directly from a Wagtail page type are supported.")
    # A batch size SQLite's limit on query parameters allows with many translated columns.
    for start in range(0, len(instances), 200):
        model._base_manager._insert(instances[start : start + 200], fields=own_fields)
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(instances))
    refresh_planner_statistics(Page, model)
    return instances


def refresh_planner_statistics(*models):
    """ANALYZE the tables a bulk load filled, as autovacuum would in production.

    A test's rows are never committed, so autovacuum never sees them; PostgreSQL then plans with
    the statistics of the empty tables and picks nested loops that turn quadratic at thousands of
    rows (a 10,000-event query-count test ran for half an hour). ANALYZE inside the transaction
    sees the test's own rows.
    """
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for model in models:
            cursor.execute(f'ANALYZE "{model._meta.db_table}"')

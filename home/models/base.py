"""The thin base every page type of the portal builds on."""

from django.db import models
from django.db.models import DEFERRED
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page, PageViewRestriction

from home.languages import DEFAULT_LANGUAGE, LANGUAGE_CODES, get_language, is_translated
from home.models.rows import loaded_columns, place_row, placement_of
from home.page_forms import PortalPageForm
from home.panels import EditingLanguagesPanel

# The loaded columns of the latest queries, by the list they were made for (a query with
# select_related passes one list per model, row after row). Each entry holds its list, so an
# equal `id` cannot come from another list; a few dozen queries' worth are kept.
_loaded = {}
_LOADED_KEPT = 64


def _loaded_columns(model, field_names):
    """(which of the model's columns a row holds, and where they go: `rows.loaded_columns`)."""
    kept = _loaded.get(id(field_names))
    if kept is not None and kept[0] is field_names and kept[1] is model:
        return kept[2]
    present = set(field_names)
    mask = tuple(field.attname in present for field in model._meta.concrete_fields)
    placement = placement_of(model)
    columns = (mask, None if placement is None else loaded_columns(placement, mask))
    if len(_loaded) >= _LOADED_KEPT:
        _loaded.clear()
    _loaded[id(field_names)] = (field_names, model, columns)
    return columns


class BasePage(Page):
    """A Wagtail page translated field by field with modeltranslation.

    Knows in which languages it exists and which
    languages its language switcher offers.
    """

    # When the page was last published or confirmed unchanged by an editor ("Still correct";
    # home.freshness). A column of the page itself, so a page shows it without a query; kept
    # outside the revisions (with_content_json), as a revision does not confirm anything.
    last_checked = models.DateField(_("last checked"), null=True, blank=True, editable=False)

    # A copy has not been checked by anyone yet; publishing it checks it.
    exclude_fields_in_copy = ["last_checked"]

    # Pages whose content is mostly made of other pages (the portal home) show no date of their own.
    shows_last_checked = True

    class Meta:
        abstract = True

    # A page exists in a language when one of these fields is translated; the
    # rest falls back to German field by field. Organisations keep their
    # (German) name in every language, so their description counts as well.
    # Stream fields are left out on purpose: listings and the sitemap defer them.
    translation_markers = ("title",)

    # German and the editor's languages only, with a picker for the others (home.editing_languages).
    base_form_class = PortalPageForm
    content_panels = [EditingLanguagesPanel(), *Page.content_panels]

    # Keep the plain `title`/`slug`/`url_path` columns German whatever the
    # editor's admin language: modeltranslation fills them from the active
    # language, and Wagtail's admin, redirects and search read them.
    def save(self, *args, **kwargs):
        with translation.override(DEFAULT_LANGUAGE):
            return super().save(*args, **kwargs)

    @classmethod
    def from_db(cls, db, field_names, values):
        """Django's own, placed without the constructors (`home.models.rows`), and with the columns
        a deferred row holds looked up once per query.

        Django places a row of a queryset with deferred fields by asking, for each of the
        model's columns, whether it is in `field_names`, a list: an event has 167 columns
        (eleven languages), so a listing's row cost 167 × ~150 string comparisons, more than
        rendering it. Every row of one query passes the same list, so its columns are kept."""
        if len(values) == len(cls._meta.concrete_fields):
            columns = placement_of(cls)
        else:
            mask, columns = _loaded_columns(cls, field_names)
            if columns is None:
                values_iter = iter(values)
                values = [next(values_iter) if loaded else DEFERRED for loaded in mask]
        if columns is not None:
            return place_row(cls, db, columns, values)
        page = cls(*values)
        page._state.adding = False
        page._state.db = db
        return page

    def save_revision(self, *args, **kwargs):
        with translation.override(DEFAULT_LANGUAGE):
            return super().save_revision(*args, **kwargs)

    def with_content_json(self, content):
        page = super().with_content_json(content)
        page.last_checked = self.last_checked
        return page

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # From the portal home down to the parent; the tree root is not a page to show.
        lineage = getattr(self, "routed_lineage", None)
        if lineage is not None:
            context["breadcrumbs"] = [ancestor for ancestor in lineage.ancestors if ancestor.depth > 1]
        else:
            context["breadcrumbs"] = self.get_ancestors().filter(depth__gt=1).defer_streamfields()
        return context

    def get_view_restrictions(self):
        # Routing already knew whether a restriction sits on this page or above it
        # (home.languages.routing); Wagtail would ask again in two queries.
        lineage = getattr(self, "routed_lineage", None)
        if lineage is not None and lineage.public:
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    # One preview mode per language the page is offered in (DESIGN.md, trap 7):
    # the preview is rendered at the page's address in that language.
    @property
    def preview_modes(self):
        return [(code, get_language(code).name) for code in self.offered_languages()]

    @property
    def default_preview_mode(self):
        return DEFAULT_LANGUAGE

    def make_preview_request(self, original_request=None, preview_mode=None, extra_request_attrs=None):
        code = preview_mode if preview_mode in self.offered_languages() else DEFAULT_LANGUAGE
        with translation.override(code):
            return super().make_preview_request(original_request, code, extra_request_attrs)

    def offered_languages(self) -> tuple[str, ...]:
        """Languages the switcher offers on this page; subsites narrow this down."""
        return LANGUAGE_CODES

    def is_available_in(self, code: str) -> bool:
        return code == DEFAULT_LANGUAGE or any(
            is_translated(self, field, code) for field in self.translation_markers
        )

    def available_languages(self) -> list[str]:
        """Offered languages that really have this page's content, German first."""
        return [code for code in self.offered_languages() if self.is_available_in(code)]

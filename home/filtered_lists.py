"""One pattern for the portal's filtered lists: the calendar, the news, the press archive and the
organisation directory.

Each list declares a django-filter `FilterSet` (a subclass of `ListFilterSet`) over its model's
queryset; the queries themselves are methods of that queryset. The list page renders through
`render_list`. One rule for a value a list does not understand (an unknown town, a year that is
no number, a month without a year): the list page itself answers with HTTP 400, its filter form
marks the field with a translated message, and it lists nothing. Never a bare error page, never
a 500, never a silently ignored filter.
"""

import hashlib

import django_filters

from django import forms
from django.core.paginator import Paginator
from django.forms.models import ModelChoiceIterator
from django.forms.utils import flatatt
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from home.page_cache import SITE
from home.page_cache.fragments import shared_fragment, shared_part
from home.pagination import paginate

NOT_KNOWN = _("The portal does not know “%(value)s”.")
NOT_UNDERSTOOD = _(
    "This list cannot be filtered this way: change or remove the filter named below to see results."
)


class SlugChoiceField(forms.ModelChoiceField):
    """Chooses by a readable key in the URL (a slug, a language code); shows the name."""

    default_error_messages = {"invalid_choice": NOT_KNOWN}

    def label_from_instance(self, obj):
        return obj.name

    def to_python(self, value):
        # NUL becomes U+FFFD: no key holds either, and PostgreSQL refuses NUL in a query.
        if isinstance(value, str):
            value = value.replace("\x00", "\ufffd")[:100]
        return super().to_python(value)


class SlugChoiceFilter(django_filters.ModelChoiceFilter):
    field_class = SlugChoiceField


class LongSelect(forms.Select):
    """A <select> written in one join: Django builds a dictionary and renders a template per
    option, which cost the calendar a third of its time for the district's 500 organisations;
    `format_html` per option was still a tenth of the press archive's.

    Where every visitor of a language is offered the same options (the organisations of
    `events.filter_fields.offer_public_organisations`, the towns, fields and languages of
    `ListFilterSet.sorted_choices`), ``kept_as`` names them and ``kept_tags`` are the tags of
    what they show: they are written once and kept (home.page_cache.fragments.shared_fragment),
    and each visitor's choice is marked in the copy.
    """

    kept_as = None
    kept_tags = ()

    def render(self, name, value, attrs=None, renderer=None):
        chosen = set(self.format_value(value))
        if self.kept_as:
            options = shared_fragment(
                None, self.kept_as, self.kept_tags, lambda: (self._options(set()), None)
            )
            for option in chosen:
                written = f'<option value="{conditional_escape(option)}">'
                options = options.replace(written, f"{written[:-1]} selected>", 1)
        else:
            options = self._options(chosen)
        return format_html(
            '<select name="{}"{}>{}</select>',
            name,
            flatatt(self.build_attrs(self.attrs, attrs)),
            mark_safe(options),  # noqa: S308 - every value and label escaped in _options
        )

    def _options(self, chosen):
        return "".join(
            f'<option value="{conditional_escape(option)}"{" selected" if str(option) in chosen else ""}>'
            f"{conditional_escape(label)}</option>"
            for option, label in self.choices
        )


class SortedChoices(ModelChoiceIterator):
    """The options A–Z by their names in the visitor's language, read only when the select is
    written: a kept select (`LongSelect`) reads none of them."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        key = self.field.to_field_name
        yield from sorted(
            ((getattr(obj, key), obj.name) for obj in self.queryset), key=lambda choice: choice[1].casefold()
        )


class SearchTextField(forms.CharField):
    """Free text, cut rather than refused when long: a pasted paragraph still searches."""

    def __init__(self, *, max_length=None, **kwargs):
        self.cut_at = max_length
        super().__init__(**kwargs)

    def clean(self, value):
        text = " ".join(super().clean(value).split())
        return text[: self.cut_at] if self.cut_at else text


class SearchTextFilter(django_filters.CharFilter):
    field_class = SearchTextField


class ListFilterSet(django_filters.FilterSet):
    """A list's filters, read from the URL.

    `sorted_choices` names the choice filters whose options are sorted by the name in the
    visitor's language and kept per language (`SortedChoices`, `LongSelect`); `prepare_form` is
    where a list adjusts its form per request.
    """

    sorted_choices = ()
    # Filters the page shows beside the folded filters (the press archive's search field): the
    # button that unfolds the others does not count them.
    shown_apart = ()

    @property
    def form(self):
        if not hasattr(self, "_form"):
            self.prepare_form(super().form)
        return self._form

    def prepare_form(self, form):
        # Towns, fields, languages and topics are the same for every visitor of a language until
        # one of them (a site-wide model, home.registry) changes: kept, not read each visit. A
        # list whose options depend on the request or on pages names them elsewhere (the
        # organisations: `offer_public_organisations`, kept under their own tags).
        for name in self.sorted_choices:
            field = form.fields[name]
            field.iterator = SortedChoices
            field.widget = LongSelect(attrs=field.widget.attrs)
            field.widget.is_required = field.required
            field.widget.choices = field.choices
            field.widget.kept_as = f"options:{type(self).__name__}:{name}"
            field.widget.kept_tags = {SITE}

    @property
    def not_understood(self) -> bool:
        return self.is_bound and not self.is_valid()

    @property
    def active(self) -> dict:
        """The filters in use, without the empty ones."""
        if not self.is_bound or not self.is_valid():
            return {}
        cleaned = self.form.cleaned_data
        return {name: value for name, value in cleaned.items() if value not in (None, "", False)}

    @property
    def is_active(self) -> bool:
        return bool(self.active)

    def choice_key(self, leaving_out=()) -> str:
        """The filters chosen, as a short key for what is kept per choice (a list's count): the
        same for the same values in any order, whatever else the address holds."""
        chosen = sorted(
            (name, value)
            for name, values in (self.data.lists() if self.data is not None else ())
            if name in self.base_filters and name not in leaving_out
            for value in values
        )
        return hashlib.sha256(repr(chosen).encode()).hexdigest()[:24]

    @property
    def kept_as(self) -> str | None:
        """The filters as chosen, as the key their form is kept by (`kept_part`), or None for a
        form rendered afresh: one showing what was not understood, or free text (the words a
        visitor types would each be an entry of their own)."""
        if self.not_understood:
            return None
        if any(isinstance(self.filters[name], SearchTextFilter) for name in self.active):
            return None
        return self.choice_key()

    @property
    def folded_count(self) -> int:
        """How many filters in use sit behind the button that unfolds them ("Filters (2)")."""
        return sum(1 for name in self.active if name not in self.shown_apart)

    def bad_values(self) -> str:
        """What was not understood, for an answer without the form (a feed): `town=atlantis`."""
        errors = self.form.errors
        named = [f"{name}={str(self.data.get(name, ''))[:40]}" for name in errors if name != "__all__"]
        return ", ".join(named) or " ".join(self.form.non_field_errors())

    def filter_queryset(self, queryset):
        if not self.is_bound:
            return queryset
        # A filter the list does not understand shows nothing rather than a guess.
        if self.not_understood:
            return queryset.none()
        return super().filter_queryset(queryset)


def read_filters(filterset_class, request, queryset, **kwargs):
    """The list's filters from the URL; an empty query string is an unbound form."""
    return filterset_class(request.GET or None, queryset=queryset, request=request, **kwargs)


def page_of(request, filterset, queryset, per_page, count=None):
    """The requested page of the list; a list that shows nothing has only its first page.
    `count`: how many items the list holds, when the caller already knows."""
    if filterset.not_understood:
        return Paginator(queryset.none(), per_page).page(1)
    return paginate(request, queryset, per_page, count=count)


def kept_count(request, page, name, filterset, count):
    """How many items ``page``'s list holds under the chosen filters, counted once per choice of
    them and kept as a part of the page (`shared_part`: under the page's tags, for the day).
    ``count()`` gives the number and the moment it changes by time alone, or None. None where the
    filters are not understood: the list then shows nothing and counts nothing."""
    if filterset.not_understood:
        return None

    def render():
        number, until = count()
        return str(number), until

    return int(shared_part(request, page, f"{name}:{filterset.choice_key()}", render))


def list_context(filterset) -> dict:
    """What every list template gets of its filters. Their form (`filters.form`) is built where a
    template renders it: a visit that finds the form kept (`kept_part`) and asks for no filter
    builds none (~0.7 ms of a list's 15)."""
    return {
        "filters": filterset,
        "filters_not_understood": NOT_UNDERSTOOD if filterset.not_understood else "",
    }


def with_list_status(response):
    """400 for a list page whose filters were not understood (`list_context` in its context)."""
    filterset = (response.context_data or {}).get("filters")
    if isinstance(filterset, ListFilterSet) and filterset.not_understood:
        response.status_code = 400
    return response


def render_list(page, request, filterset, context):
    """The list page (a route of a routable page) with its filter form; 400 when a filter value
    was not understood."""
    return with_list_status(page.render(request, context_overrides={**list_context(filterset), **context}))

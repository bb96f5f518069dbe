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
from django.utils.translation import gettext_lazy as _

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
    visitor's language; `prepare_form` is where a list adjusts its form per request.
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
        for name in self.sorted_choices:
            field = form.fields[name]
            options = sorted(
                ((getattr(obj, field.to_field_name), obj.name) for obj in field.queryset),
                key=lambda choice: choice[1].casefold(),
            )
            field.choices = [("", field.empty_label), *options]

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


def list_context(filterset) -> dict:
    """What every list template gets of its filters."""
    return {
        "filters": filterset,
        "filter_form": filterset.form,
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

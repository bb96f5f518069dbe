"""One pattern for the portal's filtered lists: the calendar, the news, the press archive and the
organisation directory.

Each list declares a django-filter `FilterSet` (a subclass of `ListFilterSet`) over its model's
queryset; the queries themselves are methods of that queryset. The list page renders through
`render_list`. One rule for a value a list does not understand (an unknown town, a year that is
no number, a month without a year): the list page itself answers with HTTP 400, its filter form
marks the field with a translated message, and it lists nothing. Never a bare error page, never
a 500, never a silently ignored filter.
"""

import django_filters

from django import forms
from django.utils.translation import gettext_lazy as _

NOT_KNOWN = _("The portal does not know “%(value)s”.")
NOT_UNDERSTOOD = _("This list does not understand the marked filter; change or remove it to see results.")


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


class ListFilterSet(django_filters.FilterSet):
    """A list's filters, read from the URL.

    `sorted_choices` names the choice filters whose options are sorted by the name in the
    visitor's language; `prepare_form` is where a list adjusts its form per request.
    """

    sorted_choices = ()

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
        return {
            name: value for name, value in self.form.cleaned_data.items() if value not in (None, "", False)
        }

    @property
    def is_active(self) -> bool:
        return bool(self.active)

    def filter_queryset(self, queryset):
        # A filter the list does not understand shows nothing rather than a guess.
        if self.not_understood:
            return queryset.none()
        return super().filter_queryset(queryset)


def read_filters(filterset_class, request, queryset, **kwargs):
    """The list's filters from the URL; an empty query string is an unbound form."""
    return filterset_class(request.GET or None, queryset=queryset, request=request, **kwargs)


def render_list(page, request, filterset, context):
    """The list page with its filter form; 400 when a filter value was not understood."""
    response = page.render(
        request,
        context_overrides={
            "filters": filterset,
            "filter_form": filterset.form,
            "filters_not_understood": NOT_UNDERSTOOD if filterset.not_understood else "",
            **context,
        },
    )
    if filterset.not_understood:
        response.status_code = 400
    return response

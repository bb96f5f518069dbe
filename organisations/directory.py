"""The directory's query: filters that combine, a text filter, A–Z order, pagination."""

from dataclasses import dataclass

from django.db.models import CharField, F, Prefetch, Q, Value
from django.db.models.functions import Coalesce, Lower, NullIf
from django.utils.translation import gettext as _

from modeltranslation.utils import build_localized_fieldname

from home.images import ORGANISATION_LOGO
from home.languages import DEFAULT_LANGUAGE, active_language
from home.pagination import paginate
from organisations.forms import DirectoryFilterForm
from organisations.models import OrganisationPage

PER_PAGE = 20
FILTERS = ("q", "town", "field", "community", "language")


@dataclass(frozen=True)
class ActiveFilter:
    label: str
    value: str
    remove_url: str


def localized(field_name: str) -> str:
    return build_localized_fieldname(field_name, active_language().code)


def translated_or_german(field_name: str):
    """The field in the visitor's language, falling back to German (as modeltranslation does)."""
    return Coalesce(
        NullIf(F(localized(field_name)), Value("")),
        F(build_localized_fieldname(field_name, DEFAULT_LANGUAGE)),
        output_field=CharField(),
    )


def listed_organisations(directory):
    return (
        OrganisationPage.objects.child_of(directory)
        .live()
        .public()
        .defer_streamfields()
        .select_related("town")
        .prefetch_related(
            "fields_of_activity",
            Prefetch("logo", queryset=ORGANISATION_LOGO.images()),
        )
    )


def filter_organisations(queryset, cleaned):
    if cleaned.get("town"):
        town = cleaned["town"]
        queryset = queryset.filter(Q(town=town) | Q(towns_served=town)).distinct()
    if cleaned.get("field"):
        queryset = queryset.filter(fields_of_activity=cleaned["field"])
    if cleaned.get("community"):
        queryset = queryset.filter(communities=cleaned["community"])
    if cleaned.get("language"):
        queryset = queryset.filter(spoken_languages=cleaned["language"])
    if cleaned.get("q"):
        text = cleaned["q"]
        matches = Q()
        for field_name in ("title", "short_description"):
            for column in {localized(field_name), build_localized_fieldname(field_name, DEFAULT_LANGUAGE)}:
                matches |= Q(**{f"{column}__icontains": text})
        queryset = queryset.filter(matches)
    return queryset.annotate(sort_name=Lower(translated_or_german("title"))).order_by("sort_name", "pk")


def directory_context(directory, request):
    form = DirectoryFilterForm(request.GET or None)
    cleaned = {}
    ignored = False
    if form.is_bound:
        form.is_valid()
        cleaned = {name: value for name, value in form.cleaned_data.items() if value}
        ignored = bool(form.errors)
    results = filter_organisations(listed_organisations(directory), cleaned)
    page_of_results = paginate(request, results, PER_PAGE)
    return {
        "filter_form": form,
        "organisations": page_of_results,
        "active_filters": _active_filters(request, form, cleaned),
        "ignored_filters": ignored,
        "is_filtered": bool(cleaned),
    }


def _active_filters(request, form, cleaned):
    chips = []
    for name in FILTERS:
        if name not in cleaned:
            continue
        value = cleaned[name]
        query = request.GET.copy()
        query.pop(name, None)
        query.pop("page", None)
        remaining = query.urlencode()
        chips.append(
            ActiveFilter(
                label=form.fields[name].label if name != "q" else _("Text"),
                value=value if isinstance(value, str) else value.name,
                remove_url=f"?{remaining}" if remaining else request.path,
            )
        )
    return chips

"""The directory: its filters (a FilterSet under the one rule of `home.filtered_lists`), a text
filter, A–Z order in the visitor's language, pagination, removable filter chips."""

from dataclasses import dataclass

from django.db.models import CharField, F, Q, Value
from django.db.models.functions import Coalesce, Lower, NullIf
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from modeltranslation.utils import build_localized_fieldname

from home.filtered_lists import (
    ListFilterSet,
    SearchTextFilter,
    SlugChoiceFilter,
    kept_count,
    list_context,
    page_of,
)
from home.images import picture_columns
from home.languages import DEFAULT_LANGUAGE, active_language
from home.languages.reading import columns_read
from organisations.models.taxonomy import Community, FieldOfActivity, SpokenLanguage, Town
from organisations.towns import in_town

PER_PAGE = 20


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


class DirectoryFilterSet(ListFilterSet):
    """Over the directory's live organisations (`OrganisationIndexPage.organisations()`)."""

    q = SearchTextFilter(label=gettext_lazy("Name or description"), max_length=100, method="matching")
    town = SlugChoiceFilter(
        label=gettext_lazy("Town"),
        queryset=Town.objects.all(),
        to_field_name="slug",
        empty_label=gettext_lazy("All towns"),
        method="in_town",
    )
    field = SlugChoiceFilter(
        field_name="fields_of_activity",
        label=gettext_lazy("Field of activity"),
        queryset=FieldOfActivity.objects.all(),
        to_field_name="slug",
        empty_label=gettext_lazy("All fields"),
    )
    community = SlugChoiceFilter(
        field_name="communities",
        label=gettext_lazy("Community"),
        queryset=Community.objects.all(),
        to_field_name="slug",
        empty_label=gettext_lazy("All communities"),
    )
    language = SlugChoiceFilter(
        field_name="spoken_languages",
        label=gettext_lazy("Language spoken"),
        queryset=SpokenLanguage.objects.all(),
        to_field_name="code",
        empty_label=gettext_lazy("All languages"),
    )

    sorted_choices = ("town", "field", "community", "language")

    def in_town(self, organisations, name, town):
        return in_town(organisations, town)

    def matching(self, organisations, name, text):
        matches = Q()
        for field_name in ("title", "short_description"):
            for column in {localized(field_name), build_localized_fieldname(field_name, DEFAULT_LANGUAGE)}:
                matches |= Q(**{f"{column}__icontains": text})
        return organisations.filter(matches)


# What a card reads of the organisation besides its texts and logo (`last_checked`: the stale
# mark; `path`: the tags it is kept under, `organisation_cards`).
_CARD = ("town_id", "logo_id", "last_checked", "path")


def listed(organisations):
    """What a card shows, A–Z by the name in the visitor's language: of the organisation, its
    town and logo only the columns the card reads, texts in the visitor's language and German.
    Every column of a profile in eleven languages cost more to compile and convert than the
    query took to run. A card's fields of activity and logo sizes are read by the cards not kept
    (`organisation_cards`), only for them."""
    return (
        organisations.select_related("town", "logo")
        .only(
            *_CARD,
            *columns_read("title", "url_path", "short_description"),
            *columns_read("name", related="town__"),
            *picture_columns("logo"),
        )
        .annotate(sort_name=Lower(translated_or_german("title")))
        .order_by("sort_name", "pk")
    )


def counted_organisations(directory, request, filters):
    """How many organisations the chosen filters list ("24 organisations", the pages), kept as
    the calendar's count is (`kept_count`): under the directory's tags, which any
    organisation's, the directory settings' or the site's change renews, and for the day, on
    which a profile turns stale. Counting the district's 500 profiles, each checked public, read
    every one of their pages: ~2 ms in PostgreSQL for the same figure each visit."""
    return kept_count(request, directory, "directory-count", filters, lambda: (filters.qs.count(), None))


def directory_context(directory, request):
    filters = directory.list_filters(request)
    count = counted_organisations(directory, request, filters)
    return {
        **list_context(filters),
        "organisations": page_of(request, filters, filters.qs, PER_PAGE, count=count),
        "active_filters": _active_filters(request, filters),
        # Cards of organisations seated elsewhere say that they are active in this town too.
        "town_filter": filters.active.get("town"),
        "is_filtered": filters.is_active or filters.not_understood,
    }


def _active_filters(request, filters):
    chips = []
    for name, value in filters.active.items():
        query = request.GET.copy()
        query.pop(name, None)
        query.pop("page", None)
        remaining = query.urlencode()
        chips.append(
            ActiveFilter(
                label=filters.form.fields[name].label if name != "q" else _("Text"),
                value=value if isinstance(value, str) else value.name,
                remove_url=f"?{remaining}" if remaining else request.path,
            )
        )
    return chips

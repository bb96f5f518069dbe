"""The press archive's filters: search, year, month, topic, town, organisation, in any
combination; a value the archive does not understand follows the one rule of
`home.filtered_lists`."""

import django_filters

from django import forms
from django.utils.dates import MONTHS
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from events.filter_fields import OrganisationChoiceFilter, TownChoiceFilter, offer_public_organisations
from home.filtered_lists import NOT_KNOWN, ListFilterSet, SearchTextFilter, SlugChoiceFilter
from home.search.text import MAX_QUERY_LENGTH, search_pages

YEAR_RANGE = _("Give the year as a number between 1990 and 2100.")


class YearField(forms.IntegerField):
    """Any year from 1990 to 2100 is understood (an address from before stays valid); the select
    offers the years that have releases under the other filters, with how many."""

    widget = forms.Select


class YearFilter(django_filters.NumberFilter):
    field_class = YearField


class PressFilterForm(forms.Form):
    def clean(self):
        cleaned = super().clean()
        if cleaned.get("month") and not cleaned.get("year"):
            raise forms.ValidationError(_("Choose a year for the month."))
        return cleaned


class PressFilterSet(ListFilterSet):
    """Over the archive's releases (`PressReleasePage.objects.listed()`), newest first."""

    year = YearFilter(
        field_name="release_date",
        lookup_expr="year",
        label=_("Year"),
        min_value=1990,
        max_value=2100,
        error_messages={"invalid": YEAR_RANGE, "min_value": YEAR_RANGE, "max_value": YEAR_RANGE},
    )
    month = django_filters.ChoiceFilter(
        field_name="release_date",
        lookup_expr="month",
        label=_("Month"),
        choices=[(str(number), name) for number, name in MONTHS.items()],
        empty_label=_("All months"),
        error_messages={"invalid_choice": NOT_KNOWN},
    )
    # The topics' model is the releases' own: `prepare_form` reads it from the queryset.
    topic = SlugChoiceFilter(
        field_name="topics",
        label=_("Topic"),
        queryset=None,
        to_field_name="slug",
        empty_label=_("All topics"),
    )
    town = TownChoiceFilter(field_name="dateline")
    organisation = OrganisationChoiceFilter(field_name="related_organisations")
    # Last: the search ranks what the other filters leave.
    q = SearchTextFilter(label=_("Search the press archive"), max_length=MAX_QUERY_LENGTH, method="search")

    sorted_choices = ("topic",)
    shown_apart = ("q",)

    class Meta:
        form = PressFilterForm

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.terms = []
        # The releases before the year filter (None: all of them), for the year select's counts.
        self.of_every_year = None
        # The year select's options (`offer_years`), given to the form when it is built.
        self.year_choices = None

    def prepare_form(self, form):
        topics = self.queryset.model._meta.get_field("topics").related_model
        form.fields["topic"].queryset = topics.objects.all()
        offer_public_organisations(form)
        super().prepare_form(form)
        if self.year_choices is not None:
            form.fields["year"].widget.choices = self.year_choices

    def filter_queryset(self, queryset):
        # The year last: what the other filters leave is what the year select counts.
        if not self.is_bound or self.not_understood:
            self.of_every_year = None if not self.is_bound else queryset.none()
            return super().filter_queryset(queryset)
        cleaned = self.form.cleaned_data
        for name, value in cleaned.items():
            if name != "year":
                queryset = self.filters[name].filter(queryset, value)
        self.of_every_year = queryset
        return self.filters["year"].filter(queryset, cleaned.get("year"))

    def count_in(self, years: dict) -> int:
        """How many releases the list shows, read off the year counts (year → how many): the
        chosen year's, else all of them."""
        chosen = self.active.get("year")
        return years.get(chosen, 0) if chosen else sum(years.values())

    def offer_years(self, years: dict):
        """The year select's options: "2026 (12)" for each year in `years` (year → how many),
        newest first, and the chosen year even when nothing is left in it."""
        chosen = self.active.get("year")
        counts = dict(years)
        if chosen and chosen not in counts:
            counts[chosen] = 0
        options = [(str(year), f"{year} ({counts[year]})") for year in sorted(counts, reverse=True)]
        self.year_choices = [("", _("All years")), *options]
        # A form built already (to check the filters) gets them now; else as it is built, if a
        # visit renders it at all (it is kept per choice).
        if hasattr(self, "_form"):
            self._form.fields["year"].widget.choices = self.year_choices

    def search(self, releases, name, text):
        releases, self.terms = search_pages(releases, get_language(), text)
        return releases.order_by("-title_rank", "-release_date", "-pk")

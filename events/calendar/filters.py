"""The calendar's filters: town, organisation, field, language, free only, today, this weekend or week.

Every filter lives in the URL; a value the calendar does not know follows the one rule of
`home.filtered_lists` (400, the calendar with its form marking the field, no dates).
"""

import datetime

import django_filters

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events.filter_fields import OrganisationChoiceFilter, TownChoiceFilter, offer_public_organisations
from home.filtered_lists import NOT_KNOWN, ListFilterSet, SlugChoiceFilter
from organisations.models import FieldOfActivity, SpokenLanguage


class CheckboxFilter(django_filters.Filter):
    field_class = forms.BooleanField


class EventFilterSet(ListFilterSet):
    """Over the calendar's dates (`EventOccurrence.objects.listed()`)."""

    town = TownChoiceFilter()
    organisation = OrganisationChoiceFilter()
    field = SlugChoiceFilter(
        field_name="event__fields_of_activity",
        label=_("Field of activity"),
        queryset=FieldOfActivity.objects.all(),
        to_field_name="slug",
        empty_label=_("All fields"),
    )
    language = SlugChoiceFilter(
        field_name="event__event_languages",
        label=_("Language of the event"),
        queryset=SpokenLanguage.objects.all(),
        to_field_name="code",
        empty_label=_("All languages"),
    )
    free = CheckboxFilter(label=_("Free of charge only"), method="free_only")
    when = django_filters.ChoiceFilter(
        label=_("When"),
        choices=[("today", _("Today")), ("weekend", _("This weekend")), ("week", _("This week"))],
        empty_label=_("Any time"),
        method="in_window",
        error_messages={"invalid_choice": NOT_KNOWN},
    )

    sorted_choices = ("town", "field", "language")

    def prepare_form(self, form):
        offer_public_organisations(form)
        super().prepare_form(form)

    def free_only(self, occurrences, name, value):
        return occurrences.filter(is_free=True) if value else occurrences

    def in_window(self, occurrences, name, value):
        start, end = self.window()
        return occurrences.overlapping(start, end)

    def window(self):
        """Today, Saturday and Sunday of this weekend, or today and the six days after it (the
        home page's "this week", so that on a Sunday it still shows a week ahead), in Berlin;
        None for any time."""
        when = self.active.get("when")
        if not when:
            return None
        today = timezone.localdate()
        weekday = today.weekday()
        if when == "today":
            first, days = today, 1
        elif when == "week":
            first, days = today, 7
        elif weekday < 5:  # Monday to Friday: the coming Saturday and Sunday
            first, days = today + datetime.timedelta(days=5 - weekday), 2
        else:  # on Saturday both days are left, on Sunday one
            first, days = today, 7 - weekday
        start = timezone.make_aware(datetime.datetime.combine(first, datetime.time.min))
        return start, start + datetime.timedelta(days=days)

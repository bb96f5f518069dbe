"""The calendar's filters: town, organisation, field, language, free only, today or this weekend.

Every filter lives in the URL. An unknown value is answered with 400 and a
page that says which value was not understood.
"""

import datetime
from dataclasses import dataclass

from django import forms
from django.core.exceptions import BadRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from events.filter_fields import offer_public_organisations, organisation_field, town_field
from organisations.forms import SlugChoiceField
from organisations.models import FieldOfActivity, SpokenLanguage


class EventFilterForm(forms.Form):
    town = town_field()
    organisation = organisation_field()
    field = SlugChoiceField(
        label=gettext_lazy("Field of activity"),
        queryset=FieldOfActivity.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=gettext_lazy("All fields"),
    )
    language = SlugChoiceField(
        label=gettext_lazy("Language of the event"),
        queryset=SpokenLanguage.objects.all(),
        to_field_name="code",
        required=False,
        empty_label=gettext_lazy("All languages"),
    )
    free = forms.BooleanField(label=gettext_lazy("Free of charge only"), required=False)
    when = forms.ChoiceField(
        label=gettext_lazy("When"),
        choices=[
            ("", gettext_lazy("Any time")),
            ("today", gettext_lazy("Today")),
            ("weekend", gettext_lazy("This weekend")),
        ],
        required=False,
    )

    def __init__(self, *args, organisation_fixed=False, **kwargs):
        super().__init__(*args, **kwargs)
        offer_public_organisations(self)
        if organisation_fixed:
            del self.fields["organisation"]
        for name in ("town", "field", "language"):
            field = self.fields[name]
            options = sorted(
                ((getattr(obj, field.to_field_name), obj.name) for obj in field.queryset),
                key=lambda choice: choice[1].casefold(),
            )
            field.choices = [("", field.empty_label), *options]


@dataclass(frozen=True)
class EventFilters:
    cleaned: dict

    @property
    def is_active(self):
        return any(value for key, value in self.cleaned.items())

    def apply(self, occurrences):
        cleaned = self.cleaned
        if cleaned.get("town"):
            occurrences = occurrences.filter(town=cleaned["town"])
        if cleaned.get("organisation"):
            occurrences = occurrences.filter(organisation=cleaned["organisation"])
        if cleaned.get("field"):
            occurrences = occurrences.filter(event__fields_of_activity=cleaned["field"])
        if cleaned.get("language"):
            occurrences = occurrences.filter(event__event_languages=cleaned["language"])
        if cleaned.get("free"):
            occurrences = occurrences.filter(is_free=True)
        window = self.window()
        if window is not None:
            start, end = window
            occurrences = occurrences.filter(start__lt=end, end__gte=start)
        return occurrences

    def window(self):
        """Today, or Saturday and Sunday of this weekend, in Berlin."""
        when = self.cleaned.get("when")
        if not when:
            return None
        today = timezone.localdate()
        weekday = today.weekday()
        if when == "today":
            first, days = today, 1
        elif weekday < 5:  # Monday to Friday: the coming Saturday and Sunday
            first, days = today + datetime.timedelta(days=5 - weekday), 2
        else:  # on Saturday both days are left, on Sunday one
            first, days = today, 7 - weekday
        start = timezone.make_aware(datetime.datetime.combine(first, datetime.time.min))
        return start, start + datetime.timedelta(days=days)


def read_filters(request, *, organisation_fixed=False) -> tuple[EventFilterForm, EventFilters]:
    """The filters of the URL; 400 for a value the calendar does not know."""
    form = EventFilterForm(request.GET or None, organisation_fixed=organisation_fixed)
    if not form.is_bound:
        return form, EventFilters({})
    if not form.is_valid():
        unknown = ", ".join(f"{name}={request.GET.get(name, '')[:40]}" for name in form.errors)
        raise BadRequest(_("The calendar does not know this filter value: %(values)s") % {"values": unknown})
    return form, EventFilters({name: value for name, value in form.cleaned_data.items() if value})


def exclude_non_public(occurrences):
    """Only live events without view restrictions."""
    from events.calendar.models import EventPage

    return occurrences.filter(event__in=EventPage.objects.live().public().values("pk"))

"""Filter fields the calendar and the press archive share, so both read alike in every language."""

from django import forms
from django.utils.translation import gettext_lazy

from organisations.forms import SlugChoiceField
from organisations.models import OrganisationPage, Town


def town_field():
    return SlugChoiceField(
        label=gettext_lazy("Town"),
        queryset=Town.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=gettext_lazy("All towns"),
    )


def organisation_field():
    # The queryset is set per request by `offer_public_organisations`: `public()` queries.
    return forms.ModelChoiceField(
        label=gettext_lazy("Organisation"),
        queryset=OrganisationPage.objects.none(),
        to_field_name="slug_de",
        required=False,
        empty_label=gettext_lazy("All organisations"),
    )


def offer_public_organisations(form):
    field = form.fields["organisation"]
    field.queryset = OrganisationPage.objects.live().public().order_by("title_de")
    field.label_from_instance = lambda page: page.title

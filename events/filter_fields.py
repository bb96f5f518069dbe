"""Filter fields the calendar and the press archive share, so both read alike in every language."""

import re

from django import forms
from django.forms.models import ModelChoiceIterator
from django.utils.translation import gettext_lazy

from wagtail.contrib.redirects.models import Redirect

from home.languages import DEFAULT_LANGUAGE, active_language
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


class OrganisationChoices(ModelChoiceIterator):
    """The options as (slug, name) rows, without building 500 page objects for one <select>.

    Only the chosen organisation becomes a page object, when the form is cleaned.
    """

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        code = active_language().code
        rows = self.queryset.values_list("slug_de", f"title_{code}", f"title_{DEFAULT_LANGUAGE}", named=True)
        for row in rows:
            # Asking for the German title twice gives one column, hence getattr with a default.
            yield (row.slug_de, getattr(row, f"title_{code}") or getattr(row, f"title_{DEFAULT_LANGUAGE}"))


class LongSelect(forms.Select):
    template_name = "events/widgets/long_select.html"


SLUG = re.compile(r"[-\w]{1,100}")


def renamed_organisation(slug):
    """The live organisation that was once called ``slug``, or None.

    Renaming an organisation leaves a redirect from each of its old addresses
    (`home.redirects`); a calendar subscription or a feed with the old slug follows it.
    """
    if not SLUG.fullmatch(slug):
        return None
    moved_to = Redirect.objects.filter(old_path__endswith=f"/{slug.lower()}").values("redirect_page_id")
    return OrganisationPage.objects.live().public().filter(pk__in=moved_to).first()


class OrganisationChoiceField(forms.ModelChoiceField):
    iterator = OrganisationChoices
    widget = LongSelect

    def to_python(self, value):
        try:
            return super().to_python(value)
        except forms.ValidationError:
            renamed = renamed_organisation(str(value))
            if renamed is None:
                raise
            return renamed


def organisation_field():
    # The queryset is set per request by `offer_public_organisations`: `public()` queries.
    return OrganisationChoiceField(
        label=gettext_lazy("Organisation"),
        queryset=OrganisationPage.objects.none(),
        to_field_name="slug_de",
        required=False,
        empty_label=gettext_lazy("All organisations"),
    )


def offer_public_organisations(form):
    field = form.fields["organisation"]
    field.queryset = OrganisationPage.objects.live().public().order_by("title_de")

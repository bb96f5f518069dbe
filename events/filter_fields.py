"""Filters the calendar, the news and the press archive share, so they read alike in every language."""

import re

import django_filters

from django import forms
from django.forms.models import ModelChoiceIterator
from django.utils.translation import gettext_lazy

from wagtail.contrib.redirects.models import Redirect

from home import page_cache
from home.filtered_lists import LongSelect, SlugChoiceField, SlugChoiceFilter
from home.languages import DEFAULT_LANGUAGE, active_language
from home.page_cache.fragments import FRAME
from organisations.models import OrganisationPage, Town


class TownChoiceFilter(SlugChoiceFilter):
    def __init__(self, field_name="town", **kwargs):
        kwargs.setdefault("label", gettext_lazy("Town"))
        kwargs.setdefault("empty_label", gettext_lazy("All towns"))
        super().__init__(field_name, queryset=Town.objects.all(), to_field_name="slug", **kwargs)


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


class OrganisationChoiceField(SlugChoiceField):
    iterator = OrganisationChoices
    widget = LongSelect

    def to_python(self, value):
        try:
            return super().to_python(value)
        except forms.ValidationError:
            slug = str(value).replace("\x00", "\ufffd")[:100]
            renamed = renamed_organisation(slug)
            if renamed is None:
                raise forms.ValidationError(
                    gettext_lazy("The portal does not know this organisation: %(slug)s"),
                    code="invalid_choice",
                    params={"slug": slug[:40]},
                ) from None
            return renamed


class OrganisationChoiceFilter(django_filters.ModelChoiceFilter):
    """A live public organisation by its German slug, or by one it had before a rename."""

    field_class = OrganisationChoiceField

    def __init__(self, field_name="organisation", **kwargs):
        kwargs.setdefault("label", gettext_lazy("Organisation"))
        kwargs.setdefault("empty_label", gettext_lazy("All organisations"))
        # The queryset is set per request by `offer_public_organisations`: `public()` queries.
        super().__init__(
            field_name, queryset=OrganisationPage.objects.none(), to_field_name="slug_de", **kwargs
        )


def offer_public_organisations(form):
    field = form.fields["organisation"]
    field.queryset = OrganisationPage.objects.live().public().order_by("title_de")
    # The same options for every visitor of a language until an organisation (or any page: a
    # private directory hides them all) or the site changes.
    field.widget.kept_as = "public-organisations"
    field.widget.kept_tags = {OrganisationPage.page_cache_kind, page_cache.SITE, FRAME}

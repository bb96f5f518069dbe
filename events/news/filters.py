"""The news list's filter: one organisation's news (`?organisation=<slug>`), under the one rule
of `home.filtered_lists` for a value the list does not know."""

from events.filter_fields import OrganisationChoiceFilter, offer_public_organisations
from home.filtered_lists import ListFilterSet


class NewsFilterSet(ListFilterSet):
    """Over the published news (`NewsPage.objects.published_under(site_root)`)."""

    organisation = OrganisationChoiceFilter()

    def prepare_form(self, form):
        offer_public_organisations(form)
        super().prepare_form(form)

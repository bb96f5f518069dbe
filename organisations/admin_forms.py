"""The page editor of an organisation's pages offers German and the organisation's own languages only."""

from home.page_forms import PortalPageForm


class OrganisationLanguagesForm(PortalPageForm):
    """Leaves out the fields of languages the organisation does not publish in.

    Volunteers are not faced with eleven copies of every field; the fields not in
    the form keep their stored values.
    """

    def offered_languages(self, parent_page):
        organisation = self._organisation(parent_page)
        if organisation is None:
            return super().offered_languages(parent_page)
        return tuple(organisation.offered_languages())

    def _organisation(self, parent_page):
        from organisations.models import OrganisationPage

        if isinstance(self.instance, OrganisationPage):
            return self.instance
        if getattr(self.instance, "organisation_id", None):
            return self.instance.organisation
        parent = parent_page.specific if parent_page is not None else None
        if isinstance(parent, OrganisationPage):
            return parent
        return getattr(parent, "organisation", None)

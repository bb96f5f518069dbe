"""The page editor of an organisation's pages offers German and the organisation's own languages only.

Imported by the page models (their `base_form_class`), so it imports no model: a page that
belongs to an organisation names it as `owning_organisation` (the organisation page itself,
or the organisation of a page under its subsite).
"""

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
        # The page's own organisation first; a new page under a subsite takes its parent's.
        organisation = getattr(self.instance, "owning_organisation", None)
        if organisation is None and parent_page is not None:
            organisation = getattr(parent_page.specific, "owning_organisation", None)
        return organisation

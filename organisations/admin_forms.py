"""The page editor of an organisation's pages shows German and the organisation's own languages only."""

from modeltranslation.translator import NotRegistered, translator
from wagtail.admin.forms.pages import WagtailAdminPageForm
from wagtail.models import Page

from home.languages import LANGUAGE_CODES


def _translated(model) -> set[str]:
    names = set()
    for each in (model, Page):
        try:
            names |= set(translator.get_options_for_model(each).all_fields)
        except NotRegistered:
            continue
    return names


class OrganisationLanguagesForm(WagtailAdminPageForm):
    """Leaves out the fields of languages the organisation does not publish in.

    Fields not in the form keep their stored values; volunteers are not faced
    with eleven copies of every field.
    """

    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        organisation = self._organisation(parent_page)
        if organisation is None:
            return
        hidden = set(LANGUAGE_CODES) - set(organisation.offered_languages())
        translated = _translated(type(self.instance))
        for name in list(self.fields):
            base, _sep, code = name.rpartition("_")
            if code in hidden and base in translated:
                del self.fields[name]

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

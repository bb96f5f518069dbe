"""The form of the page editor shared by every page type of the portal."""

from wagtail.admin.forms.pages import WagtailAdminPageForm

from home.admin_scope.forms import limit_choices_to_scope
from home.edit_conflicts import EditConflictFormMixin
from home.editing_languages import languages_to_show, restrict_form
from home.languages import LANGUAGE_CODES


class PortalPageForm(EditConflictFormMixin, WagtailAdminPageForm):
    """The page editor with German and the editor's languages only (home.editing_languages),
    whose choices of images, documents, pages and snippets follow the editor's scope.

    Fields left out keep their stored values when the form is saved. A stale form is refused
    (home.edit_conflicts).
    """

    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        offered = self.offered_languages(parent_page)
        self.languages_offered = offered
        self.languages_shown = restrict_form(self, offered, languages_to_show(self.for_user, offered))
        if self.for_user is not None:
            # Images, documents, pages and snippets from the editor's scope only (home/admin_scope/).
            limit_choices_to_scope(self, self.for_user)

    def offered_languages(self, parent_page) -> tuple[str, ...]:
        """The languages this page can be written in; organisations narrow them down."""
        return LANGUAGE_CODES

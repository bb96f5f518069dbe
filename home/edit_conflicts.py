"""Two editors on one page: the second to save a stale form is told, not silently obeyed.

Wagtail's edit form carries the revision it was loaded from (`loaded_revision_id`, with its
time, since autosave overwrites a revision in place). Wagtail refuses a stale autosave but saves,
publishes or submits a stale form over a colleague's newer work. The page form here refuses a
form when someone else has saved the page since it was loaded; the editor's own autosaves in the
meantime (which leave `loaded_revision_id` behind) are no conflict, so a single editor is never
stopped. The form comes back with everything the editor typed.
"""

from django.core.exceptions import ValidationError
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _


def newer_revision(page, data, user):
    """Someone else's revision saved since the form was loaded, or None while the form is current."""
    try:
        loaded_id = int(data.get("loaded_revision_id", ""))
    except ValueError:
        return None  # not sent by the editor (a script, a test): nothing to compare with
    if not page.pk or user is None:
        return None
    revisions = page.revisions.select_related("user")
    newer = revisions.filter(pk__gt=loaded_id).exclude(user=user).order_by("-created_at").first()
    if newer is not None:
        return newer
    # Another editor's autosave may have overwritten the loaded revision in place since.
    loaded = revisions.filter(pk=loaded_id).first()
    loaded_at = data.get("loaded_revision_created_at", "")
    if loaded is not None and loaded.user_id != user.pk and loaded_at != loaded.created_at.isoformat():
        return loaded
    return None


def conflict_message(revision) -> str:
    author = (revision.user.get_full_name() or revision.user.get_username()) if revision.user else ""
    when = date_format(localtime(revision.created_at), "SHORT_DATETIME_FORMAT")
    if author:
        intro = _("%(author)s saved this page at %(when)s, after you opened it.") % {
            "author": author,
            "when": when,
        }
    else:
        intro = _("This page was saved at %(when)s, after you opened it.") % {"when": when}
    return " ".join(
        [
            intro,
            _(
                "Your changes have not been saved so that theirs are not lost; they are still in "
                "the form. Open the page in a new tab to compare. If you save again, your version "
                "replaces theirs."
            ),
        ]
    )


class EditConflictFormMixin:
    def clean(self):
        cleaned_data = super().clean()
        revision = newer_revision(self.instance, self.data, self.for_user)
        if revision is not None:
            raise ValidationError(conflict_message(revision), code="edit_conflict")
        return cleaned_data

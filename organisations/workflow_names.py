"""Workflow and task names in the editor's admin language.

Wagtail stores a workflow's and a task's name as one database row and shows
it as it is: "In Moderators approval einreichen" for the press office. The
portal's own workflow and task and Wagtail's default ones are known names:
reading `name` gives the translation in the active language, and any
translation written back (an administrator saving the workflow's form) is
stored under the known name again. Names an administrator invents are shown
as they were typed.
"""

from functools import cache

from django.db.models.query_utils import DeferredAttribute
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.models import Task, Workflow

from home.languages import LANGUAGE_CODES
from organisations.access.roles import TASK_NAME, WORKFLOW_NAME

# Stored name → msgid. Wagtail's migration 0048 names its default workflow and task after the
# group that may publish, "Moderators".
KNOWN_NAMES = {
    WORKFLOW_NAME: _("Review by the editorial office"),
    TASK_NAME: _("Approval by the portal moderators"),
    "Moderators approval": _("Moderators approval"),
}


def display_name(stored: str) -> str:
    known = KNOWN_NAMES.get(stored)
    return str(known) if known is not None else stored


@cache
def _stored_names() -> dict[str, str]:
    names = {}
    for stored, msgid in KNOWN_NAMES.items():
        for code in (*LANGUAGE_CODES, None):
            with translation.override(code):
                names.setdefault(str(msgid), stored)
    return names


def stored_name(value):
    """The known name behind a translation, so that the row stays translatable."""
    return _stored_names().get(value, value) if isinstance(value, str) else value


class TranslatedName(DeferredAttribute):
    """`name` reads translated; the database keeps the stored name (see `install`)."""

    def __get__(self, instance, cls=None):
        if instance is None:
            return self
        if self.field.attname not in instance.__dict__:
            super().__get__(instance, cls)
        return display_name(instance.__dict__[self.field.attname])

    def __set__(self, instance, value):
        instance.__dict__[self.field.attname] = stored_name(value)


def install():
    for model in (Workflow, Task):
        field = model._meta.get_field("name")
        # Saving writes what is stored, not the translation that reading gives.
        field.pre_save = lambda instance, add, attname=field.attname: instance.__dict__.get(attname)
        setattr(model, field.attname, TranslatedName(field))

"""Review status of one language of a page: machine-translated, reviewed by a person, or human.

Since 2 August 2026 machine-translated public information is marked as such unless a competent
person reviewed it (EU AI Act, Art. 50(4)); the status says which applies.
"""

from enum import StrEnum

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.models import TranslationEdit


class Review(StrEnum):
    MACHINE = "machine"
    REVIEWED = "reviewed"
    HUMAN = "human"


REVIEW_LABELS = {
    Review.MACHINE: _("machine-translated, not reviewed"),
    Review.REVIEWED: _("machine-translated, reviewed"),
    Review.HUMAN: _("translated by a person"),
}


def review_of(edit) -> Review:
    if edit is None or edit.machine_translated_at is None:
        return Review.HUMAN
    if edit.reviewed_at is not None and edit.reviewed_at >= edit.machine_translated_at:
        return Review.REVIEWED
    return Review.MACHINE


def needs_label(edit) -> bool:
    """Whether visitors of this language are told that a machine translated it, unchecked."""
    return edit is not None and edit.has_content and review_of(edit) == Review.MACHINE


def mark_reviewed(page, code: str, user):
    TranslationEdit.objects.filter(page_id=page.pk, language=code).update(
        reviewed_at=timezone.now(), reviewed_by=user
    )
    # The label is part of cached public pages.
    from home.page_cache import page_changed

    page_changed(page)

"""Which languages of a page are complete, missing or outdated, and starting a translation from German.

Every saved revision is compared with the one before it; the languages whose
fields changed get a new “last edited” time. A language is outdated when the
German was edited after it.
"""

from enum import StrEnum

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.fields import StreamField

from home.languages import DEFAULT_LANGUAGE, LANGUAGE_CODES, has_value
from home.models import TranslationEdit


class Status(StrEnum):
    SOURCE = "source"
    COMPLETE = "complete"
    OUTDATED = "outdated"
    COPY = "copy"
    MISSING = "missing"


STATUS_LABELS = {
    Status.SOURCE: _("German original"),
    Status.COMPLETE: _("complete"),
    Status.OUTDATED: _("outdated"),
    Status.COPY: _("copied from German, not yet translated"),
    Status.MISSING: _("missing"),
}


def translated_fields(model) -> tuple[str, ...]:
    try:
        return tuple(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return ()


def _values(content: dict, fields, code: str) -> dict:
    return {field: content.get(build_localized_fieldname(field, code)) for field in fields}


def _has_own_content(content: dict, markers, code: str) -> bool:
    for field in markers:
        value = content.get(build_localized_fieldname(field, code))
        german = content.get(build_localized_fieldname(field, DEFAULT_LANGUAGE))
        if has_value(value) and (code == DEFAULT_LANGUAGE or value != german):
            return True
    return False


def record_revision(revision):
    """Updates the translation state of the revision's page (called for every new page revision)."""
    model = revision.content_type.model_class()
    fields = translated_fields(model)
    if not fields or not hasattr(model, "translation_markers"):
        return
    content = revision.content
    try:
        previous_content = revision.get_previous().content
    except revision.DoesNotExist:
        previous_content = {}
    markers = model.translation_markers
    existing = {edit.language: edit for edit in TranslationEdit.objects.filter(page_id=revision.object_id)}
    for code in LANGUAGE_CODES:
        changed = _values(content, fields, code) != _values(previous_content, fields, code)
        edit = existing.get(code)
        has_content = _has_own_content(content, markers, code)
        if edit is None:
            TranslationEdit.objects.create(
                page_id=revision.object_id,
                language=code,
                edited_at=revision.created_at,
                has_content=has_content,
            )
        elif changed or edit.has_content != has_content:
            if changed:
                edit.edited_at = revision.created_at
                edit.copied_from_german = False
            edit.has_content = has_content
            edit.save()


def status_of(edits: dict, code: str) -> Status:
    if code == DEFAULT_LANGUAGE:
        return Status.SOURCE
    edit = edits.get(code)
    if edit is None:
        return Status.MISSING
    if edit.copied_from_german:
        return Status.COPY
    if not edit.has_content:
        return Status.MISSING
    german = edits.get(DEFAULT_LANGUAGE)
    if german is not None and german.edited_at > edit.edited_at:
        return Status.OUTDATED
    return Status.COMPLETE


@transaction.atomic
def start_translation(page, code: str, user=None):
    """Copies the German into the language's empty fields as a draft, marked as not yet translated."""
    if code == DEFAULT_LANGUAGE or code not in LANGUAGE_CODES:
        raise ValueError(code)
    draft = page.get_latest_revision_as_object()
    for field in translated_fields(type(draft)):
        target = build_localized_fieldname(field, code)
        if has_value(getattr(draft, target, None)):
            continue
        german = getattr(draft, build_localized_fieldname(field, DEFAULT_LANGUAGE), None)
        if german is None:
            continue
        if isinstance(type(draft)._meta.get_field(target), StreamField):
            german = german.get_prep_value()
        setattr(draft, target, german)
    revision = draft.save_revision(user=user)
    TranslationEdit.objects.update_or_create(
        page_id=page.pk,
        language=code,
        defaults={"copied_from_german": True, "has_content": False, "edited_at": revision.created_at},
    )
    return revision

"""“Vorübersetzen”: filling one language of a page from German by machine, as a draft.

Only fields that are empty, or that still hold the last machine run's text while the German has
changed since, are translated; a field a person wrote or corrected is never touched. The result
is a new draft revision: nothing goes live without the usual publish or moderation step. If the
engine fails, nothing is saved.
"""

import contextlib
import hashlib
import json
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from modeltranslation.utils import build_localized_fieldname
from wagtail.fields import StreamField

from home.languages import DEFAULT_LANGUAGE, has_value
from home.languages.translation_state import translated_fields
from home.machine_translation.engines import EngineError
from home.machine_translation.glossary import glossary_for, protect, restore
from home.machine_translation.pieces import translated_value
from home.models import MachineTranslatedField, MachineTranslationUsage, TranslationEdit

# Addresses are not text: a translated slug would not be a slug.
NOT_TRANSLATED = {"slug", "url_path"}


def digest(model_field, value) -> str:
    """A fingerprint of a field's stored value, equal for equal content."""
    if isinstance(model_field, StreamField) and isinstance(value, str):
        with contextlib.suppress(ValueError):
            value = json.loads(value)
    return hashlib.sha256(json.dumps(value, sort_keys=True, default=str).encode()).hexdigest()


@dataclass
class Result:
    fields: list[str] = field(default_factory=list)
    characters: int = 0
    revision: object = None


def fields_to_translate(page, draft, code: str) -> list[str]:
    """The fields the machine may fill: empty ones, and its own unedited ones whose German changed."""
    model = type(draft)
    content = draft.serializable_data()
    runs = {run.field: run for run in MachineTranslatedField.objects.filter(page_id=page.pk, language=code)}
    chosen = []
    for name in translated_fields(model):
        if name in NOT_TRANSLATED:
            continue
        german_name = build_localized_fieldname(name, DEFAULT_LANGUAGE)
        target_name = build_localized_fieldname(name, code)
        if not has_value(getattr(draft, german_name, None)):
            continue
        if has_value(getattr(draft, target_name, None)):
            run = runs.get(name)
            target_field = model._meta.get_field(target_name)
            german_field = model._meta.get_field(german_name)
            if run is None or run.machine_digest != digest(target_field, content.get(target_name)):
                continue  # a person's text
            if run.german_digest == digest(german_field, content.get(german_name)):
                continue  # up to date
        chosen.append(name)
    return chosen


def _month():
    return timezone.localdate().replace(day=1)


def characters_this_month(engine) -> int:
    return (
        MachineTranslationUsage.objects.filter(engine=engine.name, month=_month())
        .values_list("characters", flat=True)
        .first()
        or 0
    )


def _check_budget(engine, characters: int):
    cap = settings.MACHINE_TRANSLATION_MONTHLY_CHARACTERS
    if cap and characters_this_month(engine) + characters > cap:
        raise EngineError(
            _(
                "This month's budget for machine translation is used up. Nothing was changed; "
                "ask the portal's moderators."
            )
        )


def _count_usage(engine, characters: int):
    usage, _created = MachineTranslationUsage.objects.get_or_create(engine=engine.name, month=_month())
    MachineTranslationUsage.objects.filter(pk=usage.pk).update(characters=F("characters") + characters)


def _batches(engine, pieces):
    batch, size = [], 0
    for piece in pieces:
        if batch and (len(batch) >= engine.max_texts or size + len(piece) > engine.max_characters):
            yield batch
            batch, size = [], 0
        batch.append(piece)
        size += len(piece)
    if batch:
        yield batch


def translate_pieces(engine, pieces: list[str], code: str) -> list[str]:
    entries = glossary_for(code)
    translated = []
    # Protected before batching, so that the engine's limits count what is really sent.
    for batch in _batches(engine, protect(pieces, entries, engine)):
        answer = engine.translate(batch, code)
        if len(answer) != len(batch):
            raise EngineError(
                _("The translation service could not be reached. Nothing was changed; try again later.")
            )
        translated.extend(restore(answer, entries))
    return translated


def pretranslate(page, code: str, engine, user=None) -> Result:
    """Translates the chosen fields of ``code`` into a new draft; EngineError leaves the page as it was."""
    if code == DEFAULT_LANGUAGE or not engine.translates_into(code):
        raise EngineError(_("The translation service does not translate into this language."))
    draft = page.get_latest_revision_as_object()
    model = type(draft)
    names = fields_to_translate(page, draft, code)
    if not names:
        return Result()
    content = draft.serializable_data()

    pieces = []

    def collect(piece):
        pieces.append(piece)
        return piece

    german = {name: content.get(build_localized_fieldname(name, DEFAULT_LANGUAGE)) for name in names}
    for name in names:
        translated_value(model._meta.get_field(build_localized_fieldname(name, code)), german[name], collect)
    characters = sum(len(piece) for piece in pieces)
    _check_budget(engine, characters)
    answers = iter(translate_pieces(engine, pieces, code))
    _count_usage(engine, characters)

    with transaction.atomic(), translation.override(DEFAULT_LANGUAGE):
        # The base columns stay German whatever the editor's admin language (DESIGN.md, trap 3).
        for name in names:
            target_name = build_localized_fieldname(name, code)
            value = translated_value(
                model._meta.get_field(target_name), german[name], lambda _piece: next(answers)
            )
            setattr(draft, target_name, value)
        revision = draft.save_revision(user=user)
        _remember(page, code, names, model, revision)
    return Result(fields=names, characters=characters, revision=revision)


def _remember(page, code, names, model, revision):
    content = revision.content
    for name in names:
        german_name = build_localized_fieldname(name, DEFAULT_LANGUAGE)
        target_name = build_localized_fieldname(name, code)
        MachineTranslatedField.objects.update_or_create(
            page_id=page.pk,
            language=code,
            field=name,
            defaults={
                "german_digest": digest(model._meta.get_field(german_name), content.get(german_name)),
                "machine_digest": digest(model._meta.get_field(target_name), content.get(target_name)),
                "translated_at": revision.created_at,
            },
        )
    # A new machine run needs a new review.
    TranslationEdit.objects.update_or_create(
        page_id=page.pk,
        language=code,
        defaults={"machine_translated_at": revision.created_at, "reviewed_at": None, "reviewed_by": None},
    )

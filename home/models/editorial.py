"""What the editors' tools keep track of: when each language of a page was edited, and old URLs."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class TranslationEdit(models.Model):
    """The state of one language of a page, kept current on every saved revision.

    “Outdated” means the German changed after this language was last edited.
    """

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="translation_edits")
    language = models.CharField(_("language"), max_length=10)
    edited_at = models.DateTimeField(_("last edited"))
    has_content = models.BooleanField(_("translated"), default=False)
    copied_from_german = models.BooleanField(
        _("copy of the German"), default=False, help_text=_("Started from German and not edited since.")
    )
    # Review of a machine translation (home.machine_translation): none of these set means a
    # person translated the language; reviewed before the last machine run counts as unreviewed.
    machine_translated_at = models.DateTimeField(_("machine-translated"), null=True, blank=True)
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        unique_together = [("page", "language")]
        verbose_name = _("translation state")

    def __str__(self):
        return f"{self.page_id} [{self.language}]"


class PagePath(models.Model):
    """The address a live page had in one language, so that a changed address gets a redirect."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=10)
    path = models.CharField(max_length=1000)

    class Meta:
        unique_together = [("page", "language")]

    def __str__(self):
        return f"{self.path} [{self.language}]"


class EditingLanguages(models.Model):
    """The languages an editor works in beside German; the page editor shows only their fields.

    `languages` holds language codes, or `["all"]` for every language the page offers.
    """

    ALL = "all"

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="editing_languages", primary_key=True
    )
    languages = models.JSONField(_("editing languages"), default=list, blank=True)

    class Meta:
        verbose_name = _("editing languages")

    def __str__(self):
        return f"{self.user_id}: {', '.join(self.languages)}"


class ReviewLanguages(models.Model):
    """The languages a person reviews machine translations in, set in their account.

    Separate from `EditingLanguages`: that is which fields the editor shows and changes with
    a click in the translation report; this says in which languages the person vouches for
    a machine translation (EU AI Act, Art. 50(4): reviewed by a competent person).
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="review_languages", primary_key=True
    )
    languages = models.JSONField(_("languages I review"), default=list, blank=True)

    class Meta:
        verbose_name = _("languages I review")

    def __str__(self):
        return f"{self.user_id}: {', '.join(self.languages)}"


class MachineTranslatedField(models.Model):
    """What the last machine run wrote into one field of one language, and from which German.

    Fingerprints, not texts: the field's current value equal to ``machine_digest`` means no
    person has edited it since; ``german_digest`` different from the German now means outdated.
    """

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=10)
    field = models.CharField(max_length=100)
    german_digest = models.CharField(max_length=64)
    machine_digest = models.CharField(max_length=64)
    translated_at = models.DateTimeField()

    class Meta:
        unique_together = [("page", "language", "field")]

    def __str__(self):
        return f"{self.page_id} [{self.language}] {self.field}"


class MachineTranslationUsage(models.Model):
    """Characters sent to an engine in one calendar month, for the monthly cap."""

    engine = models.CharField(max_length=30)
    month = models.DateField(help_text="The first day of the month.")
    characters = models.PositiveBigIntegerField(default=0)

    class Meta:
        unique_together = [("engine", "month")]

    def __str__(self):
        return f"{self.engine} {self.month:%Y-%m}: {self.characters}"

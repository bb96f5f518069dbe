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

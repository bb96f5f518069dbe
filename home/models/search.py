"""The text of each live page as a reader of each language sees it.

One row per page and language, German where a field is not translated, so
that a Turkish search finds a page by its Turkish text, or by its German text
where there is no Turkish, and not by its Arabic text.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PageText(models.Model):
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(_("language"), max_length=10)
    title = models.TextField(_("title"))
    text = models.TextField(_("text"), blank=True)
    is_fallback = models.BooleanField(
        _("shown in German"), default=False, help_text=_("The page has no translation into this language.")
    )

    class Meta:
        unique_together = [("page", "language")]
        indexes = [models.Index(fields=["language", "page"])]
        verbose_name = _("page text")

    def __str__(self):
        return f"{self.title} [{self.language}]"

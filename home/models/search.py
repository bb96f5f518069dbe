"""The text of each live page as a reader of each language sees it.

One row per page and language, German where a field is not translated, so
that a Turkish search finds a page by its Turkish text, or by its German text
where there is no Turkish, and not by its Arabic text.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _

# PostgreSQL's text search configuration per portal language; `simple` where
# PostgreSQL has no stemmer for the language.
SEARCH_CONFIGS = {
    "de": "german",
    "en": "english",
    "tr": "turkish",
    "ar": "arabic",
    "fa": "simple",
    "pl": "simple",
    "ru": "russian",
    "uk": "simple",
    "el": "greek",
    "it": "italian",
    "kmr": "simple",
}


class PageText(models.Model):
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(_("language"), max_length=10)
    kind = models.CharField(_("kind"), max_length=20, default="page")
    title = models.TextField(_("title"))
    # The title folded (home.search.folding): “cafe” finds “Sprachcafé” inside a compound.
    title_folded = models.TextField(blank=True, default="", editable=False)
    text = models.TextField(_("text"), blank=True)
    # The text folded likewise, stored: a search for a word inside the text (the press archive's)
    # reads this column instead of folding every text again for every query.
    text_folded = models.TextField(blank=True, default="", editable=False)
    is_fallback = models.BooleanField(
        _("shown in German"), default=False, help_text=_("The page has no translation into this language.")
    )
    # Events stop being current after their last date; search ranks them lower then.
    ends_at = models.DateTimeField(_("current until"), null=True, blank=True)
    # Filled on PostgreSQL only (weighted title A, text B, in the language's configuration).
    search_vector = SearchVectorField(null=True, editable=False)

    class Meta:
        unique_together = [("page", "language")]
        indexes = [models.Index(fields=["language", "kind"])]
        verbose_name = _("page text")

    def __str__(self):
        return f"{self.title} [{self.language}]"


class SearchMiss(models.Model):
    """How often a query found nothing, per language and day: what visitors look for and do not find.

    Only the normalised query (home.search.misses) is kept: no address, no time finer than the
    day, no identifier of any kind; a row counts many visitors.
    """

    query = models.CharField(_("search term"), max_length=100)
    language = models.CharField(_("language"), max_length=10)
    day = models.DateField(_("day"))
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        unique_together = [("query", "language", "day")]
        indexes = [models.Index(fields=["day", "language"])]
        verbose_name = _("search without results")
        verbose_name_plural = _("searches without results")

    def __str__(self):
        return f"{self.query} [{self.language}]"

"""The glossary of machine pre-translation, edited by moderators: terms kept as they are
(organisation names, “Kreis Mettmann”) and terms always translated one way per language."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class GlossaryTerm(models.Model):
    term = models.CharField(_("German term"), max_length=200, unique=True)
    keep = models.BooleanField(
        _("keep as it is"),
        default=False,
        help_text=_("Names, e.g. of organisations: the term stays unchanged in every language."),
    )
    # Translated with modeltranslation (translation_tr, translation_ar, …); empty: the engine decides.
    translation = models.CharField(
        _("always translated as"),
        max_length=200,
        blank=True,
        help_text=_("Leave a language empty to let the translation service decide."),
    )

    class Meta:
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary")
        ordering = ["term"]

    def __str__(self):
        return self.term

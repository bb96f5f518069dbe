"""Whether an organisation's editors publish without review.

Kept apart from the OrganisationPage on purpose: page fields live in the page's revisions, so
an editor who reverted to an old revision from a trusted time and had it approved got the
publish right back. This row has no revisions and only moderators change it.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class OrganisationTrust(models.Model):
    organisation = models.OneToOneField(
        "organisations.OrganisationPage",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="trust",
    )
    is_trusted = models.BooleanField(
        _("trusted"),
        default=False,
        help_text=_("Trusted organisations publish directly; others go through moderation."),
    )
    changed_at = models.DateTimeField(_("changed"), auto_now=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["organisation__title"]
        verbose_name = _("trust of an organisation")
        verbose_name_plural = _("trust of organisations")

    def __str__(self):
        return str(self.organisation)

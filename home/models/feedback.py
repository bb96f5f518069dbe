"""Reports of accessibility barriers, the feedback mechanism BITV 2.0 requires."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class BarrierReport(models.Model):
    page_url = models.CharField(_("page"), max_length=500, blank=True)
    description = models.TextField(_("description of the barrier"), max_length=5000)
    name = models.CharField(_("name"), max_length=200, blank=True)
    email = models.EmailField(_("email for a reply"), blank=True)
    language = models.CharField(_("language"), max_length=10)
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    handled = models.BooleanField(_("handled"), default=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("barrier report")
        verbose_name_plural = _("barrier reports")

    def __str__(self):
        return f"{self.created_at:%d.%m.%Y} – {self.description[:60]}"

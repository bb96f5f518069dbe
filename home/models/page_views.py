"""How often a page was read, per language, day and device class: the portal's reach.

A row counts many visitors: no address, no identifier, no time finer than the day, no row per
visit (home.page_views counts in Redis and adds the counts here).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PageViewCount(models.Model):
    PHONE = "phone"
    DESKTOP = "desktop"
    DEVICES = [(PHONE, _("phone")), (DESKTOP, _("desktop"))]

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(_("language"), max_length=10)
    day = models.DateField(_("day"))
    device = models.CharField(_("device"), max_length=10, choices=DEVICES)
    views = models.PositiveIntegerField(_("views"), default=0)
    # Of these views, those that showed the German text: the page is not translated into `language`.
    fallback_views = models.PositiveIntegerField(_("views in German instead"), default=0)

    class Meta:
        unique_together = [("page", "language", "day", "device")]
        indexes = [models.Index(fields=["day", "language"])]
        verbose_name = _("page views")
        verbose_name_plural = _("page views")

    def __str__(self):
        return f"{self.page_id} [{self.language}] {self.day} {self.device}: {self.views}"


class PageViewBatch(models.Model):
    """A batch of counts taken from Redis and added: a batch retried after a crash is not added twice."""

    key = models.CharField(max_length=100, unique=True)
    flushed_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.key

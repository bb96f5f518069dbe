"""An organisation's calendar subscriptions and the reports of each iCal import."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CalendarSubscription(models.Model):
    """A calendar (.ics address) of an organisation, fetched on a schedule."""

    organisation = models.ForeignKey(
        "organisations.OrganisationPage",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="calendar_subscriptions",
    )
    url = models.URLField(_("calendar address (.ics)"), max_length=500)
    active = models.BooleanField(_("fetch regularly"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_fetched_at = models.DateTimeField(_("last fetched"), null=True, blank=True)

    class Meta:
        unique_together = [("organisation", "url")]
        verbose_name = _("calendar subscription")
        verbose_name_plural = _("calendar subscriptions")

    def __str__(self):
        return self.url


class ImportRun(models.Model):
    """What one import did, event by event."""

    organisation = models.ForeignKey(
        "organisations.OrganisationPage", on_delete=models.CASCADE, related_name="calendar_imports"
    )
    subscription = models.ForeignKey(
        CalendarSubscription, null=True, blank=True, on_delete=models.SET_NULL, related_name="runs"
    )
    source = models.CharField(_("source"), max_length=500)
    started_at = models.DateTimeField(auto_now_add=True)
    succeeded = models.BooleanField(default=False)
    error = models.TextField(_("error"), blank=True)
    # [{"uid": …, "title": …, "outcome": "created|updated|unchanged|rejected", "reason": …}]
    report = models.JSONField(default=list)

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("calendar import")
        verbose_name_plural = _("calendar imports")

    def __str__(self):
        return f"{self.source} ({self.started_at:%Y-%m-%d %H:%M})"

    def count(self, outcome):
        return sum(1 for line in self.report if line.get("outcome") == outcome)

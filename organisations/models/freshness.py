"""When an organisation's editors were last reminded to confirm their profile.

The date of the last check itself is the profile page's own (home.models.base.BasePage
.last_checked, set on publish and by "Still correct"): one date for every page of the portal.
"""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Editors are reminded after half a year; the directory marks a profile after a year.
REMIND_AFTER = datetime.timedelta(days=182)
STALE_AFTER = datetime.timedelta(days=365)
# At most one reminder a month per organisation.
REMIND_AGAIN_AFTER = datetime.timedelta(days=30)


def stale_before() -> datetime.date:
    """A profile last checked on or before this day is stale."""
    return timezone.localdate() - STALE_AFTER


class OrganisationFreshness(models.Model):
    organisation = models.OneToOneField(
        "organisations.OrganisationPage",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="freshness",
        verbose_name=_("organisation"),
    )
    reminded_at = models.DateTimeField(_("reminded"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("last check of a profile")

    def __str__(self):
        return str(self.organisation_id)

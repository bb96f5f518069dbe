"""When an organisation last confirmed its profile, and when it was last reminded to.

Outside the page's revisions (as the trust is): a reverted revision does not set back the date,
and the one-click "Still correct" changes no page content.
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


class OrganisationFreshness(models.Model):
    organisation = models.OneToOneField(
        "organisations.OrganisationPage",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="freshness",
        verbose_name=_("organisation"),
    )
    last_checked = models.DateField(_("last checked"))
    reminded_at = models.DateTimeField(_("reminded"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("last check of a profile")

    def __str__(self):
        return str(self.organisation_id)

    @property
    def is_stale(self) -> bool:
        return self.last_checked <= timezone.localdate() - STALE_AFTER


def mark_checked(organisation_id):
    OrganisationFreshness.objects.update_or_create(
        organisation_id=organisation_id, defaults={"last_checked": timezone.localdate()}
    )

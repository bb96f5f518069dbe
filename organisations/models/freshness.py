"""When an organisation's editors were last reminded to confirm their profile, and whether the
directory hides profiles not confirmed for a year.

The date of the last check itself is the profile page's own (home.models.base.BasePage
.last_checked, set on publish and by "Still correct"): one date for every page of the portal.
"""

import datetime

from django.db import models
from django.db.models import Exists, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

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


@register_setting(icon="time")
class DirectorySettings(BaseSiteSetting):
    """Moderators decide whether the directory marks stale profiles (the default) or hides them."""

    hide_stale = models.BooleanField(
        _("hide organisations not confirmed for twelve months from the directory"),
        default=False,
        help_text=_(
            "Otherwise the directory marks them. Their profiles stay reachable by their address, "
            "with the mark."
        ),
    )

    class Meta:
        verbose_name = _("directory settings")


def _hidden_while_stale():
    # Stale, and the setting hides stale profiles: read inside the list's own query.
    hiding = DirectorySettings.objects.filter(hide_stale=True)
    return Q(last_checked__lte=stale_before()) & Q(Exists(hiding))


def shown_in_directory(organisations):
    """`organisations` less the stale ones while the setting hides them.

    Read inside the list's own query (the portal is one Wagtail site): the directory, the home
    page's counts and the search use this, so they always agree, at no query of their own.
    """
    return organisations.exclude(_hidden_while_stale())


def hidden_from_directory(organisations):
    """The stale profiles the directory hides now (none while it marks them)."""
    return organisations.filter(_hidden_while_stale())

"""Sign-up for events: the editor's settings per event and the visitors' registrations.

Registrations name the event and the date *in the series* (the date an exception would name),
not an occurrence row: the occurrence rows are replaced on every publish.
"""

import datetime

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel

# More people than this in one registration is a group booking: the organisers arrange it.
MOST_PEOPLE_PER_REGISTRATION = 10
# An address given but never confirmed holds nothing and is deleted after this.
UNCONFIRMED_LIFETIME = datetime.timedelta(hours=24)


class RegistrationSettings(models.Model):
    """Whether and how visitors sign up for one event (one per event, edited on its page)."""

    class Scope(models.TextChoices):
        PER_DATE = "date", _("for each date")
        SERIES = "series", _("for the whole series")

    event = ParentalKey("calendar.EventPage", on_delete=models.CASCADE, related_name="registration_settings")
    is_open = models.BooleanField(_("registration on the portal"), default=True)
    places = models.PositiveSmallIntegerField(
        _("places"), validators=[MinValueValidator(1), MaxValueValidator(5000)], default=20
    )
    closes_hours_before = models.PositiveSmallIntegerField(
        _("registration closes (hours before the start)"),
        default=0,
        validators=[MaxValueValidator(24 * 60)],
        help_text=_("0 = until the date begins."),
    )
    scope = models.CharField(
        _("places count"),
        max_length=10,
        choices=Scope.choices,
        default=Scope.PER_DATE,
        help_text=_("For recurring events; a one-off event has one list."),
    )
    has_waiting_list = models.BooleanField(_("waiting list when fully booked"), default=True)

    panels = [
        FieldRowPanel([FieldPanel("is_open"), FieldPanel("places")]),
        FieldRowPanel([FieldPanel("closes_hours_before"), FieldPanel("scope")]),
        FieldPanel("has_waiting_list"),
    ]

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registration")
        constraints = [models.UniqueConstraint(fields=["event"], name="registration_settings_one_per_event")]

    def __str__(self):
        return str(self.event_id)


class RegistrationQuerySet(models.QuerySet):
    def holding_places(self):
        return self.filter(status=Registration.Status.CONFIRMED)

    def waiting(self):
        return self.filter(status=Registration.Status.WAITING).order_by("created_at", "pk")

    def for_date(self, event, date):
        return self.filter(event=event, date=date)

    def active(self):
        """Those the organisers expect or may call: confirmed and waiting."""
        return self.filter(status__in=[Registration.Status.CONFIRMED, Registration.Status.WAITING])


class Registration(models.Model):
    """One visitor's sign-up, for a date of a series or for the whole event; nothing more is asked
    (lists of migrant and faith organisations can reveal origin or religion)."""

    class Status(models.TextChoices):
        UNCONFIRMED = "unconfirmed", _("email address not yet confirmed")
        CONFIRMED = "confirmed", _("registered")
        WAITING = "waiting", _("on the waiting list")

    event = models.ForeignKey(
        "calendar.EventPage", on_delete=models.CASCADE, related_name="registrations", verbose_name=_("event")
    )
    # The date in the series (local), or empty for a one-off event or a sign-up for the whole series.
    date = models.DateField(_("date"), null=True, blank=True)
    # The start of that date as the visitor was told; a change of it is mailed to them.
    starts_at = models.DateTimeField(_("start"))
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    people = models.PositiveSmallIntegerField(
        _("number of people"), default=1, validators=[MinValueValidator(1)]
    )
    note = models.CharField(_("note"), max_length=500, blank=True)
    language = models.CharField(_("language"), max_length=10)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices)
    created_at = models.DateTimeField(_("registered at"), default=timezone.now)
    # Changes of the date already mailed ("2026-12-10:cancelled"), so that a second publish
    # does not mail them again.
    notified = models.JSONField(default=list, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        indexes = [
            models.Index(fields=["event", "date", "status"], name="registration_event_date"),
            models.Index(fields=["starts_at"], name="registration_starts_at"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(email="", phone=""), name="registration_email_or_phone"
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def contact(self):
        return self.email or self.phone

"""Applications of new organisations, sent through the public form and decided by moderators."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class OrganisationApplication(models.Model):
    class Status(models.TextChoices):
        NEW = "new", _("new")
        APPROVED = "approved", _("approved")
        REJECTED = "rejected", _("rejected")

    name = models.CharField(_("name of the organisation"), max_length=200)
    contact_name = models.CharField(_("contact person"), max_length=200)
    email = models.EmailField(_("email"))
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    town = models.ForeignKey("organisations.Town", verbose_name=_("town"), on_delete=models.PROTECT)
    communities = models.ManyToManyField("organisations.Community", verbose_name=_("communities"), blank=True)
    spoken_languages = models.ManyToManyField(
        "organisations.SpokenLanguage", verbose_name=_("languages spoken"), blank=True
    )
    fields_of_activity = models.ManyToManyField(
        "organisations.FieldOfActivity", verbose_name=_("fields of activity"), blank=True
    )
    description = models.TextField(_("short description"), max_length=1000)
    consent = models.BooleanField(_("consent to data processing"), default=False)
    language = models.CharField(_("language of the application"), max_length=10)
    # Normalised name and email: the same application sent twice is recognised.
    fingerprint = models.CharField(max_length=64, db_index=True, editable=False)

    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.NEW, db_index=True
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    rejection_reason = models.TextField(_("reason for the rejection"), blank=True)
    organisation = models.ForeignKey(
        "organisations.OrganisationPage",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("organisation application")
        verbose_name_plural = _("organisation applications")

    def __str__(self):
        return self.name

"""The outbox: every mail the portal sends is stored here first and delivered from here."""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class OutgoingMailQuerySet(models.QuerySet):
    def undelivered(self):
        return self.filter(sent_at__isnull=True)

    def due(self, now=None):
        return self.undelivered().filter(gave_up=False, next_attempt_at__lte=now or timezone.now())

    def failed(self):
        """Mails the mail server refused at least once and that are still not delivered."""
        return self.undelivered().filter(attempts__gt=0)


class OutgoingMail(models.Model):
    subject = models.CharField(_("subject"), max_length=998)
    body = models.TextField(_("text"))
    from_email = models.CharField(_("sender"), max_length=254)
    to = models.JSONField(_("recipients"), default=list)
    reply_to = models.JSONField(_("reply to"), default=list, blank=True)
    created_at = models.DateTimeField(_("queued"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    gave_up = models.BooleanField(_("given up"), default=False)
    last_error = models.CharField(_("last error"), max_length=500, blank=True)
    # What the mail is about (a contact message, an application), so that its record can
    # say when it has been delivered.
    about_type = models.ForeignKey(ContentType, on_delete=models.SET_NULL, null=True, blank=True)
    about_id = models.PositiveBigIntegerField(null=True, blank=True)
    about = GenericForeignKey("about_type", "about_id")

    objects = OutgoingMailQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(
                fields=["next_attempt_at"], condition=Q(sent_at__isnull=True), name="home_outgoingmail_due"
            ),
            models.Index(fields=["created_at"], name="home_outgoingmail_created"),
        ]
        verbose_name = _("outgoing mail")
        verbose_name_plural = _("outgoing mails")

    def __str__(self):
        return self.subject

"""The portal's mail: queued in the outbox within the sender's transaction, delivered after it.

A mail server that is down or slow, or a header it cannot take, never costs a visitor a 500 or
a moderator a half-done approval: the mail waits in the outbox (`OutgoingMail`) and the
scheduled job `send_queued_mail` tries again with growing pauses. Moderators see on their
dashboard what could not be delivered.
"""

import logging
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.mail import EmailMessage
from django.db import transaction
from django.dispatch import Signal
from django.utils import timezone

from home.models import OutgoingMail

logger = logging.getLogger("mokme.mail")

# About a day of retries: 1, 2, 4 … minutes, at most six hours apart.
MAX_ATTEMPTS = 12
LONGEST_PAUSE = timedelta(hours=6)
# Delivered mails repeat what their records hold; undelivered ones stay a month for moderators.
KEEP_DELIVERED = timedelta(days=7)
KEEP_UNDELIVERED = timedelta(days=30)

# Sent with sender = the model of what the mail is about, about_id and mail.
mail_delivered = Signal()


def single_line(value) -> str:
    """A header value on one line: a line break would end the header early (Django refuses
    such a mail with BadHeaderError; elsewhere it injects headers)."""
    return " ".join(part.strip() for part in str(value).splitlines() if part.strip())


def queue_mail(subject, body, to, *, reply_to=(), about=None) -> OutgoingMail | None:
    """Stores the mail in the current transaction; it is sent once that commits."""
    recipients = [address for address in map(single_line, to) if address]
    if not recipients:
        return None
    mail = OutgoingMail.objects.create(
        subject=single_line(subject)[:998],
        body=body,
        from_email=single_line(settings.DEFAULT_FROM_EMAIL),
        to=recipients,
        reply_to=[address for address in map(single_line, reply_to) if address],
        about_type=ContentType.objects.get_for_model(about) if about is not None else None,
        about_id=about.pk if about is not None else None,
    )
    transaction.on_commit(partial(deliver, mail.pk), robust=True)
    return mail


def deliver(mail_id: int) -> bool:
    """Sends one queued mail unless it is sent already or another process is sending it."""
    with transaction.atomic():
        mail = (
            OutgoingMail.objects.select_for_update(skip_locked=True)
            .filter(pk=mail_id, sent_at__isnull=True)
            .first()
        )
        if mail is None:
            return False
        return _attempt(mail)


def _attempt(mail: OutgoingMail) -> bool:
    now = timezone.now()
    mail.attempts += 1
    message = EmailMessage(mail.subject, mail.body, mail.from_email, mail.to, reply_to=mail.reply_to)
    try:
        message.send()
    except Exception as error:  # whatever the mail server or a header does, the mail stays queued
        mail.last_error = f"{type(error).__name__}: {error}"[:500]
        mail.gave_up = mail.attempts >= MAX_ATTEMPTS
        mail.next_attempt_at = now + min(timedelta(minutes=2 ** (mail.attempts - 1)), LONGEST_PAUSE)
        mail.save(update_fields=["attempts", "last_error", "gave_up", "next_attempt_at"])
        logger.warning("Mail %s not delivered (attempt %s): %s", mail.pk, mail.attempts, mail.last_error)
        return False
    mail.sent_at = now
    mail.save(update_fields=["attempts", "sent_at"])
    if mail.about_type_id is not None:
        mail_delivered.send(sender=mail.about_type.model_class(), about_id=mail.about_id, mail=mail)
    return True


def send_due_mail(limit: int = 200) -> tuple[int, int]:
    """Delivers what is due; returns (sent, still undelivered)."""
    due = list(OutgoingMail.objects.due().order_by("next_attempt_at").values_list("pk", flat=True)[:limit])
    sent = sum(deliver(mail_id) for mail_id in due)
    return sent, len(due) - sent


def forget_old_mail() -> None:
    now = timezone.now()
    OutgoingMail.objects.filter(sent_at__lt=now - KEEP_DELIVERED).delete()
    OutgoingMail.objects.filter(
        sent_at__isnull=True, gave_up=True, created_at__lt=now - KEEP_UNDELIVERED
    ).delete()

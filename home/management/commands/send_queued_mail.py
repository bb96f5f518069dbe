"""Delivers the outbox's mails that are due: new ones whose first attempt failed, and retries."""

from django.core.management.base import BaseCommand

from home.mail import forget_old_mail, send_due_mail


class Command(BaseCommand):
    help = "Sends queued mails that are due and forgets delivered ones after a week."

    def handle(self, *args, **options):
        sent, undelivered = send_due_mail()
        forget_old_mail()
        if sent or undelivered:
            self.stdout.write(f"{sent} mails sent, {undelivered} still undelivered")

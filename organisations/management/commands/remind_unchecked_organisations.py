"""Daily: mails the editors of profiles not confirmed for six months ("Stimmt das noch?")."""

from django.core.management.base import BaseCommand

from organisations.freshness import remind_unchecked


class Command(BaseCommand):
    help = "Remind organisations' editors of profiles not confirmed for six months."

    def handle(self, *args, **options):
        reminded = remind_unchecked()
        self.stdout.write(f"{reminded} organisations reminded")

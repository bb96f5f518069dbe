"""Creates the moderators' group, its rights and the review workflow (idempotent; part of `release`)."""

from django.core.management.base import BaseCommand

from organisations.roles import ensure_moderation_setup


class Command(BaseCommand):
    help = "Sets up the portal's moderators group and the review workflow."

    def handle(self, *args, **options):
        group, workflow = ensure_moderation_setup()
        self.stdout.write(f"Group “{group.name}” and workflow “{workflow.name}” are ready.")

"""Creates the portal's groups, their rights and the review workflow (idempotent; part of `release`)."""

from django.core.management.base import BaseCommand

from wagtail import hooks

from organisations.access.roles import ensure_moderation_setup


class Command(BaseCommand):
    help = "Sets up the moderators, the review workflow and the other roles apps register."

    def handle(self, *args, **options):
        group, workflow = ensure_moderation_setup()
        self.stdout.write(f"Group “{group.name}” and workflow “{workflow.name}” are ready.")
        # Other apps (the press office) add their roles through this hook.
        for setup in hooks.get_hooks("register_portal_roles"):
            role = setup()
            self.stdout.write(f"Group “{role.name}” is ready.")

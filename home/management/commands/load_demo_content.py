"""Builds the demo portal; safe to run again (nothing is created twice)."""

from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.utils import translation

from wagtail import hooks

from home.demo.builders import DEMO_PASSWORD
from home.demo.indexing import indexing_deferred


class Command(BaseCommand):
    help = "Creates the demo content of the portal (idempotent)."

    def handle(self, *args, **options):
        # Each app registers its builder with the `register_demo_content` hook;
        # they run in the hooks' order and each tells which logins it created.
        logins = []
        with translation.override("de"), transaction.atomic():
            with indexing_deferred():
                for builder in hooks.get_hooks("register_demo_content"):
                    logins.extend((builder(self._log) or {}).get("logins", []))
            # Planner statistics for the rows just written: without them PostgreSQL plans the
            # calendar's queries as for empty tables until autovacuum comes by (and never inside
            # a test's transaction), and the home page's upcoming dates took minutes.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
        self.stdout.write("")
        self.stdout.write("Admin login: http://127.0.0.1:8000/admin/")
        for username, role in logins:
            self.stdout.write(f"  {role}\n      user: {username}   password: {DEMO_PASSWORD}")

    def _log(self, message):
        self.stdout.write(f"  {message}")

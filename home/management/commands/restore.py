"""`manage.py restore ARCHIVE`: brings back the database and the media files of a backup."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from home.backup import verified_restore
from home.page_cache import everything_changed


class Command(BaseCommand):
    help = (
        "Restores a backup written by `manage.py backup`. Only into an empty database, "
        "unless --force replaces what is there. Nothing is written before the archive is verified."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The .tar.gz file written by `manage.py backup`.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Drop everything in the database and overwrite media files that differ.",
        )
        parser.add_argument(
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help="With --force, replace without asking.",
        )

    def handle(self, *args, archive, force=False, interactive=True, **options):
        with verified_restore(Path(archive)) as restore:
            self.stdout.write(f"{archive} is complete and unchanged.")
            existing = restore.existing_content()
            if existing:
                if not force:
                    raise CommandError(existing.refusal())
                if interactive and not self._confirmed(existing):
                    raise CommandError("Restore cancelled. Nothing was changed.")
            summary = restore.run(existing)
        # Pages cached before the restore (in a shared Redis) show what is no longer there.
        everything_changed()
        self.stdout.write(f"Database ({summary.vendor}): dump of {summary.database_bytes:,} bytes restored.")
        self.stdout.write(f"Media: {summary.media_files} files, {summary.media_bytes:,} bytes restored.")
        self.stdout.write(
            self.style.SUCCESS(
                "Restore complete. If this portal's code is newer than the backup, run `manage.py migrate`."
            )
        )

    def _confirmed(self, existing):
        answer = input(
            f"This drops the {len(existing.tables)} tables of the database and overwrites "
            f"{len(existing.differing_media)} media files. Type 'yes' to continue: "
        )
        return answer.strip().lower() == "yes"

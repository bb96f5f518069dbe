"""`manage.py backup`: the database and every media file in one archive."""

from django.core.management.base import BaseCommand

from home.backup import archive_path, create_backup


class Command(BaseCommand):
    help = (
        "Writes the database and the media files into one tar.gz archive "
        "(mokme-backup-YYYYMMDD-HHMMSS.tar.gz) that `manage.py restore` reads back."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            help="File to write, or a directory for the time-stamped archive (default: here).",
        )

    def handle(self, *args, output=None, **options):
        path = archive_path(output)
        summary = create_backup(path)
        self.stdout.write(f"Database ({summary.vendor}): dump of {summary.database_bytes:,} bytes.")
        self.stdout.write(f"Media: {summary.media_files} files, {summary.media_bytes:,} bytes.")
        self.stdout.write(self.style.SUCCESS(f"Backup written to {path} ({path.stat().st_size:,} bytes)."))

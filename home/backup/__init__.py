"""Backing up and restoring the whole portal: the database and the media files in one archive.

`manage.py backup` writes the archive, `manage.py restore` reads it back. A restore fills only
an empty database unless told to replace what is there, and it writes nothing until the
archive has proven complete and unchanged.

Not django-dbbackup (5.4 declares Django 5.2): it backs up the database and the media with two
commands into two files, while a portal restore must bring back the pages together with the
images and documents they point to, from one archive that is checked whole before anything is
written, and must refuse a database that is not empty unless told otherwise.
"""

import os
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from django.core.files.storage import default_storage
from django.core.management.base import CommandError
from django.utils import timezone

from . import archive, database, media


@dataclass
class Summary:
    vendor: str
    database_bytes: int = 0
    media_files: int = 0
    media_bytes: int = 0


def archive_path(output: str | None) -> Path:
    """`--output` as a file, or a directory (default: here) for a time-stamped archive."""
    default_name = f"mokme-backup-{timezone.localtime():%Y%m%d-%H%M%S}.tar.gz"
    path = Path(output or ".")
    if path.is_dir() or (output or "").endswith(os.sep):
        path = path / default_name
    if path.exists():
        raise CommandError(f"{path} already exists; a backup never overwrites a file.")
    if not path.parent.is_dir():
        raise CommandError(f"The directory {path.parent} does not exist.")
    return path


def create_backup(path: Path) -> Summary:
    summary = Summary(vendor=database.vendor())
    manifest = {
        "format": archive.FORMAT,
        "format_version": archive.FORMAT_VERSION,
        "created_at": timezone.now().isoformat(),
        "database": {"vendor": summary.vendor, "file": archive.DATABASE_FILES[summary.vendor]},
        "media": [],
    }
    # Written under a temporary name, so that a failed backup leaves no archive that looks whole.
    # The archive holds personal data (contact messages): readable by its owner only.
    partial = path.with_name(f".{path.name}.partial")
    try:
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise CommandError(f"{partial} exists: another backup is running, or remove it.") from None
    try:
        with (
            os.fdopen(descriptor, "wb") as output,
            tarfile.open(fileobj=output, mode="w:gz") as tar,
            tempfile.TemporaryDirectory(prefix="mokme-backup-") as scratch,
        ):
            # The database first: media uploaded meanwhile become extra files, never missing ones.
            dump = Path(scratch) / manifest["database"]["file"]
            database.dump(dump)
            summary.database_bytes = dump.stat().st_size
            with dump.open("rb") as content:
                manifest["database"] |= archive.add_file(tar, dump.name, content, summary.database_bytes)
            for name in media.media_names():
                size = default_storage.size(name)
                with default_storage.open(name, "rb") as content:
                    entry = archive.add_file(tar, f"{archive.MEDIA}/{name}", content, size)
                manifest["media"].append({"path": name, **entry})
                summary.media_files += 1
                summary.media_bytes += size
            archive.add_manifest(tar, manifest)
        partial.rename(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return summary


@dataclass
class ExistingContent:
    """What a restore would overwrite."""

    tables: list[str] = field(default_factory=list)
    differing_media: list[str] = field(default_factory=list)

    def __bool__(self):
        return bool(self.tables or self.differing_media)

    def refusal(self) -> str:
        if self.tables:
            return (
                f"The database “{database.database_name()}” already contains {len(self.tables)} tables "
                f"(for example {self.tables[0]}). A restore fills only an empty database; "
                "run it again with --force to drop everything in it and replace it with the backup. "
                "Nothing was changed."
            )
        return (
            f"The media storage already holds {len(self.differing_media)} files with other contents "
            f"than the backup (for example {self.differing_media[0]}); "
            "run the restore again with --force to overwrite them. Nothing was changed."
        )


class Restore:
    """An archive unpacked and verified, ready to be written into the database and the media."""

    def __init__(self, unpacked: archive.UnpackedBackup):
        self.unpacked = unpacked

    def existing_content(self) -> ExistingContent:
        return ExistingContent(database.table_names(), media.differing_files(self.unpacked.media))

    def run(self, existing: ExistingContent) -> Summary:
        database.restore(self.unpacked.database_dump, replace=bool(existing.tables))
        media.write_files(self.unpacked.media, self.unpacked.media_path)
        return Summary(
            vendor=self.unpacked.vendor,
            database_bytes=self.unpacked.manifest["database"]["size"],
            media_files=len(self.unpacked.media),
            media_bytes=sum(entry["size"] for entry in self.unpacked.media),
        )


@contextmanager
def verified_restore(path: Path) -> Iterator[Restore]:
    """Unpacks the archive into a scratch directory, removed afterwards, and checks it."""
    if not path.is_file():
        raise CommandError(f"{path} does not exist.")
    with tempfile.TemporaryDirectory(prefix="mokme-restore-") as scratch:
        unpacked = archive.unpack(path, Path(scratch), database.vendor())
        database.check_dump(unpacked.database_dump)
        yield Restore(unpacked)

"""The backup archive: one tar.gz with the database dump, the media files and a manifest.

The manifest lists every file with its size and SHA-256, so that a restore can prove the
archive is complete and unchanged before it writes anything. It is the archive's last
member because the checksums are taken while the files are written into it: a file that
changes during the backup is then still described as it is in the archive.
"""

import hashlib
import io
import json
import shutil
import tarfile
import time
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from django.core.management.base import CommandError

FORMAT = "mokme-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
MEDIA = "media"
DATABASE_FILES = {"postgresql": "database.pgdump", "sqlite": "database.sqlite3"}
CHUNK = 1024 * 1024


class _Checksummed:
    """Reads a file and keeps the SHA-256 of what was read."""

    def __init__(self, fileobj):
        self.fileobj = fileobj
        self.sha256 = hashlib.sha256()

    def read(self, size=-1):
        chunk = self.fileobj.read(size)
        self.sha256.update(chunk)
        return chunk


def add_file(tar: tarfile.TarFile, name: str, fileobj, size: int) -> dict:
    """Writes `size` bytes of `fileobj` as member `name`; returns its manifest entry."""
    member = tarfile.TarInfo(name)
    member.size, member.mtime, member.mode = size, int(time.time()), 0o600
    reader = _Checksummed(fileobj)
    tar.addfile(member, reader)
    return {"size": size, "sha256": reader.sha256.hexdigest()}


def add_manifest(tar: tarfile.TarFile, manifest: dict) -> None:
    data = json.dumps(manifest, indent=2, ensure_ascii=False).encode()
    add_file(tar, MANIFEST, io.BytesIO(data), len(data))


@dataclass
class UnpackedBackup:
    manifest: dict
    directory: Path

    @property
    def vendor(self) -> str:
        return self.manifest["database"]["vendor"]

    @property
    def database_dump(self) -> Path:
        return self.directory / self.manifest["database"]["file"]

    @property
    def media(self) -> list[dict]:
        return self.manifest["media"]

    def media_path(self, name: str) -> Path:
        return self.directory / MEDIA / name


def _safe_name(member: tarfile.TarInfo) -> PurePosixPath:
    """The member's path, refused unless it is a plain file that stays inside the archive."""
    path = PurePosixPath(member.name)
    if path.is_absolute() or ".." in path.parts:
        raise CommandError(f"The archive is refused: “{member.name}” points outside the backup.")
    if not member.isfile():
        raise CommandError(f"The archive is refused: “{member.name}” is not a plain file.")
    if str(path) not in (MANIFEST, *DATABASE_FILES.values()) and path.parts[0] != MEDIA:
        raise CommandError(f"The archive is refused: “{member.name}” does not belong in a backup.")
    return path


def unpack(archive: Path, directory: Path, vendor: str) -> UnpackedBackup:
    """Unpacks `archive` into the empty `directory` and checks it against its manifest."""
    checksums = {}
    try:
        with tarfile.open(archive, "r:gz") as tar:
            for member in tar:
                path = _safe_name(member)
                if str(path) in checksums:
                    raise CommandError(f"The archive is refused: “{path}” appears twice.")
                target = directory / path
                target.parent.mkdir(parents=True, exist_ok=True)
                with tar.extractfile(member) as source, target.open("wb") as copy:
                    reader = _Checksummed(source)
                    shutil.copyfileobj(reader, copy, CHUNK)
                checksums[str(path)] = {"size": member.size, "sha256": reader.sha256.hexdigest()}
    except (OSError, EOFError, tarfile.TarError) as error:
        raise CommandError(f"{archive} is not a readable backup archive ({error}).") from error
    manifest = _read_manifest(directory / MANIFEST if MANIFEST in checksums else None, archive)
    backup = UnpackedBackup(manifest, directory)
    try:
        if backup.vendor != vendor:
            raise CommandError(
                f"This backup comes from a {backup.vendor} database, but this portal uses {vendor}. "
                "A backup can only be restored into the same kind of database."
            )
        _check_contents(backup, checksums)
    except (KeyError, TypeError) as error:
        raise CommandError(f"The {MANIFEST} of {archive} is incomplete ({error!r}).") from error
    return backup


def _read_manifest(path: Path | None, archive: Path) -> dict:
    if path is None:
        raise CommandError(f"{archive} is not a mokme backup: it has no {MANIFEST}.")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as error:
        raise CommandError(f"The {MANIFEST} of {archive} is unreadable ({error}).") from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise CommandError(f"{archive} is not a mokme backup.")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise CommandError(
            f"{archive} has backup format version {manifest.get('format_version')}; "
            f"this portal reads version {FORMAT_VERSION}."
        )
    return manifest


def _check_contents(backup: UnpackedBackup, checksums: dict) -> None:
    """Every listed file is there, unchanged, and nothing else is."""
    database = backup.manifest["database"]
    if database.get("file") != DATABASE_FILES.get(backup.vendor):
        raise CommandError("The archive is refused: its manifest names no database dump.")
    listed = {database["file"]: database}
    listed.update({f"{MEDIA}/{entry['path']}": entry for entry in backup.media})
    unlisted = sorted(set(checksums) - set(listed) - {MANIFEST})
    if unlisted:
        raise CommandError(f"The archive is refused: {unlisted[0]} is not in its manifest.")
    for name, entry in listed.items():
        found = checksums.get(name)
        if found is None:
            raise CommandError(f"The archive is incomplete: {name} is missing.")
        if found != {"size": entry["size"], "sha256": entry["sha256"]}:
            raise CommandError(
                f"The archive is damaged or was changed: {name} does not match its checksum. "
                "Nothing was restored."
            )

"""Media files (uploaded images, documents, renditions) read and written through the storage API.

Going through `default_storage` rather than MEDIA_ROOT on disk means the same backup works
when the media live in object storage (django-storages' S3 backend) instead of the file system.
"""

import hashlib
from collections.abc import Iterator
from pathlib import Path

from django.core.files import File
from django.core.files.storage import default_storage
from django.core.management.base import CommandError

CHUNK = 1024 * 1024


def media_names(directory: str = "") -> Iterator[str]:
    """Every file in the media storage, as storage names (`original_images/a.jpg`), sorted."""
    try:
        directories, files = default_storage.listdir(directory)
    except FileNotFoundError:
        if directory:
            raise
        return  # no MEDIA_ROOT yet: nothing has been uploaded
    prefix = f"{directory}/" if directory else ""
    yield from (prefix + name for name in sorted(files))
    for name in sorted(directories):
        yield from media_names(prefix + name)


def _sha256(name: str) -> str:
    digest = hashlib.sha256()
    with default_storage.open(name, "rb") as stored:
        while chunk := stored.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def differing_files(entries: list[dict]) -> list[str]:
    """The backup's media files that exist in the storage with other contents."""
    return [
        entry["path"]
        for entry in entries
        if default_storage.exists(entry["path"]) and _sha256(entry["path"]) != entry["sha256"]
    ]


def write_files(entries: list[dict], source_of) -> None:
    """Writes each file from `source_of(name)` under its own name, replacing what is there."""
    for entry in entries:
        name = entry["path"]
        if default_storage.exists(name):
            if _sha256(name) == entry["sha256"]:
                continue
            default_storage.delete(name)
        source: Path = source_of(name)
        with source.open("rb") as content:
            saved = default_storage.save(name, File(content, name=name))
        if saved != name:
            raise CommandError(f"The media storage saved {name} as {saved}; the restore is incomplete.")

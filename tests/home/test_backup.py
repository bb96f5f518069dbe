"""`manage.py backup` and `manage.py restore`: a whole portal survives the trip into an empty database.

The round trip needs real databases of its own, outside the test's transaction: each portal
(source, destination) is a database and a media folder driven through `manage.py` in a
process of its own. On PostgreSQL (DATABASE_URL set) they are databases next to the test
database, on SQLite files in the test's folder. The refusals are checked in this process,
where any database access would fail the test: they must happen before anything is written.
"""

import hashlib
import io
import json
import os
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

TITLES = {"de": "Beratung", "tr": "Danışmanlık", "ar": "الاستشارة"}
CONTACT_TEXT = "Gibt es noch Plätze in der Hausaufgabenhilfe für unsere Tochter?"


def fill_portal():
    """Content of every kind a backup must carry; runs inside the source portal's process."""
    from PIL import Image

    from django.core.files.images import ImageFile

    from home.models import BarrierReport, PortalImage
    from organisations.models import ContactMessage
    from tests.factories import (
        OrganisationIndexPageFactory,
        OrganisationPageFactory,
        PortalHomePageFactory,
        StandardPageFactory,
    )

    png = io.BytesIO()
    Image.new("RGB", (48, 32), (200, 40, 60)).save(png, "PNG")
    image = PortalImage(title="Sommerfest", credit="Foto: Kreis Mettmann", file=ImageFile(png, "fest.png"))
    image.save()
    image.get_rendition("fill-16x16")
    home = PortalHomePageFactory(hero_image=image)
    StandardPageFactory(
        parent=home,
        title=TITLES["de"],
        slug="beratung",
        title_tr=TITLES["tr"],
        slug_tr="danismanlik",
        title_ar=TITLES["ar"],
        slug_ar="istishara",
    )
    club = OrganisationPageFactory(
        parent=OrganisationIndexPageFactory(parent=home), title="Elternverein Hilden e.V."
    )
    ContactMessage.objects.create(
        organisation=club,
        name="Ayşe Yılmaz",
        email="ayse@example.org",
        subject="Hausaufgabenhilfe",
        message=CONTACT_TEXT,
        language="tr",
    )
    BarrierReport.objects.create(
        page_url="/de/beratung/", description="Das Menü ist ohne Maus nicht erreichbar.", language="de"
    )


def back_up_object_storage(output):
    """A backup whose media live in a storage other than the file system."""
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage
    from django.test import override_settings

    memory = {"BACKEND": "django.core.files.storage.InMemoryStorage"}
    with override_settings(STORAGES={**settings.STORAGES, "default": memory}):
        default_storage.save("documents/satzung.pdf", ContentFile(b"%PDF-1.4 Satzung des Vereins"))
        call_command("backup", "--output", output)


def describe_portal():
    """What a visitor and an editor find in a portal, as JSON on the last line of the output."""
    from django.test import Client

    from home.models import BarrierReport, PortalHomePage, PortalImage, StandardPage
    from organisations.models import ContactMessage

    page = StandardPage.objects.get(slug_de="beratung")
    image = PortalImage.objects.get()
    turkish_page = Client().get("/tr/danismanlik/")
    state = {
        "titles": {code: getattr(page, f"title_{code}") for code in TITLES},
        "slugs": {code: getattr(page, f"slug_{code}") for code in TITLES},
        "image": {"title": image.title, "credit": image.credit, "file": image.file.name},
        "hero_image": PortalHomePage.objects.get().hero_image_id == image.pk,
        "renditions": [rendition.file.name for rendition in image.renditions.all()],
        "contact_messages": list(
            ContactMessage.objects.values_list("organisation__title", "name", "message")
        ),
        "barrier_reports": sorted(BarrierReport.objects.values_list("description", flat=True)),
        "turkish_page": [turkish_page.status_code, TITLES["tr"] in turkish_page.content.decode()],
    }
    print(json.dumps(state))


class Portal:
    """A database and a media folder, served by `manage.py` in processes of their own."""

    def __init__(self, database_url, media_root: Path):
        self.database_url, self.media_root = database_url, media_root
        self.environment = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.home.backup_settings",
            "DATABASE_URL": database_url,
            "MEDIA_ROOT": str(media_root),
        }

    def manage(self, *arguments, expect_success=True):
        result = subprocess.run(  # noqa: S603 - the test's own fixed command line
            [sys.executable, "manage.py", *map(str, arguments)],
            cwd=settings.BASE_DIR,
            env=self.environment,
            capture_output=True,
            text=True,
            check=False,
        )
        if expect_success:
            assert result.returncode == 0, result.stderr
        return result

    def call(self, *statements):
        """Runs functions of this module in the portal's process; returns what they printed."""
        code = "; ".join(["from tests.home import test_backup as t", *statements])
        return self.manage("shell", "--no-imports", "-c", code).stdout

    def describe(self, *first):
        """What describe_portal() finds, after running the statements `first`."""
        return json.loads(self.call(*first, "t.describe_portal()").splitlines()[-1])

    def execute(self, sql):
        """Runs one SQL statement directly, as a second opinion next to the portal's own view."""
        if self.database_url.startswith("sqlite:///"):
            database = sqlite3.connect(self.database_url.removeprefix("sqlite:///"))
        else:
            database = psycopg.connect(self.database_url)
        try:
            with database:
                cursor = database.execute(sql)
                return cursor.fetchall() if cursor.description else None
        finally:
            database.close()

    def media_files(self):
        return sorted(
            str(path.relative_to(self.media_root)) for path in self.media_root.rglob("*") if path.is_file()
        )


@pytest.fixture(scope="module")
def new_portal(tmp_path_factory):
    """Makes empty portals; on PostgreSQL each gets a database that is dropped afterwards."""
    database = connection.settings_dict
    on_postgresql = connection.vendor == "postgresql"
    created = []

    def server():
        return psycopg.connect(
            host=database["HOST"] or None,
            port=database["PORT"] or None,
            user=database["USER"] or None,
            password=database["PASSWORD"] or None,
            dbname=database["NAME"],
            autocommit=True,
        )

    def make(label):
        folder = tmp_path_factory.mktemp(label)
        if not on_postgresql:
            return Portal(f"sqlite:///{folder / 'db.sqlite3'}", folder / "media")
        # Named after the test database, so that CI's clean-up finds what a crash leaves behind.
        name = f"{database['NAME']}_backup_{os.getpid()}_{label}"[-63:]
        with server() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.execute(f'CREATE DATABASE "{name}"')
        created.append(name)
        password = f":{quote(database['PASSWORD'], safe='')}" if database["PASSWORD"] else ""
        host = f"{database['HOST'] or '127.0.0.1'}:{database['PORT'] or 5432}"
        return Portal(
            f"postgres://{quote(database['USER'], safe='')}{password}@{host}/{name}", folder / "media"
        )

    yield make
    if created:
        with server() as admin:
            for name in created:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module")
def backup(new_portal, tmp_path_factory):
    """A portal with content, and the archive `manage.py backup` wrote of it."""
    source = new_portal("source")
    source.manage("migrate", "--noinput")
    source.state = source.describe("t.fill_portal()")
    folder = tmp_path_factory.mktemp("archives")
    output = source.manage("backup", "--output", folder).stdout
    (archive,) = folder.glob("mokme-backup-*.tar.gz")
    source.archive, source.backup_output = archive, output
    return source


def test_backup_writes_one_archive_with_manifest_database_and_media(backup):
    assert f"Media: {len(backup.media_files())} files" in backup.backup_output
    with tarfile.open(backup.archive) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
        members = tar.getnames()
    assert manifest["database"]["vendor"] == connection.vendor
    assert sorted(entry["path"] for entry in manifest["media"]) == backup.media_files()
    for entry in manifest["media"]:
        content = (backup.media_root / entry["path"]).read_bytes()
        assert entry["size"] == len(content)
        assert entry["sha256"] == hashlib.sha256(content).hexdigest()
    assert sorted(members) == sorted(
        ["manifest.json", manifest["database"]["file"], *(f"media/{name}" for name in backup.media_files())]
    )
    assert backup.archive.stat().st_mode & 0o077 == 0  # contact messages are personal data


def test_restore_into_an_empty_database_brings_back_pages_translations_images_and_messages(
    backup, new_portal
):
    destination = new_portal("destination")
    output = destination.manage("restore", backup.archive).stdout
    assert f"Media: {len(backup.media_files())} files" in output

    state = destination.describe()
    assert state == backup.state
    assert state["titles"] == TITLES
    assert state["turkish_page"] == [200, True]
    assert state["image"]["credit"] == "Foto: Kreis Mettmann"
    assert state["hero_image"]
    assert state["contact_messages"] == [["Elternverein Hilden e.V.", "Ayşe Yılmaz", CONTACT_TEXT]]
    assert state["barrier_reports"] == ["Das Menü ist ohne Maus nicht erreichbar."]
    assert destination.media_files() == backup.media_files()
    for name in [state["image"]["file"], *state["renditions"]]:
        assert (destination.media_root / name).read_bytes() == (backup.media_root / name).read_bytes()


def test_restore_refuses_a_database_with_content_unless_forced(backup):
    backup.execute("DELETE FROM home_barrierreport")  # now the database differs from the backup

    refused = backup.manage("restore", backup.archive, expect_success=False)
    assert refused.returncode == 1
    assert "already contains" in refused.stderr
    assert "--force" in refused.stderr
    assert backup.execute("SELECT COUNT(*) FROM home_barrierreport") == [(0,)]

    backup.manage("restore", backup.archive, "--force", "--noinput")
    assert backup.describe() == backup.state


def test_backup_reads_media_through_the_storage_so_object_storage_works_too(backup, tmp_path):
    backup.call(f"t.back_up_object_storage({str(tmp_path / 'backup.tar.gz')!r})")

    with tarfile.open(tmp_path / "backup.tar.gz") as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
        content = tar.extractfile("media/documents/satzung.pdf").read()
    assert content == b"%PDF-1.4 Satzung des Vereins"
    assert [entry["path"] for entry in manifest["media"]] == ["documents/satzung.pdf"]


def rewrite_archive(source: Path, target: Path, change=None, extra=()):
    """A copy of the archive with members changed by `change(name, data)` and `extra` members added."""
    with tarfile.open(source) as original, tarfile.open(target, "w:gz") as copy:
        members = [(member.name, original.extractfile(member).read()) for member in original]
        for name, data in [*extra, *members]:
            data = change(name, data) if change else data
            member = tarfile.TarInfo(name)
            member.size = len(data)
            copy.addfile(member, io.BytesIO(data))
    return target


@pytest.fixture
def restore_here(settings, tmp_path, monkeypatch):
    """Runs `restore` in the test's process, with empty media and scratch folders."""
    settings.MEDIA_ROOT = tmp_path / "media"
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "scratch"))
    (tmp_path / "scratch").mkdir()

    def restore(archive):
        with pytest.raises(CommandError) as refusal:
            call_command("restore", archive, "--noinput", stdout=io.StringIO())
        assert not settings.MEDIA_ROOT.exists()
        return str(refusal.value)

    return restore


def test_restore_refuses_an_archive_whose_media_file_was_changed(backup, restore_here, tmp_path):
    def swap_pixels(name, data):
        return data[:-20] + bytes(20) if name.startswith("media/original_images/") else data

    tampered = rewrite_archive(backup.archive, tmp_path / "tampered.tar.gz", change=swap_pixels)
    assert "does not match its checksum" in restore_here(tampered)


@pytest.mark.parametrize("evil_name", ["../evil", "media/../../evil", "{tmp_path}/absolute-evil"])
def test_restore_refuses_members_outside_the_backup(backup, restore_here, tmp_path, evil_name):
    name = evil_name.format(tmp_path=tmp_path)
    evil = rewrite_archive(backup.archive, tmp_path / "evil.tar.gz", extra=[(name, b"owned")])
    assert "points outside the backup" in restore_here(evil)
    assert not list(tmp_path.rglob("*evil"))


def test_restore_refuses_a_backup_of_another_kind_of_database(backup, restore_here, tmp_path):
    other = "sqlite" if connection.vendor == "postgresql" else "postgresql"

    def other_vendor(name, data):
        if name != "manifest.json":
            return data
        return json.dumps({**json.loads(data), "database": {"vendor": other}}).encode()

    foreign = rewrite_archive(backup.archive, tmp_path / "foreign.tar.gz", change=other_vendor)
    assert f"comes from a {other} database" in restore_here(foreign)

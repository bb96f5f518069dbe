"""Photos published on the portal carry no GPS position, camera or time: not in the uploaded
original, not in any rendition (og:image, srcset), and `strip_image_metadata` cleans old ones."""

import io
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from PIL import ExifTags, Image

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from wagtail.models import UploadedFile

from home.models import PortalImage, PortalRendition
from tests.factories import PortalImageFactory, PressArchivePageFactory, PressReleasePageFactory

pytestmark = pytest.mark.django_db

SECRETS = (b"secret-place", b"Phonemaker", b"at home")
ROTATED = 6  # EXIF orientation of a phone held upright: the pixels lie on their side


def phone_photo(image_format="JPEG", orientation=ROTATED):
    """40×20 pixels, red on the left; shown upright (orientation 6) it is 20×40, red on top."""
    photo = Image.new("RGB", (40, 20), "blue")
    photo.paste((255, 0, 0), (0, 0, 20, 20))
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.Base.Make] = "Phonemaker"
    exif.get_ifd(ExifTags.IFD.GPSInfo).update({1: "N", 2: (51.0, 15.0, 0.0), 3: "E", 4: (6.0, 58.0, 0.0)})
    extra = {"comment": b"at home"} if image_format == "JPEG" else {}
    buffer = io.BytesIO()
    photo.save(buffer, image_format, exif=exif, xmp=b"<x:xmpmeta>secret-place</x:xmpmeta>", **extra)
    content = buffer.getvalue()
    assert b"Phonemaker" in content
    return content


def assert_clean(content: bytes):
    assert not any(secret in content for secret in SECRETS)
    with Image.open(io.BytesIO(content)) as stored:
        assert not stored.getexif() and not {"exif", "xmp", "comment"} & set(stored.info)


def assert_upright(content: bytes):
    with Image.open(io.BytesIO(content)) as stored:
        assert stored.size == (20, 40)
        red, _green, blue = stored.convert("RGB").getpixel((10, 5))
        assert red > 200 and blue < 60


def stored_file(name) -> bytes:
    with default_storage.open(name) as file:
        return file.read()


def uploaded_before_the_portal_stripped_metadata(content) -> PortalImage:
    image = PortalImageFactory()
    name = default_storage.save("original_images/vor-2027.jpg", ContentFile(content))
    PortalImage.objects.filter(pk=image.pk).update(file=name, width=40, height=20, file_hash="")
    return PortalImage.objects.get(pk=image.pk)


@pytest.mark.parametrize("image_format", ["JPEG", "PNG", "WEBP"])
def test_an_uploaded_photo_keeps_its_orientation_and_loses_its_location(admin_client, image_format):
    response = admin_client.post(
        "/admin/images/add/",
        {
            "title": "Sommerfest",
            "description_de": "Tanzende beim Sommerfest",
            "file": SimpleUploadedFile(f"sommerfest.{image_format.lower()}", phone_photo(image_format)),
        },
    )
    assert response.status_code == 302
    image = PortalImage.objects.get()
    content = stored_file(image.file.name)
    assert_clean(content)
    assert_upright(content)
    assert (image.width, image.height) == (20, 40) and image.file_size == len(content)


def test_a_photo_from_the_multiple_upload_loses_its_location_too(admin_client):
    response = admin_client.post(
        "/admin/images/multiple/add/",
        {"files[]": SimpleUploadedFile("sommerfest.jpg", phone_photo())},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    # The alt text is required: Wagtail parks the file until the editor fills it in.
    parked = UploadedFile.objects.get(pk=response.json()["uploaded_file_id"])
    assert_clean(stored_file(parked.file.name))
    prefix = f"uploaded-image-{parked.pk}"
    response = admin_client.post(
        f"/admin/images/multiple/create_from_uploaded_image/{parked.pk}/",
        {f"{prefix}-title": "Sommerfest", f"{prefix}-description_de": "Tanzende beim Sommerfest"},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.json()["success"]
    content = stored_file(PortalImage.objects.get().file.name)
    assert_clean(content)
    assert_upright(content)


def test_the_press_release_og_image_and_every_rendition_carry_no_location(client, home_page, settings):
    from events.press.models import PressReleaseImage

    image = uploaded_before_the_portal_stripped_metadata(phone_photo())
    archive = PressArchivePageFactory(parent=home_page)
    release = PressReleasePageFactory(parent=archive, title="Sommerfest im Kreishaus", slug="sommerfest")
    release.images = [PressReleaseImage(image=image)]
    release.save_revision().publish()

    soup = BeautifulSoup(client.get(release.url).content, "html.parser")
    og_image = soup.find("meta", property="og:image")["content"]
    path = og_image.split(settings.MEDIA_URL, 1)[1]
    assert_clean(stored_file(path))
    renditions = PortalRendition.objects.filter(image=image)
    assert renditions.count() >= 2  # og:image and the photo's srcset
    for rendition in renditions:
        assert_clean(stored_file(rendition.file.name))


def test_the_command_cleans_originals_uploaded_before(client, home_page):
    image = uploaded_before_the_portal_stripped_metadata(phone_photo())
    kept = PortalImageFactory()
    kept_name = kept.file.name
    old_name = image.file.name
    image.get_rendition("fill-160x160|format-webp")

    out = io.StringIO()
    call_command("strip_image_metadata", "--dry-run", stdout=out)
    assert "1 images would be cleaned" in out.getvalue()
    assert all(secret in stored_file(old_name) for secret in SECRETS)  # nothing written on a dry run

    call_command("strip_image_metadata", stdout=io.StringIO())
    image.refresh_from_db()
    content = stored_file(image.file.name)
    assert_clean(content)
    assert_upright(content)
    assert (image.width, image.height) == (20, 40) and image.file_size == len(content)
    assert not default_storage.exists(old_name)
    assert not image.renditions.exists()  # made from the old file
    kept.refresh_from_db()
    assert kept.file.name == kept_name

    out = io.StringIO()
    call_command("strip_image_metadata", stdout=out)
    assert "0 images cleaned" in out.getvalue()


def test_the_command_reports_a_missing_file_and_goes_on(home_page):
    image = PortalImageFactory()
    Path(default_storage.path(image.file.name)).unlink()
    out, err = io.StringIO(), io.StringIO()
    call_command("strip_image_metadata", stdout=out, stderr=err)
    assert "1 unreadable" in out.getvalue() and str(image.pk) in err.getvalue()

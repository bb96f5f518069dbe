"""Removes location and camera details from images uploaded before the portal stripped them."""

import os
from io import BytesIO

from PIL import Image

from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand
from django.db import transaction

from wagtail.images import get_image_model

from home.image_metadata import without_metadata


class Command(BaseCommand):
    help = (
        "Rewrites every original image that still carries EXIF/XMP (GPS position, camera, time) "
        "without it, orientation applied, and renews its renditions."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count the images concerned.")

    def handle(self, *args, dry_run=False, **options):
        cleaned = unreadable = 0
        for image in get_image_model().objects.order_by("pk").iterator():
            try:
                with image.open_file() as file:
                    data = without_metadata(file)
            except (OSError, ValueError, Image.DecompressionBombError) as error:
                unreadable += 1
                self.stderr.write(f"Image {image.pk} ({image.file.name}) not read: {error}")
                continue
            if data is None:
                continue
            cleaned += 1
            if not dry_run:
                self._replace_file(image, data)
        verb = "would be cleaned" if dry_run else "cleaned"
        self.stdout.write(f"{cleaned} images {verb}, {unreadable} unreadable")

    def _replace_file(self, image, data):
        old_name = image.file.name
        storage = image.file.storage
        with transaction.atomic():
            # A new name: browsers and proxies may hold the old file under its address.
            image.file.save(os.path.basename(old_name), ContentFile(data), save=False)
            with Image.open(BytesIO(data)) as upright:
                image.width, image.height = upright.size  # turned when its orientation was applied
            image._set_image_file_metadata()
            image.save()
            # Renditions made from the old file may carry its metadata.
            image.renditions.all().delete()
        storage.delete(old_name)

"""Photos keep no location or camera details: stripped from uploads and from every rendition.

A phone's photo carries its GPS position, the time it was taken and the camera's serial number
in EXIF and XMP; the portal publishes originals and renditions (JSON-LD, og:image) to anyone.
Only what the picture needs to look right is kept: the colour profile, transparency, resolution
and an animation's timing. The orientation is applied to the pixels before EXIF goes.
"""

from io import BytesIO

from PIL import Image, ImageOps
from willow.plugins.pillow import PillowImage
from willow.registry import registry

from django.core.files.base import ContentFile
from django.db.models.signals import pre_save

KEEP = frozenset({"icc_profile", "dpi", "transparency", "background", "duration", "loop", "gamma"})
# What Pillow reads into `info` that can name a place, a person, a device or a time.
IDENTIFYING = frozenset({"exif", "xmp", "XML:com.adobe.xmp", "comment", "photoshop", "iptc", "mp", "mpinfo"})
ORIENTATION = 0x0112


def has_identifying_metadata(image: Image.Image) -> bool:
    text = getattr(image, "text", None)  # PNG text chunks, also "Raw profile type exif"
    return bool(IDENTIFYING & set(image.info)) or bool(text) or bool(image.getexif())


def keep_only_appearance(image: Image.Image) -> Image.Image:
    image.info = {key: value for key, value in image.info.items() if key in KEEP}
    return image


def without_metadata(data) -> bytes | None:
    """The image file without identifying metadata, or None when it has none to strip."""
    with Image.open(data) as image:
        if not has_identifying_metadata(image):
            return None
        image_format = image.format
        output = BytesIO()
        if getattr(image, "is_animated", False):
            # Frames are written as they are; an animation carries no orientation worth applying.
            keep_only_appearance(image).save(output, image_format, save_all=True)
        elif image_format == "JPEG" and image.getexif().get(ORIENTATION, 1) == 1:
            # The same quantisation as the upload: no visible loss from writing it again.
            keep_only_appearance(image).save(
                output, "JPEG", exif=b"", quality="keep", subsampling="keep", qtables="keep"
            )
        else:
            options = {"quality": 95} if image_format in {"JPEG", "WEBP"} else {}
            upright = keep_only_appearance(ImageOps.exif_transpose(image))
            upright.save(output, image_format, exif=b"", **options)
        return output.getvalue()


def clean_upload(instance, field_name="file") -> bool:
    """Replaces a file not yet written to storage by a copy without metadata; True if it did."""
    file = getattr(instance, field_name)
    if not file or getattr(file, "_committed", True):
        return False
    file.seek(0)
    try:
        cleaned = without_metadata(file)
    except (OSError, ValueError, Image.DecompressionBombError):
        cleaned = None  # not an image Pillow reads: the upload's validation answers for it
    file.seek(0)
    if cleaned is None:
        return False
    setattr(instance, field_name, ContentFile(cleaned, name=file.name))
    return True


def clean_pending_upload(sender, instance, **kwargs):
    """The multiple upload parks a photo in Wagtail's UploadedFile until its alt text is filled
    in, then copies the stored file into the image: it must be clean when parked."""
    from wagtail.images import get_image_model

    if instance.for_content_type_id and instance.for_content_type.model_class() is get_image_model():
        clean_upload(instance)


def auto_orient_without_metadata(image: PillowImage) -> PillowImage:
    """Wagtail orients every rendition first; from then on Willow copies no EXIF into it."""
    return PillowImage(keep_only_appearance(ImageOps.exif_transpose(image.image)))


def install():
    from wagtail.models import UploadedFile

    registry.register_operation(PillowImage, "auto_orient", auto_orient_without_metadata)
    pre_save.connect(clean_pending_upload, sender=UploadedFile, dispatch_uid="mokme_clean_pending_upload")

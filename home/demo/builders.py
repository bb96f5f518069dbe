"""Helpers shared by every app's demo content: idempotent pages, images, accounts."""

import io
import os
import random

from PIL import Image as PILImage
from PIL import ImageDraw

from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.utils import translation

from modeltranslation.utils import build_localized_fieldname
from wagtail.rich_text import RichText

from home.languages import DEFAULT_LANGUAGE
from home.models import PortalImage

DEMO_PASSWORD = os.environ.get("MOKME_DEMO_PASSWORD", "mokme-demo-2026")


def stream(items):
    """Turns `(kind, text)` pairs into body StreamField content."""
    blocks = []
    for kind, value in items:
        if kind == "heading":
            blocks.append(("heading", {"text": value, "level": "h2"}))
        elif kind == "paragraph":
            blocks.append(("paragraph", RichText(value)))
        else:
            blocks.append((kind, value))
    return blocks


def set_translated(page, field: str, values: dict):
    for code, value in values.items():
        setattr(page, build_localized_fieldname(field, code), value)


def child_by_slug(parent, slug: str):
    """The child with this German slug, if an earlier run created it."""
    return (
        parent.get_children()
        .filter(**{build_localized_fieldname("slug", DEFAULT_LANGUAGE): slug})
        .specific()
        .first()
    )


def add_child_once(parent, page):
    """Adds `page` under `parent` unless a child with its German slug exists; returns the child."""
    existing = child_by_slug(parent, page.slug_de or page.slug)
    if existing is not None:
        return existing, False
    with translation.override(DEFAULT_LANGUAGE):
        parent.add_child(instance=page)
        page.save_revision().publish()
    return page, True


def demo_image(title: str, *, seed: int, credit: str = "Grafik: mokme-Demo", size=(1600, 900)):
    """A generated picture, so that the demo needs no photos from elsewhere."""
    existing = PortalImage.objects.filter(title=title).first()
    if existing is not None:
        return existing
    rng = random.Random(seed)  # noqa: S311 - decoration, not security
    palette = [(11, 79, 108), (255, 191, 31), (30, 107, 58), (179, 38, 30), (90, 42, 130), (243, 245, 247)]
    picture = PILImage.new("RGB", size, palette[seed % len(palette)])
    draw = ImageDraw.Draw(picture)
    for _ in range(14):
        radius = rng.randint(size[1] // 10, size[1] // 2)
        x, y = rng.randint(0, size[0]), rng.randint(0, size[1])
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=rng.choice(palette))
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=80)
    image = PortalImage(title=title, credit=credit, licence="CC0")
    image.description_de = "Abstrakte Grafik aus farbigen Kreisen"
    image.description_en = "Abstract graphic of coloured circles"
    image.file = ImageFile(buffer, name=f"demo-{seed}.jpg")
    image.save()
    return image


def demo_user(username: str, *, email: str, first_name: str = "", last_name: str = "", superuser=False):
    User = get_user_model()  # noqa: N806
    user = User.objects.filter(username=username).first()
    if user is None:
        factory = User.objects.create_superuser if superuser else User.objects.create_user
        user = factory(username=username, email=email, password=DEMO_PASSWORD)
        user.first_name, user.last_name = first_name, last_name
        user.save()
    return user

"""The image sizes the portal serves: one definition for the templates and the listings' queries.

Each `pattern` is written exactly as in its template's `{% srcset_image %}` tag; Wagtail expands it
into one rendition spec per width. A listing prefetches every one of those specs: a spec the query
misses costs one query per image on the page. Each `sizes` is the width the portal's stylesheet gives
the image, so that a phone picks the smallest file that is still sharp. The tests compare both with
the rendered pages.

WebP only, no `<picture>` with a JPEG or PNG fallback: every browser the portal supports shows WebP
(Safari since 2020), and a fallback would double the renditions stored, generated and prefetched.
"""

from dataclasses import dataclass

from django.db.models import Prefetch, prefetch_related_objects

from wagtail.images import get_image_model
from wagtail.images.models import Filter


def picture_columns(related: str) -> list[str]:
    """Every column of the picture at `related` (`"image"`), for a list that selects only what
    it shows with `only()`: its renditions and its credit line read them all."""
    return [f"{related}__{field.attname}" for field in get_image_model()._meta.concrete_fields]


@dataclass(frozen=True)
class ImageSize:
    pattern: str
    sizes: str

    @property
    def specs(self) -> list[str]:
        return Filter.expand_spec(self.pattern)

    def renditions_of(self, field: str) -> Prefetch:
        """These renditions of the images in `field`, for `prefetch_related` beside
        `select_related(field)`: the images come in the list's own query (a prefetch of the
        images cost one more query per list) and their renditions in one."""
        rendition_model = get_image_model().get_rendition_model()
        return Prefetch(
            f"{field}__renditions",
            queryset=rendition_model.objects.filter(filter_spec__in=self.specs),
            to_attr="prefetched_renditions",
        )


# Directory cards and the subsite header: a square logo of 5rem.
ORGANISATION_LOGO = ImageSize("fill-{80x80,160x160,240x240} format-webp", "5rem")

# The subsite header's cover picture: the full width of the screen.
SUBSITE_COVER = ImageSize("fill-{640x240,1280x400} format-webp", "100vw")

# The picture search engines and messengers show for a page (JSON-LD, Open Graph): one size.
SHARE_IMAGE = ImageSize("fill-1200x630 format-jpeg", "1200px")

# Partner logos keep their shape: at most 6rem high, about 12rem wide for a typical 2:1 logo.
PARTNER_LOGO = ImageSize("max-{120x60,240x120,480x240} format-webp", "12rem")

# News and press lists: the full column on phones, a 9rem thumbnail beside the text on wider screens.
LISTING_THUMBNAIL = ImageSize(
    "fill-{320x180,480x270,640x360} format-webp", "(max-width: 40rem) calc(100vw - 2rem), 9rem"
)
# The short news lists on the home page and the subsites keep a 6rem thumbnail on every screen.
COMPACT_THUMBNAIL_SIZES = "6rem"

# Featured cards on the home page fill one column of the card grid (one, two, then up to four columns).
FEATURED_CARD = ImageSize(
    "fill-{320x180,480x270,640x360} format-webp",
    "(max-width: 35rem) calc(100vw - 2rem), (max-width: 52.5rem) calc(50vw - 2rem), 25rem",
)

# Images in the text of a page: the reading column, at most 48rem.
BODY_IMAGE = ImageSize("width-{400,800,1200} format-webp", "(min-width: 56rem) 48rem, calc(100vw - 2rem)")


def prefetch_renditions_of(images, *sizes: ImageSize):
    """Load the renditions of images that came without a queryset (from a StreamField, or a page's
    own image fields) in one query, for every size they are shown in."""
    rendition_model = get_image_model().get_rendition_model()
    specs = [spec for size in sizes for spec in size.specs]
    prefetch_related_objects(
        [image for image in images if image is not None],
        Prefetch(
            "renditions",
            queryset=rendition_model.objects.filter(filter_spec__in=specs),
            to_attr="prefetched_renditions",
        ),
    )


def prefetch_featured_renditions(featured):
    """The home page's featured cards: all their images' renditions in one query."""
    prefetch_renditions_of([block.value.get("image") for block in featured], FEATURED_CARD)

"""The home page fits a prepaid plan: at most 150 KB on a phone's first visit, in German,
Arabic, Turkish and Kurmancî, and each page downloads only the fonts of the scripts it shows."""

import io
import random

import pytest
from PIL import Image

from django.core.files.images import ImageFile
from django.utils import timezone

from organisations.models import Town
from tests.factories import (
    EventCalendarPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    OrganisationIndexPageFactory,
    OrganisationPageFactory,
    PortalHomePageFactory,
    PortalImageFactory,
    berlin,
)
from tests.page_weight import HOME_BUDGET_BYTES, first_visit

pytestmark = pytest.mark.browser


def photo(seed, size=(1600, 900)):
    """A picture that compresses like a photograph (a flat colour would flatter the budget)."""
    random.seed(seed)
    channels = []
    for strength in (60, 70, 80):
        coarse = Image.effect_noise((size[0] // 40, size[1] // 40), strength).resize(size, Image.BICUBIC)
        channels.append(Image.blend(coarse, Image.effect_noise(size, 25), 0.35))
    buffer = io.BytesIO()
    Image.merge("RGB", channels).save(buffer, format="JPEG", quality=85)
    return PortalImageFactory(file=ImageFile(buffer, name=f"photo-{seed}.jpg"), credit="Foto: Kreis Mettmann")


@pytest.fixture
def portal(transactional_db):
    """The home page as the demo fills it: hero photo, towns, five events, three news with photos."""
    home = PortalHomePageFactory(
        hero_heading="Migrantenorganisationen im Kreis Mettmann",
        hero_heading_ar="منظمات المهاجرين في دائرة ميتمان",
        hero_text="Vereine, Angebote und Termine aus zehn Städten.",
        hero_text_ar="جمعيات وعروض ومواعيد من عشر مدن.",
        hero_image=photo(1),
    )
    directory = OrganisationIndexPageFactory(parent=home, show_in_menus=True)
    for number, town in enumerate(Town.objects.all()):
        OrganisationPageFactory(
            parent=directory,
            title=f"Deutsch-Türkischer Kulturverein {town.name}",
            town=town,
            logo=photo(10 + number),
        )
    calendar = EventCalendarPageFactory(parent=home, show_in_menus=True, title_ar="الفعاليات")
    soon = timezone.localdate() + timezone.timedelta(days=2)
    for number, title in enumerate(
        ["Sprachcafé", "Hausaufgabenhilfe", "Seniorennachmittag", "Fest", "Beratung"]
    ):
        EventPageFactory(
            parent=calendar,
            title=title,
            title_ar=f"فعالية {number}",
            start=berlin(soon.year, soon.month, soon.day, 10 + number),
            image=photo(30 + number),
        )
    news = NewsIndexPageFactory(parent=home, show_in_menus=True)
    for number in range(3):
        NewsPageFactory(
            parent=news,
            title=f"Neues aus dem Integrationsrat {number}",
            title_ar=f"أخبار {number}",
            image=photo(40 + number),
        )
    return home


def font_files(weight):
    return sorted(url.rsplit("/", 1)[-1].split(".")[0] for url, kind, _ in weight.files if kind == "font")


# Turkish and Kurmancî bring the letters beyond Latin-1 (ş, ğ, ı) that need a second Latin file.
@pytest.mark.parametrize("language", ["de", "ar", "tr", "kmr"])
def test_home_page_weighs_at_most_150_kb_on_a_phone(browser, live_server, portal, language):
    weight = first_visit(browser, f"{live_server.url}/{language}/")
    print(weight.describe())  # the figure, for a person reading the run with -s or -rA
    assert weight.total <= HOME_BUDGET_BYTES, weight.describe()
    assert not [url for url, _, _ in weight.files if not url.startswith(live_server.url)]


def test_each_page_downloads_the_fonts_of_its_own_script(browser, live_server, portal):
    german = font_files(first_visit(browser, f"{live_server.url}/de/"))
    arabic = font_files(first_visit(browser, f"{live_server.url}/ar/"))
    # The self-hosted Noto Sans draws the German page; no Arabic, Cyrillic or Greek file comes with it.
    assert german and all(name.startswith("noto-sans-latin-") for name in german), german
    # The Arabic page gets Noto Sans Arabic, and nothing else: its few Latin letters come from
    # the phone's own font, which keeps it within the budget.
    assert arabic and all(name.startswith("noto-sans-arabic-arabic-") for name in arabic), arabic

"""A picture's credit ("Foto: Kreis Mettmann") is a line of the teaser's text in lists, in the
reader's language, never a label on the small picture; the page itself names it under its
picture."""

import pytest
from bs4 import BeautifulSoup

from django.utils import translation

from events.press.models import PressReleaseImage
from tests.factories import (
    NewsIndexPageFactory,
    NewsPageFactory,
    PortalImageFactory,
    PressArchivePageFactory,
    PressReleasePageFactory,
)

CREDIT = {"de": "Foto: Kreis Mettmann", "ar": "حقوق الصورة: Kreis Mettmann"}


def photo():
    return PortalImageFactory(credit="Foto: Kreis Mettmann", file__width=800, file__height=450)


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def url_in(language, page):
    with translation.override(language):
        return page.url


@pytest.fixture
def lists(home_page):
    archive = PressArchivePageFactory(parent=home_page)
    release = PressReleasePageFactory(parent=archive, title="Integrationsrat")
    PressReleaseImage.objects.create(release=release, image=photo(), sort_order=0)
    news = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=news, title="Sommerfest", image=photo())
    return {"press": (archive, ".press-item"), "news": (news, ".news-item")}


@pytest.mark.parametrize("language", list(CREDIT))
@pytest.mark.parametrize("kind", ["press", "news"])
def test_list_credits_are_in_the_teaser_text_not_on_the_picture(client, lists, kind, language):
    page, selector = lists[kind]
    item = soup_of(client, url_in(language, page)).select_one(selector)
    figure = item.select_one("figure, .news-figure")
    assert figure.img is not None
    assert figure.get_text(strip=True) == ""
    credit = item.select_one(".credit")
    assert " ".join(credit.get_text().split()) == CREDIT[language]
    # In the text beside the picture, after the title.
    assert credit.find_parent("figure") is None
    assert item.find(["h2", "h3"]) in credit.find_all_previous(["h2", "h3"])


def test_the_release_page_names_the_credit_under_its_picture(client, lists):
    archive, _selector = lists["press"]
    release = archive.get_children().first().specific
    caption = soup_of(client, url_in("ar", release)).select_one("figure figcaption .credit")
    assert " ".join(caption.get_text().split()) == CREDIT["ar"]

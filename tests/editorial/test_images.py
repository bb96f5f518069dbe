"""Images: alt text required on upload and translated, credit wherever the image is shown."""

from bs4 import BeautifulSoup

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.images.tests.utils import get_test_image_file

from home.models import PortalImage
from tests.factories import PortalImageFactory


def upload(client, **data):
    image_file = get_test_image_file()
    return client.post(
        "/admin/images/add/",
        {"title": "Sommerfest", "file": SimpleUploadedFile("fest.png", image_file.file.getvalue()), **data},
    )


def test_upload_needs_alt_text(admin_client):
    response = upload(admin_client)
    assert response.status_code == 200
    assert PortalImage.objects.count() == 0
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find(attrs={"name": "description_de"}) is not None
    response = upload(
        admin_client,
        description_de="Kinder tanzen im Park",
        description_tr="Parkta dans eden çocuklar",
        credit="Foto: Verein",
    )
    assert response.status_code == 302
    image = PortalImage.objects.get()
    assert image.description_de == "Kinder tanzen im Park" and image.credit == "Foto: Verein"


def test_alt_text_in_the_visitors_language(home_page):
    from django.utils import translation

    image = PortalImageFactory(description_de="Kinder tanzen", description_tr="Dans eden çocuklar")
    with translation.override("tr"):
        assert image.default_alt_text == "Dans eden çocuklar"
    with translation.override("ar"):
        assert image.default_alt_text == "Kinder tanzen"


def test_credit_shows_with_the_hero_image(client, home_page):
    home_page.hero_image = PortalImageFactory(credit="Foto: Kreis Mettmann")
    home_page.save_revision().publish()
    soup = BeautifulSoup(client.get("/de/").content, "html.parser")
    assert soup.select_one(".hero-credit").get_text(strip=True) == "Foto: Kreis Mettmann"

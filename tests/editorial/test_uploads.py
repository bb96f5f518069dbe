"""Uploads: size, pixel and type limits with clear messages; documents served with safe headers."""

import io
import os

import pytest
from bs4 import BeautifulSoup
from PIL import Image

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from wagtail.documents import get_document_model

from home.models import PortalImage

pytestmark = pytest.mark.django_db


def png(width, height, mode="1"):
    buffer = io.BytesIO()
    Image.new(mode, (width, height)).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def upload_image(client, content, name="plakat.png"):
    return client.post(
        "/admin/images/add/",
        {
            "title": "Plakat Sommerfest",
            "description_de": "Plakat mit Sonne und Tanzenden",
            "file": SimpleUploadedFile(name, content),
        },
    )


def form_errors(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return " ".join(
        error.get_text(" ", strip=True) for error in soup.select(".error-message, .help-critical")
    )


def test_an_image_with_too_many_pixels_is_refused_and_the_form_keeps_the_input(admin_client):
    content = png(8000, 6000)  # 48 megapixels in a few kilobytes
    assert len(content) < 100_000
    response = upload_image(admin_client, content)
    assert response.status_code == 200
    assert "zu viele Pixel" in form_errors(response)
    assert PortalImage.objects.count() == 0
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find(attrs={"name": "title"})["value"] == "Plakat Sommerfest"
    assert soup.find(attrs={"name": "description_de"})["value"] == "Plakat mit Sonne und Tanzenden"


def test_a_decompression_bomb_is_refused_with_a_message_not_a_crash(admin_client):
    response = upload_image(admin_client, png(20000, 20000))  # 400 megapixels
    assert response.status_code == 200
    assert "zu viele Pixel" in form_errors(response)
    assert PortalImage.objects.count() == 0


def test_pillow_itself_refuses_what_the_upload_limit_refuses():
    from django.conf import settings

    assert Image.MAX_IMAGE_PIXELS == settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS


@override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=50_000)
def test_a_file_that_is_too_large_is_refused(admin_client):
    noise = Image.frombytes("RGB", (300, 300), os.urandom(300 * 300 * 3))
    buffer = io.BytesIO()
    noise.save(buffer, "PNG")
    response = upload_image(admin_client, buffer.getvalue())
    assert response.status_code == 200
    assert "zu groß" in form_errors(response)
    assert PortalImage.objects.count() == 0


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        ("seite.html", b"<html><script>alert(1)</script></html>"),
        ("foto.png", b"GIF89a not really an image"),
    ],
)
def test_only_real_photos_and_graphics_are_accepted_as_images(admin_client, name, content):
    response = upload_image(admin_client, content, name=name)
    assert response.status_code == 200
    assert form_errors(response)
    assert PortalImage.objects.count() == 0


def upload_document(client, name, content):
    return client.post(
        "/admin/documents/add/", {"title": "Satzung", "file": SimpleUploadedFile(name, content)}
    )


@pytest.mark.parametrize("name", ["satzung.html", "programm.exe", "bild.svg", "skript.js"])
def test_documents_of_other_types_are_refused(admin_client, name):
    response = upload_document(admin_client, name, b"<script>alert(1)</script>")
    assert response.status_code == 200
    assert "nicht erlaubt" in form_errors(response) or "Dateiendung" in form_errors(response)
    assert get_document_model().objects.count() == 0


def test_a_document_is_served_through_wagtail_with_headers_that_stop_it_running_code(admin_client, client):
    response = upload_document(admin_client, "satzung.pdf", b"%PDF-1.4\n%mokme\n")
    assert response.status_code == 302
    document = get_document_model().objects.get()

    served = client.get(document.url)
    assert served.status_code == 200
    assert served["X-Content-Type-Options"] == "nosniff"
    assert served["Content-Security-Policy"] == "default-src 'none'"
    assert served["Content-Type"] == "application/pdf"
    assert b"".join(served.streaming_content).startswith(b"%PDF")


def test_office_documents_are_downloaded_not_opened_in_the_portals_origin(admin_client, client):
    upload_document(admin_client, "mitglieder.xlsx", b"PK\x03\x04 spreadsheet")
    served = client.get(get_document_model().objects.get().url)
    assert served["Content-Disposition"].startswith("attachment")

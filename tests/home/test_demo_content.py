"""The demo content: real pages in every language, and safe to load twice."""

from django.core.management import call_command

from wagtail.models import Page

from home.languages import LANGUAGE_CODES
from home.models import PortalHomePage, StandardPage


def test_demo_content_can_be_loaded_twice_without_duplicates(db, client):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    first = Page.objects.count()
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert Page.objects.count() == first
    assert PortalHomePage.objects.count() == 1

    home = PortalHomePage.objects.get()
    about = StandardPage.objects.get(slug_de="ueber-das-portal")
    for code in LANGUAGE_CODES:
        assert home.is_available_in(code) and about.is_available_in(code)
        assert client.get(f"/{code}/").status_code == 200
    titles = set(StandardPage.objects.values_list("title_de", flat=True))
    assert {
        "Impressum",
        "Datenschutzerklärung",
        "Erklärung zur Barrierefreiheit",
        "Leichte Sprache",
    } <= titles


def test_demo_content_prints_the_admin_login(db, capsys):
    call_command("load_demo_content")
    out = capsys.readouterr().out
    assert "user: admin" in out and "password:" in out

"""The demo content: real pages in every language, 23 organisations, and safe to load twice."""

import io

from django.core.management import call_command

from wagtail.models import Page

from home.languages import LANGUAGE_CODES
from home.models import PortalHomePage, StandardPage
from organisations.models import OrganisationApplication, OrganisationPage, Town


def test_demo_content_loads_twice_without_duplicates(db, client):
    out = io.StringIO()
    call_command("load_demo_content", stdout=out)
    first = Page.objects.count()
    call_command("load_demo_content", stdout=io.StringIO())
    assert Page.objects.count() == first
    assert PortalHomePage.objects.count() == 1

    # The logins are printed for the newcomer.
    printed = out.getvalue()
    for username in ("admin", "moderation", "redaktion-a", "redaktion-b"):
        assert f"user: {username}" in printed
    assert "password:" in printed

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

    organisations = OrganisationPage.objects.live()
    assert organisations.count() == 23
    assert set(organisations.values_list("town__slug", flat=True)) == set(
        Town.objects.values_list("slug", flat=True)
    )
    for organisation in organisations:
        assert 2 <= organisation.get_children().count() <= 4
        assert organisation.editor_group is not None and organisation.collection is not None
    assert OrganisationApplication.objects.filter(status="new").count() == 2
    assert client.get("/de/organisationen/").status_code == 200

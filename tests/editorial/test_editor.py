"""The page editor: only the languages that matter, the language picker, a preview per language."""

from bs4 import BeautifulSoup

from django.test import Client

from home.languages import LANGUAGE_CODES
from tests.factories import OrganisationContentPageFactory, StandardPageFactory


def field_names(client, url):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return {element.get("name") for element in soup.find_all(["input", "textarea", "select"])}, soup


def test_organisation_pages_show_german_and_the_organisations_languages(client, editor_a, org_a):
    page = OrganisationContentPageFactory(parent=org_a, title="Angebote", slug="angebote")
    client.force_login(editor_a)
    names, _soup = field_names(client, f"/admin/pages/{page.pk}/edit/")
    assert {"title_de", "title_tr", "intro_de", "intro_tr"} <= names
    assert not {"title_ar", "intro_en", "slug_kmr"} & names
    names, _soup = field_names(client, f"/admin/pages/{org_a.pk}/edit/")
    assert "short_description_tr" in names and "short_description_fa" not in names
    # Creating a page under the organisation shows the same languages.
    names, _soup = field_names(client, f"/admin/pages/add/organisations/organisationcontentpage/{org_a.pk}/")
    assert "title_tr" in names and "title_ru" not in names


def test_portal_pages_show_every_language_on_request(admin_client, home_page):
    page = StandardPageFactory(parent=home_page, title="Über uns")
    names, _soup = field_names(admin_client, f"/admin/pages/{page.pk}/edit/?translation=all")
    assert {f"title_{code}" for code in LANGUAGE_CODES} <= names


def test_saving_leaves_hidden_languages_alone(client, editor_a, org_a):
    page = OrganisationContentPageFactory(parent=org_a, title="Angebote", slug="angebote", title_ar="عروض")
    client.force_login(editor_a)
    data = {
        "title_de": "Angebote neu",
        "slug_de": "angebote",
        "title_tr": "Hizmetler",
        "slug_tr": "hizmetler",
    }
    data.update({"body_de-count": "0", "body_tr-count": "0", "action-submit": "1"})
    response = client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page.refresh_from_db()
    draft = page.get_latest_revision_as_object()
    assert draft.title_de == "Angebote neu" and draft.title_tr == "Hizmetler" and draft.title_ar == "عروض"


def test_the_language_picker_is_offered_in_the_editor(admin_client, home_page):
    page = StandardPageFactory(parent=home_page, title="Über uns")
    _names, soup = field_names(admin_client, f"/admin/pages/{page.pk}/edit/")
    picker = soup.find("select", id="mokme-language-picker")
    assert [option["value"] for option in picker.find_all("option")] == ["de", *LANGUAGE_CODES[1:], "all"]
    assert soup.find("script", src=lambda src: src and src.endswith("home/js/language_picker.js"))


def test_preview_in_each_language(client, editor_a, org_a):
    page = OrganisationContentPageFactory(
        parent=org_a, title="Angebote", slug="angebote", title_tr="Hizmetler"
    )
    client.force_login(editor_a)
    assert [mode for mode, _name in page.preview_modes] == ["de", "tr"]
    data = {"title_de": "Angebote", "slug_de": "angebote", "title_tr": "Yeni hizmetler", "slug_tr": ""}
    data.update({"body_de-count": "0", "body_tr-count": "0"})
    assert client.post(f"/admin/pages/{page.pk}/edit/preview/", data).status_code == 200
    turkish = BeautifulSoup(
        client.get(f"/admin/pages/{page.pk}/edit/preview/?mode=tr").content, "html.parser"
    )
    assert turkish.html["lang"] == "tr" and turkish.h1.get_text(strip=True) == "Yeni hizmetler"
    german = BeautifulSoup(client.get(f"/admin/pages/{page.pk}/edit/preview/?mode=de").content, "html.parser")
    assert german.html["lang"] == "de" and german.h1.get_text(strip=True) == "Angebote"


def test_admin_speaks_the_editors_chosen_language_and_content_stays_german(client, editor_a, org_a):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(editor_a)
    profile.preferred_language = "tr"
    profile.save()
    client.force_login(editor_a)
    dashboard = BeautifulSoup(client.get("/admin/").content, "html.parser")
    assert dashboard.html["lang"] == "tr"
    profile.preferred_language = "de"
    profile.save()
    assert BeautifulSoup(client.get("/admin/").content, "html.parser").html["lang"] == "de"


def test_admin_is_german_by_default_whatever_the_browser_says(client, editor_a):
    client.force_login(editor_a)
    client.cookies["mokme_language"] = "ar"
    response = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "de"
    assert soup.html.get("dir", "ltr") == "ltr"
    login = BeautifulSoup(Client().get("/admin/login/", HTTP_ACCEPT_LANGUAGE="tr").content, "html.parser")
    assert login.html["lang"] == "de"
    assert login.find("button", type="submit").get_text(strip=True) == "Anmelden"

"""Two editors on one page: a form loaded before a colleague saved is refused with a message and
comes back as typed; the editor's own autosaves never stop them. Driven through the admin's own
edit form (tests.admin_forms.PageForm) as Wagtail 8's editor and its autosave send it."""

import pytest
from bs4 import BeautifulSoup

from django.test import Client

from wagtail.models import get_page_models
from wagtail.users.models import UserProfile

from home.edit_conflicts import EditConflictFormMixin
from tests.admin_forms import PageForm
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(home_page):
    return StandardPageFactory(parent=home_page, title="Über uns", slug="ueber-uns")


def editor_client(django_user_model, username, first_name, last_name):
    user = django_user_model.objects.create_superuser(
        username, f"{username}@example.org", "pw-redaktion-1", first_name=first_name, last_name=last_name
    )
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"  # the messages asserted below are the English msgids
    profile.save()
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def anna(django_user_model, home_page):
    return editor_client(django_user_model, "anna", "Anna", "Arslan")


@pytest.fixture
def bora(django_user_model, home_page):
    return editor_client(django_user_model, "bora", "Bora", "Demir")


def edit_form(client, page):
    return PageForm(client, f"/admin/pages/{page.pk}/edit/")


def latest_title(page):
    page.refresh_from_db()
    return page.get_latest_revision_as_object().title_de


def shown(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return soup, " ".join(soup.get_text(" ", strip=True).split())


@pytest.mark.parametrize("action", [None, "publish"])
def test_a_stale_form_is_refused_with_the_editors_input_kept(anna, bora, page, action):
    annas, boras = edit_form(anna, page), edit_form(bora, page)
    assert annas.set(title_de="Über uns – Annas Fassung").post().status_code == 302

    response = boras.set(title_de="Über uns – Boras Fassung").post(action)
    assert response.status_code == 200
    soup, text = shown(response)
    assert "Anna Arslan saved this page at" in text and "after you opened it" in text
    assert soup.find("input", attrs={"name": "title_de"})["value"] == "Über uns – Boras Fassung"
    assert latest_title(page) == "Über uns – Annas Fassung"
    assert page.live_revision is None or page.title_de == "Über uns"

    # Told, Bora saves again from the form shown: now a conscious choice.
    for name in ("loaded_revision_id", "loaded_revision_created_at"):
        boras.data[name] = soup.find("input", attrs={"name": name})["value"]
    assert boras.post(action).status_code == 302
    assert latest_title(page) == "Über uns – Boras Fassung"


def test_a_colleagues_autosave_counts_as_a_save(anna, bora, page):
    annas, boras = edit_form(anna, page), edit_form(bora, page)
    assert annas.set(title_de="Über uns (Anna tippt)").autosave().json()["success"]
    response = boras.set(title_de="Über uns (Bora)").post()
    assert response.status_code == 200 and "Anna Arslan saved this page" in shown(response)[1]
    assert latest_title(page) == "Über uns (Anna tippt)"


def test_a_revision_overwritten_in_place_by_a_colleagues_autosave_counts_too(anna, bora, page):
    boras = edit_form(bora, page)
    first = boras.set(title_de="Über uns (Bora 1)").autosave().json()
    annas = edit_form(anna, page)  # loaded from Bora's autosave revision
    assert str(first["revision_id"]) == annas.data["loaded_revision_id"]
    boras.data["overwrite_revision_id"] = str(first["revision_id"])  # as Wagtail's autosave script does
    second = boras.set(title_de="Über uns (Bora 2)").autosave().json()
    assert second["success"] and second["revision_id"] == first["revision_id"]

    response = annas.set(title_de="Über uns (Anna)").post()
    assert response.status_code == 200 and "Bora Demir saved this page" in shown(response)[1]
    assert latest_title(page) == "Über uns (Bora 2)"


def test_one_editor_with_autosave_saves_and_publishes_undisturbed(anna, page):
    annas = edit_form(anna, page)
    first = annas.set(title_de="Über uns – Entwurf 1").autosave().json()
    assert first["success"]
    annas.data["overwrite_revision_id"] = str(first["revision_id"])
    assert annas.set(title_de="Über uns – Entwurf 2").autosave().json()["success"]
    # The manual save carries the loaded revision from before the autosaves.
    assert annas.post().status_code == 302
    assert latest_title(page) == "Über uns – Entwurf 2"
    assert edit_form(anna, page).set(title_de="Über uns – fertig").post("publish").status_code == 302
    page.refresh_from_db()
    assert page.live and page.title_de == "Über uns – fertig"


def test_every_page_type_refuses_a_stale_form():
    for model in get_page_models():
        if model._meta.abstract or model.__name__ == "Page":
            continue
        form_class = model.get_edit_handler().get_form_class()
        assert issubclass(form_class, EditConflictFormMixin), model

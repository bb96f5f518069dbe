"""Another organisation's images and documents: not listed, not choosable by a posted id, and a
private collection's documents not downloadable by their file's address."""

from bs4 import BeautifulSoup

from django.core.files.base import ContentFile
from django.urls import resolve

from wagtail.documents.models import Document
from wagtail.models import CollectionViewRestriction

from tests.factories import PortalImageFactory


def browser_form_data(html, form_id="page-edit-form"):
    """What a browser sends for the form as it is shown: every named field with its value."""
    form = BeautifulSoup(html, "html.parser").find("form", id=form_id)
    data = {}
    for element in form.find_all(["input", "select", "textarea"]):
        name = element.get("name")
        if not name or element.get("type") in ("submit", "button", "file", "image"):
            continue
        if element.name == "textarea":
            data[name] = element.get_text()
        elif element.name == "select":
            chosen = element.find_all("option", selected=True) or element.find_all("option")[:1]
            data[name] = [option.get("value", "") for option in chosen]
        elif element.get("type") in ("checkbox", "radio"):
            if element.has_attr("checked"):
                data.setdefault(name, []).append(element.get("value", "on"))
        else:
            data[name] = element.get("value", "")
    return data


def draft_of(page):
    return type(page).objects.get(pk=page.pk).get_latest_revision_as_object()


def test_a_foreign_image_is_refused_as_ones_own_logo(client, editor_a, org_a, org_b):
    foreign = PortalImageFactory(title="Logo von B", collection=org_b.collection)
    own = PortalImageFactory(title="Logo von A", collection=org_a.collection)
    client.force_login(editor_a)
    url = f"/admin/pages/{org_a.pk}/edit/"
    # The stream fields' blocks are drawn by JavaScript; an empty body is sent instead.
    data = {**browser_form_data(client.get(url).content.decode()), "body_de-count": "0", "body_tr-count": "0"}

    response = client.post(url, {**data, "logo": str(foreign.pk)})
    assert response.status_code == 200
    assert draft_of(org_a).logo_id != foreign.pk

    response = client.post(url, {**data, "logo": str(own.pk)})
    assert response.status_code == 302, response.content.decode()[:3000]
    assert draft_of(org_a).logo_id == own.pk


def test_admin_api_lists_only_the_editors_images_and_documents(client, editor_a, org_a, org_b):
    PortalImageFactory(title="Bild von A", collection=org_a.collection)
    PortalImageFactory(title="Bild von B", collection=org_b.collection)
    client.force_login(editor_a)
    images = client.get("/admin/api/main/images/").json()
    assert [item["title"] for item in images["items"]] == ["Bild von A"]
    assert client.get("/admin/api/main/documents/").json()["items"] == []


def test_private_collection_documents_are_served_only_through_the_checking_view(client, org_b):
    document = Document(title="Protokoll", collection=org_b.collection)
    document.file.save("protokoll.pdf", ContentFile(b"%PDF-1.4 intern"), save=False)
    document.save()
    CollectionViewRestriction.objects.create(
        collection=org_b.collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    response = client.get(document.url)
    assert response.status_code == 302 and "login" in response["Location"]
    # The file's own address is never served by the portal, whatever DEBUG says.
    match = resolve(f"/media/{document.file.name}")
    assert match.url_name == "media_documents_refused"
    assert client.get(f"/media/{document.file.name}").status_code == 404

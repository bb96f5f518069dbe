"""An editor of organisation A sees, edits and deletes nothing of organisation B; moderators see all."""

import pytest
from bs4 import BeautifulSoup

from django.core.files.base import ContentFile

from wagtail.documents.models import Document

from organisations.models import ContactMessage
from tests.factories import OrganisationContentPageFactory, PortalImageFactory

SECRET_TITLE = "Geheimer Entwurf von B"


@pytest.fixture
def b_content(org_b):
    """Organisation B's draft page with two revisions, an image, a document and a message."""
    page = OrganisationContentPageFactory(parent=org_b, title=SECRET_TITLE, slug="entwurf", live=False)
    page.intro = "Zweite Fassung"
    second = page.save_revision()
    first = page.revisions.order_by("created_at").first()
    image = PortalImageFactory(title="Bild von B", collection=org_b.collection)
    document = Document(title="Satzung von B", collection=org_b.collection)
    document.file.save("satzung-b.pdf", ContentFile(b"%PDF-1.4 B"), save=False)
    document.save()
    message = ContactMessage.objects.create(
        organisation=org_b,
        name="Besucher",
        email="b@example.org",
        subject="Nachricht an B",
        message="Hallo B",
        language="de",
    )
    return {
        "page": page,
        "first": first,
        "second": second,
        "image": image,
        "document": document,
        "message": message,
    }


def denied(response):
    """403, 404, or Wagtail's redirect to the dashboard with a permission message."""
    if response.status_code in (403, 404, 405):
        return True
    return (
        response.status_code == 302
        and response["Location"].startswith("/admin/")
        and "login" not in response["Location"]
    )


def page_urls(page_id, first, second):
    return [
        f"/admin/pages/{page_id}/",
        f"/admin/pages/{page_id}/edit/",
        f"/admin/pages/{page_id}/edit/preview/",
        f"/admin/pages/{page_id}/view_draft/",
        f"/admin/pages/{page_id}/history/",
        f"/admin/pages/{page_id}/revisions/",
        f"/admin/pages/{page_id}/revisions/{first}/view/",
        f"/admin/pages/{page_id}/revisions/{first}/revert/",
        f"/admin/pages/{page_id}/revisions/compare/{first}...{second}/",
        f"/admin/pages/{page_id}/copy/",
        f"/admin/pages/{page_id}/move/",
        f"/admin/pages/{page_id}/delete/",
        f"/admin/pages/{page_id}/unpublish/",
        f"/admin/pages/{page_id}/privacy/",
        f"/admin/pages/{page_id}/lock/",
        f"/admin/pages/{page_id}/add_subpage/",
        f"/admin/pages/{page_id}/workflow_history/",
    ]


def test_editor_cannot_reach_other_organisations_pages(client, editor_a, b_content, org_a):
    client.force_login(editor_a)
    page = b_content["page"]
    for url in page_urls(page.pk, b_content["first"].pk, b_content["second"].pk):
        response = client.get(url)
        assert denied(response), (url, response.status_code)
        assert SECRET_TITLE not in response.content.decode(), url
    for url in (
        f"/admin/pages/{page.pk}/delete/",
        f"/admin/pages/{page.pk}/unpublish/",
        f"/admin/pages/{page.pk}/copy/",
    ):
        assert denied(
            client.post(url, {"new_title": "Kopie", "new_slug": "kopie", "new_parent_page": org_a.pk})
        ), url
    page.refresh_from_db()
    assert page.title == SECRET_TITLE


def test_editor_cannot_reach_the_other_organisation_page_itself(client, editor_a, org_b):
    client.force_login(editor_a)
    for url in (
        f"/admin/pages/{org_b.pk}/edit/",
        f"/admin/pages/{org_b.pk}/delete/",
        f"/admin/pages/{org_b.pk}/history/",
    ):
        assert denied(client.get(url)), url


def test_editor_does_not_find_other_pages_in_search_or_chooser(client, editor_a, b_content, org_a):
    client.force_login(editor_a)
    for url in (
        "/admin/pages/search/?q=Geheimer",
        "/admin/pages/search/?q=Bereket",
        "/admin/choose-page/search/?q=Geheimer",
        "/admin/choose-page/search/?q=Bereket",
        f"/admin/choose-page/{b_content['page'].get_parent().get_parent().pk}/",
    ):
        response = client.get(url)
        assert response.status_code in (200, 403, 404), url
        # The results only: the page repeats the query itself ("Suchbegriff Bereket").
        soup = BeautifulSoup(response.content.decode(), "html.parser")
        text = " ".join(table.get_text() for table in soup.select("table"))
        assert SECRET_TITLE not in text, url
        assert "Bereket" not in text, url
    # B's subsite is not there to browse.
    assert client.get(f"/admin/choose-page/{b_content['page'].get_parent().pk}/").status_code == 404
    # The own subsite is found.
    assert "Anatolia" in client.get("/admin/choose-page/search/?q=Anatolia").content.decode()


def test_editor_cannot_see_other_images_and_documents(client, editor_a, b_content):
    client.force_login(editor_a)
    image, document = b_content["image"], b_content["document"]
    for url in ("/admin/images/", "/admin/images/chooser/", "/admin/documents/", "/admin/documents/chooser/"):
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        assert "Bild von B" not in body and "Satzung von B" not in body, url
    for url in (
        f"/admin/images/{image.pk}/",
        f"/admin/images/{image.pk}/delete/",
        f"/admin/images/chooser/chosen/{image.pk}/",
        f"/admin/images/chooser/{image.pk}/select_format/",
        f"/admin/documents/edit/{document.pk}/",
        f"/admin/documents/delete/{document.pk}/",
        f"/admin/documents/chooser/chosen/{document.pk}/",
    ):
        assert denied(client.get(url)), url
    assert denied(client.post(f"/admin/images/{image.pk}/delete/"))
    image.refresh_from_db()


def test_editor_uploads_only_into_own_collection(client, editor_a, org_a):
    client.force_login(editor_a)
    response = client.get("/admin/images/multiple/add/")
    assert response.status_code == 200
    # Only one collection is open to the editor, so Wagtail offers no other.
    assert "Bereket" not in response.content.decode()


def test_editor_sees_only_own_contact_messages(client, editor_a, org_a, b_content):
    own = ContactMessage.objects.create(
        organisation=org_a,
        name="Gast",
        email="g@example.org",
        subject="Nachricht an A",
        message="Hallo A",
        language="tr",
    )
    other = b_content["message"]
    client.force_login(editor_a)
    listing = client.get("/admin/snippets/organisations/contactmessage/").content.decode()
    assert "Nachricht an A" in listing and "Nachricht an B" not in listing
    export = b"".join(
        client.get("/admin/snippets/organisations/contactmessage/?export=csv").streaming_content
    ).decode()
    assert "Hallo A" in export and "Hallo B" not in export
    assert client.get(f"/admin/snippets/organisations/contactmessage/inspect/{own.pk}/").status_code == 200
    assert denied(client.get(f"/admin/snippets/organisations/contactmessage/inspect/{other.pk}/"))
    assert denied(client.get(f"/admin/snippets/organisations/contactmessage/delete/{other.pk}/"))
    assert denied(client.post(f"/admin/snippets/organisations/contactmessage/delete/{other.pk}/"))
    assert ContactMessage.objects.filter(pk=other.pk).exists()
    response = client.post(f"/admin/snippets/organisations/contactmessage/delete/{own.pk}/")
    assert response.status_code == 302
    assert not ContactMessage.objects.filter(pk=own.pk).exists()


def test_editor_sees_own_pages_and_edits_them(client, editor_a, org_a):
    page = OrganisationContentPageFactory(parent=org_a, title="Unsere Angebote")
    client.force_login(editor_a)
    assert client.get(f"/admin/pages/{org_a.pk}/").status_code == 200
    assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
    assert "Unsere Angebote" in client.get("/admin/pages/search/?q=Angebote").content.decode()


def test_editor_cannot_delete_own_organisation_page(client, editor_a, org_a):
    client.force_login(editor_a)
    assert denied(client.post(f"/admin/pages/{org_a.pk}/delete/"))
    org_a.refresh_from_db()


def test_editor_cannot_make_own_organisation_trusted(client, editor_a, org_a):
    client.force_login(editor_a)
    html = client.get(f"/admin/pages/{org_a.pk}/edit/").content.decode()
    assert 'name="is_trusted"' not in html


def test_moderator_sees_everything(client, moderator, b_content, org_a):
    client.force_login(moderator)
    page = b_content["page"]
    assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
    assert SECRET_TITLE in client.get("/admin/pages/search/?q=Geheimer").content.decode()
    assert "Bild von B" in client.get("/admin/images/").content.decode()
    listing = client.get("/admin/snippets/organisations/contactmessage/").content.decode()
    assert "Nachricht an B" in listing

"""Untrusted organisations go through “Prüfung durch die Redaktion”; trusted ones publish directly."""

from wagtail.models import Page

from organisations.access.roles import WORKFLOW_NAME
from tests.factories import OrganisationContentPageFactory
from tests.organisation_fixtures import provision


def edit_post_data(page, **overrides):
    data = {"title_de": page.title_de, "slug_de": page.slug_de, "intro_de": "Neu: Hausaufgabenhilfe"}
    for code in ("de", "en", "tr", "ar", "fa", "pl", "ru", "uk", "el", "it", "kmr"):
        data[f"body_{code}-count"] = "0"
    data.update(overrides)
    return data


def test_untrusted_editor_submits_and_moderators_are_emailed(client, editor_a, org_a, moderator, outbox):
    page = OrganisationContentPageFactory(parent=org_a, title="Angebote", slug="angebote")
    assert page.get_workflow().name == WORKFLOW_NAME
    client.force_login(editor_a)
    outbox.clear()
    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        edit_post_data(page, **{"action-submit": "Zur Moderation einreichen"}),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    page.refresh_from_db()
    assert page.workflow_in_progress
    assert page.live_revision.content["intro_de"] != "Neu: Hausaufgabenhilfe"
    assert any("moderation@example.org" in message.to for message in outbox)

    # Publishing directly is not possible for the editor.
    response = client.post(f"/admin/pages/{page.pk}/edit/", edit_post_data(page, **{"action-publish": "1"}))
    page.refresh_from_db()
    assert page.specific.intro_de != "Neu: Hausaufgabenhilfe" or not page.live

    # The moderator approves; the change is live.
    client.force_login(moderator)
    task_state = page.current_workflow_task_state
    response = client.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""}
    )
    assert response.status_code in (200, 302)
    assert Page.objects.get(pk=page.pk).specific.intro_de == "Neu: Hausaufgabenhilfe"


def test_trusted_editor_publishes_directly(client, directory, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        organisation = provision(directory, "Vertrauensverein", trusted=True, editors=["v@example.org"])
    editor = organisation.editor_group.user_set.get()
    page = OrganisationContentPageFactory(parent=organisation, title="Angebote", slug="angebote")
    client.force_login(editor)
    response = client.post(f"/admin/pages/{page.pk}/edit/", edit_post_data(page, **{"action-publish": "1"}))
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Page.objects.get(pk=page.pk).specific.intro_de == "Neu: Hausaufgabenhilfe"

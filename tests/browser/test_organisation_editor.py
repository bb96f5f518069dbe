"""An organisation's editor edits a page, submits it for review, and cannot open another organisation."""

import pytest
from playwright.sync_api import expect

from organisations.access.roles import ensure_moderation_setup
from organisations.applications.provisioning import EditorInvite, OrganisationDetails, provision_organisation
from organisations.models import Town
from tests.browser.admin import sign_in
from tests.factories import (
    OrganisationContentPageFactory,
    OrganisationIndexPageFactory,
    PortalHomePageFactory,
)

pytestmark = pytest.mark.browser

PASSWORD = "Sprachcafe-2026!"


@pytest.fixture
def two_organisations(transactional_db):
    home = PortalHomePageFactory()
    directory = OrganisationIndexPageFactory(parent=home)
    ensure_moderation_setup(home)
    own = provision_organisation(
        OrganisationDetails(name="Anatolia Kulturverein", town=Town.objects.get(slug="hilden")),
        [EditorInvite(email="ayse@example.org")],
        directory=directory,
    )
    other = provision_organisation(
        OrganisationDetails(name="Bereket Elternverein", town=Town.objects.get(slug="velbert")),
        directory=directory,
    )
    page = OrganisationContentPageFactory(parent=own, title="Angebote", slug="angebote")
    editor = own.editor_group.user_set.get()
    editor.set_password(PASSWORD)
    editor.save()
    return {"own": own, "other": other, "page": page}


def test_editor_edits_submits_and_is_kept_out_of_other_organisations(page, two_organisations):
    sign_in(page, "ayse@example.org", PASSWORD)

    edit_url = f"/admin/pages/{two_organisations['page'].pk}/edit/"
    page.goto(edit_url)
    page.locator('textarea[name="intro_de"]').fill("Neu: Hausaufgabenhilfe dienstags")
    # Without publishing rights the editor submits to the review workflow.
    page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    page.get_by_role("button", name="In Prüfung durch die Redaktion einreichen").click()
    expect(page.locator(".messages")).to_contain_text("zur Moderation eingereicht")

    # Another organisation's page is not there for this editor: its edit URL answers 404
    # and shows nothing of it (home/admin_scope/).
    response = page.goto(f"/admin/pages/{two_organisations['other'].pk}/edit/")
    assert response.status == 404
    expect(page.locator("body")).not_to_contain_text("Bereket Elternverein")

    two_organisations["page"].refresh_from_db()
    assert two_organisations["page"].workflow_in_progress
    assert page.other_origin_requests == []

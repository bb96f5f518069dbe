"""Steps in the admin that several browser tests take."""

from organisations.applications.provisioning import EditorInvite, OrganisationDetails, provision_organisation
from organisations.models import Town


def sign_in(page, username, password, *, to="**/admin/"):
    """Fills in Wagtail's login form; waits for the dashboard unless `to` is None."""
    page.goto("/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.locator("button[type=submit]").click()
    if to:
        page.wait_for_url(to)


def organisation_with_editor(directory, password, **details):
    """Anatolia Kulturverein in Hilden, provisioned as an approved application is, with its one
    editor (ayse@example.org) able to sign in with `password`; `details` as OrganisationDetails'."""

    organisation = provision_organisation(
        OrganisationDetails(name="Anatolia Kulturverein", town=Town.objects.get(slug="hilden"), **details),
        [EditorInvite(email="ayse@example.org")],
        directory=directory,
    )
    editor = organisation.editor_group.user_set.get()
    editor.set_password(password)
    editor.save()
    return organisation

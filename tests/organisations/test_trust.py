"""Trust (publishing without review) is a moderator's decision outside the page's revisions."""

import pytest

from django.urls import reverse

from wagtail.models import GroupPagePermission

from organisations.models import OrganisationPage, OrganisationTrust
from tests.organisation_fixtures import provision


def can_publish(organisation):
    return GroupPagePermission.objects.filter(
        group=organisation.editor_group, page=organisation, permission__codename="publish_page"
    ).exists()


@pytest.fixture
def trusted_org(directory, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return provision(directory, "Vertrauensverein Mettmann", trusted=True, editors=["vera@example.org"])


def edit_url(organisation):
    return reverse("organisationtrust:edit", args=(organisation.pk,))


def test_revoked_trust_is_not_regained_by_reverting_to_an_old_revision(client, trusted_org, moderator):
    from_trusted_times = trusted_org.latest_revision
    assert can_publish(trusted_org)

    client.force_login(moderator)
    response = client.post(edit_url(trusted_org), {})  # the box unticked
    assert response.status_code == 302
    assert not can_publish(trusted_org)
    assert OrganisationTrust.objects.get(organisation=trusted_org).changed_by == moderator

    # The editor goes back to the revision of the trusted times and a moderator approves it.
    editor = trusted_org.editor_group.user_set.get()
    reverted = from_trusted_times.as_object()
    reverted.save_revision(user=editor).publish(user=moderator)

    organisation = OrganisationPage.objects.get(pk=trusted_org.pk)
    assert not organisation.is_trusted
    assert not can_publish(organisation)


def test_only_moderators_change_trust(client, org_a, editor_a, moderator):
    client.force_login(editor_a)
    for response in (client.get(edit_url(org_a)), client.post(edit_url(org_a), {"is_trusted": "on"})):
        assert response.status_code in (302, 403, 404)
        assert "login" not in response.get("Location", "")
    assert not OrganisationPage.objects.get(pk=org_a.pk).is_trusted
    assert not can_publish(org_a)
    assert 'name="is_trusted"' not in client.get(f"/admin/pages/{org_a.pk}/edit/").content.decode()

    client.force_login(moderator)
    listing = client.get(reverse("organisationtrust:index")).content.decode()
    assert "Anatolia Kulturverein Hilden" in listing
    assert client.post(edit_url(org_a), {"is_trusted": "on"}).status_code == 302
    assert OrganisationPage.objects.get(pk=org_a.pk).is_trusted
    assert can_publish(org_a)

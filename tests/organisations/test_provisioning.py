"""provision_organisation: subsite, group, collection, accounts and invitations in one transaction."""

import re

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

from organisations.access.roles import set_trust
from organisations.applications import provisioning
from organisations.applications.provisioning import DuplicateOrganisationError
from organisations.models import OrganisationPage
from tests.organisation_fixtures import provision


def page_rights(organisation):
    return set(
        GroupPagePermission.objects.filter(group=organisation.editor_group, page=organisation).values_list(
            "permission__codename", flat=True
        )
    )


def test_provisioning_creates_everything(org_a, outbox):
    assert org_a.live and org_a.url == "/de/organisationen/anatolia-kulturverein-hilden/"
    assert org_a.editor_group.name == "Anatolia Kulturverein Hilden – Redaktion"
    assert page_rights(org_a) == {"add_page", "change_page"}  # not trusted: no publishing
    collection_rights = set(
        GroupCollectionPermission.objects.filter(
            group=org_a.editor_group, collection=org_a.collection
        ).values_list("permission__codename", flat=True)
    )
    assert collection_rights == {
        "add_image",
        "change_image",
        "choose_image",
        "add_document",
        "change_document",
        "choose_document",
    }
    assert org_a.editor_group.permissions.filter(codename="access_admin").exists()
    editor = org_a.editor_group.user_set.get()
    assert editor.email == "ayse@example.org" and not editor.has_usable_password()


def test_trusted_organisation_may_publish(directory):
    organisation = provision(directory, "Vertrauensverein", trusted=True)
    assert page_rights(organisation) == {"add_page", "change_page", "publish_page"}
    set_trust(organisation, False)
    assert page_rights(organisation) == {"add_page", "change_page"}


def test_invitation_lets_the_editor_set_a_password(client, org_a, outbox):
    invitation = outbox[-1]
    assert invitation.to == ["ayse@example.org"]
    assert "Anatolia Kulturverein Hilden" in invitation.subject
    link = re.search(r"http://testserver(/admin/password_reset/confirm/\S+)", invitation.body).group(1)
    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    response = client.post(
        form_page.request["PATH_INFO"],
        {"new_password1": "Sprachcafe-2026!", "new_password2": "Sprachcafe-2026!"},
    )
    assert response.status_code == 302
    assert client.login(username="ayse@example.org", password="Sprachcafe-2026!")


def test_same_organisation_is_not_created_twice(directory, org_a):
    groups, collections = Group.objects.count(), Collection.objects.count()
    with pytest.raises(DuplicateOrganisationError):
        provision(directory, "anatolia kulturverein hilden ")
    assert OrganisationPage.objects.count() == 1
    assert (Group.objects.count(), Collection.objects.count()) == (groups, collections)


def test_failure_creates_nothing(directory, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("mail server exploded while creating the account")

    monkeypatch.setattr(provisioning, "invite_editor", broken)
    groups, collections, users = (
        Group.objects.count(),
        Collection.objects.count(),
        get_user_model().objects.count(),
    )
    with pytest.raises(RuntimeError):
        provision(directory, "Halbfertig e.V.", editors=["x@example.org"])
    assert not OrganisationPage.objects.filter(title_de="Halbfertig e.V.").exists()
    assert (Group.objects.count(), Collection.objects.count(), get_user_model().objects.count()) == (
        groups,
        collections,
        users,
    )

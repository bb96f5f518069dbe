import pytest

from django.core import mail
from django.urls import reverse

from organisations.access.roles import ensure_moderation_setup, moderators_group
from organisations.applications.provisioning import EditorInvite, OrganisationDetails, provision_organisation
from organisations.models import FieldOfActivity, SpokenLanguage, Town
from tests.factories import OrganisationIndexPageFactory


@pytest.fixture
def directory(home_page):
    return OrganisationIndexPageFactory(
        parent=home_page,
        title_tr="Kuruluşlar",
        slug_tr="kuruluslar",
        title_en="Organisations",
        slug_en="organisations",
    )


@pytest.fixture
def town():
    return Town.objects.get(slug="hilden")


def provision(directory, name, *, town_slug="hilden", trusted=False, editors=(), languages=()):
    details = OrganisationDetails(
        name=name,
        town=Town.objects.get(slug=town_slug),
        email=f"{name.split()[0].lower()}@example.org",
        trusted=trusted,
        publication_languages=list(languages),
        fields_of_activity=list(FieldOfActivity.objects.filter(slug="culture")),
        spoken_languages=list(SpokenLanguage.objects.filter(code__in=["de", *languages])),
    )
    return provision_organisation(
        details, [EditorInvite(email=email) for email in editors], directory=directory
    )


@pytest.fixture
def org_a(directory, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        organisation = provision(
            directory, "Anatolia Kulturverein Hilden", editors=["ayse@example.org"], languages=["tr"]
        )
    return organisation


@pytest.fixture
def org_b(directory, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        organisation = provision(
            directory, "Bereket Elternverein Velbert", town_slug="velbert", editors=["bilal@example.org"]
        )
    return organisation


@pytest.fixture
def editor_a(org_a):
    return org_a.editor_group.user_set.get()


@pytest.fixture
def editor_b(org_b):
    return org_b.editor_group.user_set.get()


@pytest.fixture
def moderator(home_page, django_user_model):
    ensure_moderation_setup(home_page)
    user = django_user_model.objects.create_user("moderatorin", "moderation@example.org", "pw-moderation-1")
    user.groups.add(moderators_group())
    return user


@pytest.fixture
def outbox():
    # pytest-django empties the outbox before each test; the fixtures' mails stay readable.
    return mail.outbox


@pytest.fixture
def admin_client(client, home_page, django_user_model):
    user = django_user_model.objects.create_superuser(
        "verwaltung", "verwaltung@example.org", "pw-verwaltung-1"
    )
    client.force_login(user)
    return client


def set_hide_stale(client, moderator, home_page, hide):
    """A moderator switches hiding stale profiles on or off in the admin's directory settings."""
    client.force_login(moderator)
    site = home_page.get_site()
    url = reverse("wagtailsettings:edit", args=["organisations", "directorysettings", site.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"hide_stale": "on"} if hide else {})
    assert response.status_code == 302
    client.logout()

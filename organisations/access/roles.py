"""The portal's roles: moderators, organisation editors, and the review workflow.

The moderators' group and the workflow are set up idempotently by `ensure_moderation_setup()`,
which the release step (`manage.py setup_portal_roles`), provisioning and the demo content all
call. Each organisation's editors get a group and a collection of their own when the
organisation is provisioned (`create_editor_group`); their right to publish follows the
organisation's trust (`set_trust`, `sync_trust`).
"""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from organisations.models import OrganisationIndexPage, OrganisationPage, OrganisationTrust

MODERATORS_GROUP = "Portal-Moderation"
WORKFLOW_NAME = "Prüfung durch die Redaktion"
TASK_NAME = "Freigabe durch die Portal-Moderation"

PAGE_PERMISSIONS_EDITOR = ("add_page", "change_page")
PAGE_PERMISSIONS_PUBLISH = ("publish_page",)
PAGE_PERMISSIONS_MODERATOR = (
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
)
COLLECTION_PERMISSIONS_EDITOR = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
)
COLLECTION_PERMISSIONS_MODERATOR = (
    *COLLECTION_PERMISSIONS_EDITOR,
    ("wagtailimages", "delete_image"),
    ("wagtaildocs", "delete_document"),
)
# Model permissions of each group; per-object limits come from permission policies.
MODEL_PERMISSIONS_EDITOR = (
    ("wagtailadmin", "access_admin"),
    ("organisations", "view_contactmessage"),
    ("organisations", "delete_contactmessage"),
)
MODEL_PERMISSIONS_MODERATOR = (
    *MODEL_PERMISSIONS_EDITOR,
    ("organisations", "moderate_organisations"),
    ("organisations", "view_organisationapplication"),
    ("organisations", "change_organisationapplication"),
    ("organisations", "view_organisationtrust"),
    ("organisations", "change_organisationtrust"),
    ("organisations", "add_partner"),
    ("organisations", "change_partner"),
    ("organisations", "delete_partner"),
    ("organisations", "add_community"),
    ("organisations", "change_community"),
    ("organisations", "add_spokenlanguage"),
    ("organisations", "change_spokenlanguage"),
    ("organisations", "add_fieldofactivity"),
    ("organisations", "change_fieldofactivity"),
    ("organisations", "change_directorysettings"),
    ("home", "view_barrierreport"),
    ("home", "change_barrierreport"),
    ("home", "view_searchmiss"),
    ("home", "add_glossaryterm"),
    ("home", "change_glossaryterm"),
    ("home", "delete_glossaryterm"),
    ("home", "view_glossaryterm"),
)


def permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def page_permission(codename: str) -> Permission:
    return Permission.objects.get(content_type=ContentType.objects.get_for_model(Page), codename=codename)


def _ensure_permissions_exist():
    # Permissions are created after `migrate`; a flushed test database or a
    # freshly migrated one may not have them yet when this runs.
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0)


@transaction.atomic
def ensure_moderation_setup(portal_root: Page | None = None) -> tuple[Group, Workflow]:
    """The moderators' group with its rights, and the review workflow on the directory."""
    _ensure_permissions_exist()
    moderators, _created = Group.objects.get_or_create(name=MODERATORS_GROUP)
    moderators.permissions.add(*(permission(app, code) for app, code in MODEL_PERMISSIONS_MODERATOR))

    portal_root = portal_root or Page.objects.filter(depth=2).first()
    if portal_root is not None:
        for codename in PAGE_PERMISSIONS_MODERATOR:
            GroupPagePermission.objects.get_or_create(
                group=moderators, page=portal_root, permission=page_permission(codename)
            )
    root_collection = Collection.get_first_root_node()
    for app, codename in COLLECTION_PERMISSIONS_MODERATOR:
        GroupCollectionPermission.objects.get_or_create(
            group=moderators, collection=root_collection, permission=permission(app, codename)
        )

    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.add(moderators)
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for directory in OrganisationIndexPage.objects.all():
        WorkflowPage.objects.update_or_create(page=directory, defaults={"workflow": workflow})
    return moderators, workflow


def moderators_group() -> Group:
    return Group.objects.get_or_create(name=MODERATORS_GROUP)[0]


def editor_group_name(organisation_name: str) -> str:
    return f"{organisation_name} – Redaktion"[:150]


def create_editor_group(name: str) -> tuple[Group, Collection]:
    """The editors' group of a new organisation and the collection of its images and documents."""
    group = Group.objects.create(name=editor_group_name(name))
    group.permissions.add(*(permission(app, code) for app, code in MODEL_PERMISSIONS_EDITOR))
    collection = Collection.get_first_root_node().add_child(name=name[:255])
    for app, codename in COLLECTION_PERMISSIONS_EDITOR:
        GroupCollectionPermission.objects.create(
            group=group, collection=collection, permission=permission(app, codename)
        )
    return group, collection


def set_trust(organisation: OrganisationPage, trusted: bool, *, by=None):
    """A moderator's decision whether the organisation publishes without review."""
    OrganisationTrust.objects.update_or_create(
        organisation=organisation, defaults={"is_trusted": trusted, "changed_by": by}
    )
    sync_trust(organisation)


def sync_trust(organisation: OrganisationPage):
    """Gives the editors' group page rights matching the organisation's trust."""
    OrganisationTrust.objects.get_or_create(organisation=organisation)
    group = organisation.editor_group
    if group is None:
        return
    wanted = set(PAGE_PERMISSIONS_EDITOR)
    if organisation.is_trusted:
        wanted |= set(PAGE_PERMISSIONS_PUBLISH)
    current = GroupPagePermission.objects.filter(group=group, page=organisation)
    current.exclude(permission__codename__in=wanted).delete()
    have = set(current.values_list("permission__codename", flat=True))
    for codename in wanted - have:
        GroupPagePermission.objects.create(
            group=group, page=organisation, permission=page_permission(codename)
        )

"""The press office (“Pressestelle”): press releases under the archive, and nothing else."""

from django.contrib.auth.models import Group
from django.db import transaction

from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

from events.press.models import PressArchivePage
from organisations.access.roles import COLLECTION_PERMISSIONS_EDITOR, page_permission, permission

PRESS_OFFICE_GROUP = "Pressestelle"
PRESS_COLLECTION = "Pressestelle"
PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
MODEL_PERMISSIONS = (
    ("wagtailadmin", "access_admin"),
    ("press", "add_presscontact"),
    ("press", "change_presscontact"),
    ("press", "delete_presscontact"),
    ("press", "add_presstopic"),
    ("press", "change_presstopic"),
)


@transaction.atomic
def ensure_press_office_setup() -> Group:
    group, _created = Group.objects.get_or_create(name=PRESS_OFFICE_GROUP)
    group.permissions.add(*(permission(app, codename) for app, codename in MODEL_PERMISSIONS))
    for archive in PressArchivePage.objects.all():
        for codename in PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=group, page=archive, permission=page_permission(codename)
            )
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=PRESS_COLLECTION).first() or root.add_child(
        name=PRESS_COLLECTION
    )
    for app, codename in COLLECTION_PERMISSIONS_EDITOR:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission(app, codename)
        )
    return group

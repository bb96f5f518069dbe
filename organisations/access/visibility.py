"""Who may see what: moderators see everything, editors only their own organisations."""

from django.db.models import Q

from wagtail.models import GroupPagePermission

from organisations.models import MODERATE_PERMISSION, OrganisationIndexPage, OrganisationPage


def is_moderator(user) -> bool:
    return user.is_active and (user.is_superuser or user.has_perm(MODERATE_PERMISSION))


def organisations_of(user):
    """The organisations whose editors' group the user belongs to."""
    if not user.is_authenticated:
        return OrganisationPage.objects.none()
    return OrganisationPage.objects.filter(editor_group__in=user.groups.all())


def organisations_editable_by(user):
    """The organisations whose calendar the user may import: all for a moderator, else their own."""
    if is_moderator(user):
        return OrganisationPage.objects.all().order_by("title_de")
    return organisations_of(user).order_by("title_de")


def may_delete_page(user, page) -> bool:
    """Only moderators delete an organisation (its subsite, group and collection go with it)."""
    return is_moderator(user) or not isinstance(page.specific, OrganisationPage)


def page_roots_of(user):
    """The tops of the subtrees the user's groups hold page permissions on: an organisation's
    subsite, the press archive."""
    if not user.is_authenticated:
        return []
    return (
        GroupPagePermission.objects.filter(group__in=user.groups.all())
        .values_list("page__path", flat=True)
        .distinct()
    )


def pages_visible_to(user, pages):
    """Leaves out other organisations' subsites and other people's drafts: what the admin's
    choosers, bulk actions and every URL naming a page may show (home/admin_scope/)."""
    if is_moderator(user):
        return pages
    own = Q()
    for path in page_roots_of(user):
        own |= Q(path__startswith=path)
    for directory in OrganisationIndexPage.objects.values("path", "depth"):
        inside = Q(path__startswith=directory["path"], depth__gt=directory["depth"])
        pages = pages.exclude(inside & ~own) if own else pages.exclude(inside)
    return pages.filter(Q(live=True) | own) if own else pages.filter(live=True)

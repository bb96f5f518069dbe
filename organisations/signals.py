"""Keeping derived data true when pages are published or moved."""

from django.apps import apps
from django.db.models import Q

from wagtail.signals import page_published, post_page_move

from home.mail import mail_delivered
from organisations.access.roles import sync_trust
from organisations.models import ContactMessage, OrganisationOwnedMixin, OrganisationPage


def sync_trust_on_publish(sender, instance, **kwargs):
    sync_trust(instance)


def owned_page_models():
    """The concrete page models that store the organisation they belong to."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, OrganisationOwnedMixin) and not model._meta.proxy
    ]


def refresh_organisation_after_move(sender, instance, **kwargs):
    """A page moved into another subsite belongs to that organisation from now on.

    A few updates per page model, however many pages the moved subtree holds: every page in
    it takes the organisation above it, then the pages under an organisation page inside the
    subtree take that one.
    """
    moved = instance
    ancestor_paths = [moved.path[:end] for end in range(moved.steplen, len(moved.path), moved.steplen)]
    organisations = list(
        OrganisationPage.objects.filter(Q(path__in=ancestor_paths) | Q(path__startswith=moved.path))
        .order_by("depth")
        .values_list("pk", "path", "depth")
    )
    above = next((pk for pk, path, _depth in organisations if path in ancestor_paths), None)
    inside = [(pk, path, depth) for pk, path, depth in organisations if path.startswith(moved.path)]
    for model in owned_page_models():
        model.objects.filter(path__startswith=moved.path).update(organisation_id=above)
        for pk, path, depth in inside:
            model.objects.filter(path__startswith=path, depth__gt=depth).update(organisation_id=pk)


def mark_delivered(sender, about_id, **kwargs):
    """A contact message says when the outbox has mailed it to the organisation."""
    sender.objects.filter(pk=about_id).update(delivered=True)


def connect():
    mail_delivered.connect(mark_delivered, sender=ContactMessage, dispatch_uid="mokme_contact_delivered")

    page_published.connect(sync_trust_on_publish, sender=OrganisationPage, dispatch_uid="mokme_sync_trust")
    post_page_move.connect(refresh_organisation_after_move, dispatch_uid="mokme_refresh_organisation")

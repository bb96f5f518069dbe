"""Keeping derived data true when pages are published or moved."""

from wagtail.signals import page_published, post_page_move


def sync_trust_on_publish(sender, instance, **kwargs):
    from organisations.provisioning import sync_trust

    sync_trust(instance)


def refresh_organisation_after_move(sender, instance, **kwargs):
    """A page moved into another subsite belongs to that organisation from now on."""
    from django.db.models import Q

    from wagtail.models import Page

    from organisations.models import OrganisationOwnedMixin

    moved = instance.specific
    for page in Page.objects.filter(Q(pk=moved.pk) | Q(path__startswith=moved.path)).specific():
        if isinstance(page, OrganisationOwnedMixin):
            type(page).objects.filter(pk=page.pk).update(organisation_id=page.find_organisation_id())


def mark_delivered(sender, about_id, **kwargs):
    """A contact message says when the outbox has mailed it to the organisation."""
    sender.objects.filter(pk=about_id).update(delivered=True)


def connect():
    from home.mail import mail_delivered
    from organisations.models import ContactMessage, OrganisationPage

    mail_delivered.connect(mark_delivered, sender=ContactMessage, dispatch_uid="mokme_contact_delivered")

    page_published.connect(sync_trust_on_publish, sender=OrganisationPage, dispatch_uid="mokme_sync_trust")
    post_page_move.connect(refresh_organisation_after_move, dispatch_uid="mokme_refresh_organisation")

"""Deciding an application: stored once, the moderators told, then approved (provisioning the
organisation) or rejected (the applicant told in their language)."""

import hashlib

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from home.mail import queue_mail
from organisations.access import roles
from organisations.applications.provisioning import (
    DuplicateOrganisationError,
    EditorInvite,
    OrganisationDetails,
    provision_organisation,
)
from organisations.models import OrganisationApplication


def fingerprint(name: str, email: str) -> str:
    normalised = f"{' '.join(name.casefold().split())}|{email.strip().casefold()}"
    return hashlib.sha256(normalised.encode()).hexdigest()


@transaction.atomic
def submit_application(form, language: str) -> tuple[OrganisationApplication, bool]:
    """Stores the application unless the same one is already waiting; returns (application, created)."""
    print_ = fingerprint(form.cleaned_data["name"], form.cleaned_data["email"])
    waiting = OrganisationApplication.objects.filter(
        fingerprint=print_, status=OrganisationApplication.Status.NEW
    ).first()
    if waiting is not None:
        return waiting, False
    application = form.save(commit=False)
    application.fingerprint = print_
    application.language = language
    application.save()
    form.save_m2m()
    _notify_moderators(application)
    return application, True


def _notify_moderators(application):
    moderators = roles.moderators_group().user_set.filter(is_active=True).exclude(email="")
    recipients = list(moderators.values_list("email", flat=True))
    if not recipients:
        return
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("New organisation application: %(name)s") % {"name": application.name}
        body = render_to_string(
            "organisations/email/application_received.txt",
            {
                "application": application,
                "review_url": settings.WAGTAILADMIN_BASE_URL
                + reverse("organisation_applications:review", args=[application.pk]),
            },
        )
    queue_mail(subject, body, recipients, about=application)


class ApplicationAlreadyDecidedError(Exception):
    pass


@transaction.atomic
def approve_application(application_id: int, moderator, *, trusted: bool = False):
    """Provisions the organisation and invites the contact person; safe against double clicks."""
    application = OrganisationApplication.objects.select_for_update().get(pk=application_id)
    if application.status != OrganisationApplication.Status.NEW:
        raise ApplicationAlreadyDecidedError(application)
    first_name, _space, last_name = application.contact_name.partition(" ")
    details = OrganisationDetails(
        name=application.name,
        town=application.town,
        short_description=application.description[:400],
        email=application.email,
        phone=application.phone,
        fields_of_activity=list(application.fields_of_activity.all()),
        communities=list(application.communities.all()),
        spoken_languages=list(application.spoken_languages.all()),
        trusted=trusted,
    )
    invite = EditorInvite(
        email=application.email, first_name=first_name, last_name=last_name, language=application.language
    )
    organisation = provision_organisation(details, [invite])
    application.status = OrganisationApplication.Status.APPROVED
    application.organisation = organisation
    application.decided_at = timezone.now()
    application.decided_by = moderator
    application.save()
    return organisation


@transaction.atomic
def reject_application(application_id: int, moderator, reason: str = ""):
    application = OrganisationApplication.objects.select_for_update().get(pk=application_id)
    if application.status != OrganisationApplication.Status.NEW:
        raise ApplicationAlreadyDecidedError(application)
    application.status = OrganisationApplication.Status.REJECTED
    application.rejection_reason = reason
    application.decided_at = timezone.now()
    application.decided_by = moderator
    application.save()
    _send_rejection(application)
    return application


def _send_rejection(application):
    # The applicant reads the answer in the language they applied in.
    with translation.override(application.language or settings.LANGUAGE_CODE):
        subject = _("Your application to mokme: %(name)s") % {"name": application.name}
        body = render_to_string("organisations/email/application_rejected.txt", {"application": application})
    queue_mail(subject, body, [application.email], about=application)


__all__ = [
    "ApplicationAlreadyDecidedError",
    "DuplicateOrganisationError",
    "approve_application",
    "reject_application",
    "submit_application",
]

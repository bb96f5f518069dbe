"""Provisioning: creating an organisation with everything its volunteers need, in one transaction.

The last step of an application (approved in `decisions`); moderators also provision an
organisation directly from the admin (`admin.NewOrganisationView`). The groups and rights it
hands out are the rules of `organisations.access.roles`.
"""

import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from wagtail.users.models import UserProfile

from home.languages import DEFAULT_LANGUAGE
from home.mail import queue_mail
from home.slugs import german_slug
from organisations.access import roles
from organisations.models import OrganisationIndexPage, OrganisationPage, Town

logger = logging.getLogger("mokme.organisations")


@dataclass
class EditorInvite:
    email: str
    first_name: str = ""
    last_name: str = ""
    language: str = DEFAULT_LANGUAGE  # language of the invitation email


@dataclass
class OrganisationDetails:
    name: str
    town: Town
    short_description: str = ""
    email: str = ""
    phone: str = ""
    publication_languages: list[str] = field(default_factory=list)
    fields_of_activity: list = field(default_factory=list)
    communities: list = field(default_factory=list)
    spoken_languages: list = field(default_factory=list)
    towns_served: list = field(default_factory=list)
    trusted: bool = False
    slug: str = ""


class DuplicateOrganisationError(Exception):
    """An organisation with this name or address already exists in the directory."""

    def __init__(self, existing):
        super().__init__(existing.title)
        self.existing = existing


@transaction.atomic
def provision_organisation(
    details: OrganisationDetails,
    editors: list[EditorInvite] = (),
    *,
    directory: OrganisationIndexPage | None = None,
    publish: bool = True,
    request=None,
) -> OrganisationPage:
    """Creates the subsite, its editors' group, collection and accounts, and invites them.

    Used by the admin and by the approval of an application; everything is
    created or nothing is.
    """
    directory = directory or OrganisationIndexPage.objects.get()
    roles.ensure_moderation_setup()
    slug = details.slug or german_slug(details.name)
    existing = (
        OrganisationPage.objects.child_of(directory).filter(title_de__iexact=details.name.strip()).first()
    ) or OrganisationPage.objects.child_of(directory).filter(slug_de=slug).first()
    if existing is not None:
        raise DuplicateOrganisationError(existing)

    name = details.name.strip()
    group, collection = roles.create_editor_group(name)

    with translation.override(DEFAULT_LANGUAGE):
        organisation = OrganisationPage(
            title=name,
            slug=slug,
            short_description=details.short_description,
            town=details.town,
            email=details.email,
            phone=details.phone,
            publication_languages=list(details.publication_languages),
            editor_group=group,
            collection=collection,
            live=publish,
        )
        organisation.fields_of_activity = list(details.fields_of_activity)
        organisation.communities = list(details.communities)
        organisation.spoken_languages = list(details.spoken_languages)
        organisation.towns_served = list(details.towns_served or [details.town])
        directory.add_child(instance=organisation)
        revision = organisation.save_revision()
        if publish:
            revision.publish()
    moderator = getattr(request, "user", None)
    roles.set_trust(
        organisation, details.trusted, by=moderator if moderator and moderator.is_authenticated else None
    )

    for invite in editors:
        invite_editor(organisation, invite, request=request)
    logger.info("Provisioned organisation %s (page %s)", organisation.title, organisation.pk)
    return organisation


def invite_editor(organisation: OrganisationPage, invite: EditorInvite, *, request=None):
    """Creates (or finds) the editor's account, adds it to the group, and emails a set-password link."""
    User = get_user_model()  # noqa: N806
    email = invite.email.strip().lower()
    user = User.objects.filter(email__iexact=email).first()
    created = user is None
    if created:
        user = User(
            username=email[:150], email=email, first_name=invite.first_name, last_name=invite.last_name
        )
        user.set_unusable_password()
        user.save()
        _set_admin_language(user, DEFAULT_LANGUAGE)
    user.groups.add(organisation.editor_group)
    _send_invitation(user, organisation, invite.language, created=created)
    return user


def _set_admin_language(user, code):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = code
    profile.save()


def password_setup_url(user) -> str:
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    path = reverse("wagtailadmin_password_reset_confirm", kwargs={"uidb64": uid, "token": token})
    return f"{settings.WAGTAILADMIN_BASE_URL}{path}"


def _send_invitation(user, organisation, language, *, created):
    context = {
        "user": user,
        "organisation": organisation,
        "setup_url": password_setup_url(user) if created or not user.has_usable_password() else "",
        "login_url": f"{settings.WAGTAILADMIN_BASE_URL}{reverse('wagtailadmin_login')}",
    }
    with translation.override(language):
        subject = _("Your access to the organisation pages of %(name)s on mokme") % {
            "name": organisation.title
        }
        body = render_to_string("organisations/email/invitation.txt", context)
    queue_mail(subject, body, [user.email], about=user)

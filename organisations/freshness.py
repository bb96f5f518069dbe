"""Freshness of the organisations' profiles: the editors' one-click "Still correct", the
reminder mail after half a year without a check, and the moderators' list of stale profiles."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from home.freshness import confirm
from home.mail import queue_mail
from organisations.access.visibility import is_moderator, organisations_of
from organisations.models import OrganisationFreshness, OrganisationPage
from organisations.models.freshness import REMIND_AFTER, REMIND_AGAIN_AFTER, stale_before


@require_http_methods(["GET", "POST"])
def still_correct(request, organisation_id):
    """A page with one button (the mail's link lands here); the POST confirms the profile.

    Only the organisation's own editors (whether or not they may publish): anyone else learns
    nothing of it (404).
    """
    organisation = organisations_of(request.user).filter(pk=organisation_id).first()
    if organisation is None:
        raise Http404
    if request.method == "POST":
        confirm(organisation)  # the profile's "Last checked" and the directory's card
        messages.success(request, _("Thank you: the profile is marked as checked today."))
        return redirect("wagtailadmin_home")
    return TemplateResponse(
        request,
        "organisations/admin/still_correct.html",
        {
            "organisation": organisation,
            "page_title": _("Is this still correct?"),
            "header_title": _("Is this still correct?"),
        },
    )


def stale_organisations(request):
    """Moderators: profiles not checked for a year, the longest unchecked first."""
    if not is_moderator(request.user):
        raise PermissionDenied
    stale = (
        OrganisationPage.objects.filter(last_checked__lte=stale_before())
        .select_related("freshness")
        .defer_streamfields()
        .order_by("last_checked", "title_de")
    )
    return TemplateResponse(
        request,
        "organisations/admin/stale_organisations.html",
        {
            "stale": stale,
            "page_title": _("Stale organisations"),
            "header_title": _("Stale organisations"),
        },
    )


def admin_language(user) -> str:
    profile = getattr(user, "wagtail_userprofile", None)
    return (profile.preferred_language if profile else "") or settings.LANGUAGE_CODE


def remind_unchecked(now=None) -> int:
    """Mails the editors of every profile unchecked for half a year, at most once a month.

    Returns how many organisations were reminded.
    """
    now = now or timezone.now()
    due = (
        OrganisationPage.objects.filter(last_checked__lte=timezone.localdate(now) - REMIND_AFTER)
        .exclude(freshness__reminded_at__gt=now - REMIND_AGAIN_AFTER)
        .select_related("editor_group")
        .defer_streamfields()
    )
    reminded = 0
    for organisation in due:
        group = organisation.editor_group
        editors = group.user_set.filter(is_active=True).select_related("wagtail_userprofile") if group else []
        link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
            "organisation_still_correct", args=[organisation.pk]
        )
        for editor in editors:
            if not editor.email:
                continue
            with translation.override(admin_language(editor)):
                subject = _("Is this still correct? %(organisation)s") % {"organisation": organisation.title}
                body = render_to_string(
                    "organisations/email/still_correct.txt",
                    {"organisation": organisation, "link": link, "editor": editor},
                )
            queue_mail(subject, body, [editor.email], about=organisation)
        OrganisationFreshness.objects.update_or_create(
            organisation=organisation, defaults={"reminded_at": now}
        )
        reminded += 1
    return reminded

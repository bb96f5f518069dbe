"""Mails to the people who registered, each in the language they registered in."""

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from events.registration import tokens
from home.mail import queue_mail


def link(event, route, token, request=None):
    """The absolute address of one of the event page's registration routes, in the active language."""
    return event.get_full_url(request).rstrip("/") + "/" + event.reverse_subpage(route, args=[token])


def _send(registration, subject, template, request=None, **context):
    if not registration.email:
        return  # registered by phone: the organisers call
    event = registration.event
    with translation.override(registration.language):
        context.update(
            registration=registration,
            event=event,
            event_url=event.get_full_url(request),
            cancel_url=link(event, "cancel", tokens.make(registration, tokens.CANCEL), request),
        )
        subject = str(subject) % {"title": event.title}
        body = render_to_string(f"registration/email/{template}.txt", context)
    queue_mail(subject, body, [registration.email])


def ask_to_confirm(registration, request=None):
    confirm_url = link(registration.event, "confirm", tokens.make(registration, tokens.CONFIRM), request)
    _send(
        registration,
        _("Please confirm your registration: %(title)s"),
        "confirm_address",
        request,
        confirm_url=confirm_url,
    )


def registered(registration, request=None):
    if registration.status == registration.Status.WAITING:
        subject = _("You are on the waiting list: %(title)s")
    else:
        subject = _("You are registered: %(title)s")
    _send(registration, subject, "registered", request)


def moved_up(registration, request=None):
    _send(registration, _("A place has become free for you: %(title)s"), "moved_up", request)


def date_changed(registration, changes):
    """`changes`: the occurrences of the registration's dates that were cancelled or moved."""
    _send(registration, _("A date has changed: %(title)s"), "date_changed", changes=changes)

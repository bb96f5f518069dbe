from django import template

from events.registration.forms import RegistrationForm, availability_text
from events.registration.places import offers as offers_of
from events.registration.places import settings_of

register = template.Library()


@register.inclusion_tag("registration/box.html", takes_context=True)
def registration_box(context, event):
    """The event page's registration: places left, the form, or why it is closed."""
    settings = settings_of(event)
    if settings is None:
        return {"enabled": False}
    offers = offers_of(event, context.get("occurrences") or [], settings)
    # After a failed submission the page shows the visitor's entries and what to correct.
    form = context.get("registration_form") or RegistrationForm(offers=offers)
    open_offers = [offer for offer in offers if offer.accepts]
    return {
        "enabled": True,
        "request": context.get("request"),
        "csrf_token": context.get("csrf_token"),
        "settings": context.get("settings"),
        "event": event,
        "form": form,
        "offers": offers,
        "single": offers[0] if len(offers) == 1 else None,
        "availability": availability_text(offers[0]) if len(offers) == 1 else "",
        "accepts": bool(open_offers),
        "waiting_only": bool(open_offers) and all(offer.open_for_waiting for offer in open_offers),
        "register_url": event.url + event.reverse_subpage("register"),
    }

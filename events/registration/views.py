"""The visitor's side: sign up on the event page, confirm the address, cancel by the mail's link.

Works without JavaScript: plain forms, answered by a redirect to a page that says what happened.
"""

from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy

from events.registration import mails, places, tokens
from events.registration.forms import RegistrationForm
from events.registration.models import Registration
from home.security.ratelimit import allows, count_stored

# Per internet connection and hour, counting only registrations that were stored: a family
# or a language class registering from one library computer is not stopped.
REGISTRATIONS_PER_HOUR = 10

NOT_STORED = gettext_lazy(
    "Your registration has not been stored: many registrations have been sent from your internet "
    "connection in the last hour. Please try again in an hour; what you entered is kept below."
)
ALREADY_REGISTERED = gettext_lazy(
    "This email address is already registered for this date. The link to cancel is in the email you received."
)
FULL_NOW = gettext_lazy(
    "Meanwhile the last places have been taken and there is no waiting list. Your registration has "
    "not been stored."
)


def offers_for(event):
    """(settings, offers) of the event, or (None, []) when it takes no registrations."""
    settings = places.settings_of(event)
    if settings is None:
        return None, []
    return settings, places.offers(event, event.upcoming_occurrences(limit=12), settings)


def register_view(event, request):
    settings, offers = offers_for(event)
    if request.method != "POST" or settings is None:
        return HttpResponseRedirect(event.url)
    form = RegistrationForm(request.POST, offers=offers)
    if form.is_spam():
        # A bot is answered as if it succeeded, so that it learns nothing.
        return HttpResponseRedirect(event.url)
    if form.is_valid():
        if not allows(request, "registration", limit=REGISTRATIONS_PER_HOUR):
            form.add_error(None, NOT_STORED)
            return render_with_form(event, request, form, status=429)
        offer = form.cleaned_data["date"]
        data = form.cleaned_data_without_honeypot()
        if data["email"] and (
            Registration.objects.for_date(event, offer.date).filter(email__iexact=data["email"]).exists()
        ):
            form.add_error("email", ALREADY_REGISTERED)
            return render_with_form(event, request, form)
        registration = Registration(
            event=event,
            date=offer.date,
            starts_at=offer.starts_at,
            name=data["name"],
            email=data["email"],
            phone=data["phone"],
            people=data["people"],
            note=data["note"],
            language=get_language(),
        )
        if registration.email:
            # Double opt-in: the registration holds no place until the address is confirmed.
            registration.status = Registration.Status.UNCONFIRMED
            registration.save()
            mails.ask_to_confirm(registration, request)
        else:
            try:
                places.place(registration)
            except places.RegistrationClosedError:
                form.add_error(None, FULL_NOW)
                return render_with_form(event, request, form, status=409)
        count_stored(request, "registration", window_seconds=3600)
        return HttpResponseRedirect(
            event.url + event.reverse_subpage("registered", args=[tokens.make(registration, tokens.CANCEL)])
        )
    return render_with_form(event, request, form)


def render_with_form(event, request, form, status=200):
    """The event page again, with what the visitor entered and what to correct."""
    response = event.render(request, context_overrides={"registration_form": form})
    response.status_code = status
    return response


def _page(event, request, template, status=200, **context):
    context = {**event.get_context(request), **context}
    return TemplateResponse(request, f"registration/{template}.html", context, status=status)


def registered_view(event, request, token):
    """What became of the registration, with the link to cancel it (kept by phone registrants)."""
    registration = tokens.find(event, token, tokens.CANCEL)
    if registration is None:
        return _page(event, request, "gone", status=404)
    cancel_url = event.url + event.reverse_subpage("cancel", args=[token])
    return _page(event, request, "registered", registration=registration, cancel_url=cancel_url)


def confirm_view(event, request, token):
    registration = tokens.find(event, token, tokens.CONFIRM)
    if registration is None:
        return _page(event, request, "gone", status=404)
    cancel_token = tokens.make(registration, tokens.CANCEL)
    done_url = event.url + event.reverse_subpage("registered", args=[cancel_token])
    if registration.status != Registration.Status.UNCONFIRMED:
        return HttpResponseRedirect(done_url)
    # A mail program that opens links to check them must not confirm: the visitor presses a button.
    if request.method != "POST":
        return _page(event, request, "confirm", registration=registration)
    if registration.starts_at <= timezone.now():
        return _page(event, request, "gone", status=410)
    try:
        places.place(registration)
    except places.RegistrationClosedError:
        registration.delete()
        return _page(event, request, "full", status=409)
    mails.registered(registration, request)
    return HttpResponseRedirect(done_url)


def cancel_view(event, request, token):
    registration = tokens.find(event, token, tokens.CANCEL)
    if registration is None:
        return _page(event, request, "gone", status=404)
    if request.method != "POST":
        return _page(event, request, "cancel", registration=registration)
    for moved_up in places.cancel(registration):
        mails.moved_up(moved_up, request)
    return _page(event, request, "cancelled")

"""The contact form of each subsite: stored first, then mailed to the organisation."""

from django.conf import settings
from django.http import HttpResponseRedirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from home.mail import queue_mail
from home.security.ratelimit import allows, count_stored
from organisations.forms import ContactForm

# The model module, not the package: the organisation page (being defined) imports this view.
from organisations.models.messages import ContactMessage

# Per internet connection, counting only messages that were stored: generous, because a
# library or an office sends everyone's messages from one address.
MESSAGES_PER_HOUR = 20

MESSAGE_NOT_SENT = gettext_lazy(
    "Your message has not been sent: many messages have been sent from your internet "
    "connection in the last hour. Please try again in an hour; your text is kept below."
)


def contact_view(organisation, request):
    contact_url = organisation.url + "contact/"
    status = 200
    if request.method == "POST":
        form = ContactForm(request.POST)
        if form.is_spam():
            # A bot is answered as if it succeeded, so that it learns nothing.
            return HttpResponseRedirect(contact_url + "?sent=1")
        if form.is_valid():
            if allows(request, "contact", limit=MESSAGES_PER_HOUR):
                message = ContactMessage.objects.create(
                    organisation=organisation, language=get_language(), **form.cleaned_data_without_honeypot()
                )
                count_stored(request, "contact", window_seconds=3600)
                deliver(message)
                return HttpResponseRedirect(contact_url + "?sent=1")
            form.add_error(
                None,
                MESSAGE_NOT_SENT,
            )
            status = 429
    else:
        form = ContactForm()
    context = organisation.get_context(request)
    context.update({"form": form, "sent": request.GET.get("sent") == "1", "contact_url": contact_url})
    return TemplateResponse(request, "organisations/contact.html", context, status=status)


def recipients(organisation) -> list[str]:
    """The organisation's own address, else its editors'."""
    if organisation.email:
        return [organisation.email]
    if organisation.editor_group is None:
        return []
    return list(
        organisation.editor_group.user_set.filter(is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )


def deliver(message: ContactMessage):
    to = recipients(message.organisation)
    if not to:
        return
    # Volunteers read the portal's mails in German; the visitor's language is named.
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Message via mokme: %(subject)s") % {"subject": message.subject}
        body = render_to_string("organisations/email/contact_message.txt", {"message": message})
    # The message's `delivered` is set once the outbox has sent it (signals.mark_delivered).
    queue_mail(subject, body, to, reply_to=[message.email], about=message)

"""The moderators' dashboard panel of mails the mail server has not taken."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.components import Component

from home.models import OutgoingMail

SHOWN = 10


class UndeliveredMailPanel(Component):
    order = 25
    template_name = "home/mail/undelivered_panel.html"
    title = _("Undelivered emails")

    def __init__(self, mails, total):
        self.mails = mails
        self.total = total

    def get_context_data(self, parent_context):
        return {"title": self.title, "mails": self.mails, "total": self.total}


def undelivered_mail_panels():
    """Shown only while a mail waits for another attempt or has been given up."""
    failed = OutgoingMail.objects.failed()
    mails = list(failed.order_by("-created_at")[:SHOWN])
    if not mails:
        return []
    return [UndeliveredMailPanel(mails, total=failed.count() if len(mails) == SHOWN else len(mails))]

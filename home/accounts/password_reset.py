"""The admin's "Forgotten password?" form, limited so that it cannot be used to flood inboxes.

Per address of the visitor and per e-mail address, a few reset mails an hour. Over the limit,
the answer is the same "if the account exists, a mail is on its way" page as always, so the
form still tells nobody whether an account exists; only no mail is sent.
"""

import logging

from django.http import HttpResponseRedirect

from wagtail.admin.views.account import PasswordResetView

from home.security.ratelimit import allows, count_stored

logger = logging.getLogger("mokme.password_reset")

RESETS_PER_HOUR_PER_ADDRESS = 5
RESETS_PER_HOUR_PER_ACCOUNT = 3


class ThrottledPasswordResetView(PasswordResetView):
    def form_valid(self, form):
        email = form.cleaned_data["email"].strip().lower()
        request = self.request
        if not (
            allows(request, "password_reset", limit=RESETS_PER_HOUR_PER_ADDRESS)
            and allows(request, "password_reset_account", limit=RESETS_PER_HOUR_PER_ACCOUNT, identity=email)
        ):
            logger.warning("Password reset mail not sent: limit reached")
            return HttpResponseRedirect(self.get_success_url())
        count_stored(request, "password_reset", window_seconds=3600)
        count_stored(request, "password_reset_account", window_seconds=3600, identity=email)
        return super().form_valid(form)

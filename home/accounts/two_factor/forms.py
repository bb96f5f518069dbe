"""The code form of the setup, the login step and turning two-factor login off."""

import re

from django import forms
from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code from the app"),
        help_text=_("The 6-digit code your authenticator app shows now."),
        max_length=20,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True, "size": 8}
        ),
    )

    def __init__(self, *args, device, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_code(self):
        # Apps often show the code as "123 456".
        code = re.sub(r"\s", "", self.cleaned_data["code"])
        if not re.fullmatch(r"\d{6}", code):
            raise forms.ValidationError(_("Please enter the 6 digits the app shows."), code="format")
        with transaction.atomic():
            # Locked, so two requests with the same code cannot both pass.
            device = type(self.device).objects.select_for_update().get(pk=self.device.pk)
            allowed, details = device.verify_is_allowed()
            # verify_token counts a wrong code towards the throttling and remembers the time
            # step of a right one, so the same code is not accepted twice.
            accepted = allowed and device.verify_token(code)
        if not allowed:
            raise forms.ValidationError(throttled_message(details), code="throttled")
        if not accepted:
            raise forms.ValidationError(
                _(
                    "This code is not correct or has already been used. "
                    "Please enter the code the app shows now."
                ),
                code="wrong",
            )
        self.device = device
        return code


def throttled_message(details):
    locked_until = (details or {}).get("locked_until")
    if locked_until is None:
        return _("Too many wrong codes. Please wait a moment and try again.")
    locked_until = timezone.localtime(locked_until)
    # The wait doubles with every wrong code: seconds at first, possibly days later on.
    same_day = locked_until.date() == timezone.localdate()
    time = formats.date_format(locked_until, "H:i:s" if same_day else "SHORT_DATETIME_FORMAT")
    return _("Too many wrong codes. You can try again from %(time)s.") % {"time": time}

"""Public forms of the organisations: the contact form (the application form lives in
organisations/applications/forms.py, the directory's filters in organisations/directory.py)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.forms import AccessibleFormMixin, HoneypotMixin


class ChoicesByKeyField(forms.ModelMultipleChoiceField):
    """Several choices by primary key; a key too large for the database is an invalid choice.

    SQLite raises OverflowError for such a number in the `IN` query Django checks the
    choices with, so a scripted submission would otherwise meet the error page.
    """

    def clean(self, value):
        for key in value if isinstance(value, list | tuple) else ():
            if not _fits_a_database_key(key):
                raise forms.ValidationError(
                    self.error_messages["invalid_pk_value"], code="invalid_pk_value", params={"pk": key}
                )
        return super().clean(value)


def _fits_a_database_key(key) -> bool:
    try:
        return abs(int(key)) < 2**63
    except (TypeError, ValueError):
        return True  # not a number at all: the field's own check refuses it


class ContactForm(AccessibleFormMixin, HoneypotMixin, forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=200)
    email = forms.EmailField(
        label=_("Your email address"), help_text=_("So that the organisation can reply.")
    )
    subject = forms.CharField(label=_("Subject"), max_length=200)
    message = forms.CharField(label=_("Message"), max_length=5000, widget=forms.Textarea(attrs={"rows": 8}))

"""The visitor's registration form: only what the organisers need to know who comes."""

from django import forms
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from events.registration.models import MOST_PEOPLE_PER_REGISTRATION
from home.forms import AccessibleFormMixin, HoneypotMixin


def offer_label(offer):
    when = formats.date_format(timezone.localtime(offer.starts_at), "DATETIME_FORMAT")
    return f"{when} – {availability_text(offer)}"


def availability_text(offer):
    if offer.closed:
        return str(_("Registration closed"))
    if offer.fully_booked:
        if offer.has_waiting_list:
            return str(_("Fully booked – waiting list"))
        return str(_("Fully booked"))
    return ngettext("%(count)s place left", "%(count)s places left", offer.places_left) % {
        "count": offer.places_left
    }


class RegistrationForm(AccessibleFormMixin, HoneypotMixin, forms.Form):
    date = forms.ChoiceField(label=_("Date"), widget=forms.RadioSelect)
    name = forms.CharField(label=_("Your name"), max_length=200)
    email = forms.EmailField(
        label=_("Your email address"),
        required=False,
        help_text=_("You receive a link to confirm and to cancel. Give an email address or a phone number."),
    )
    phone = forms.CharField(
        label=_("Your phone number"),
        required=False,
        max_length=40,
        help_text=_("If you have no email address: the organisers call you if something changes."),
    )
    people = forms.TypedChoiceField(
        label=_("Number of people"),
        coerce=int,
        choices=[(number, number) for number in range(1, MOST_PEOPLE_PER_REGISTRATION + 1)],
        initial=1,
    )
    note = forms.CharField(
        label=_("Note for the organisers (optional)"),
        required=False,
        max_length=500,
        help_text=_("Please do not write about health, origin or religion here."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, offers, **kwargs):
        super().__init__(*args, **kwargs)
        self.offers = {offer.key: offer for offer in offers}
        field = self.fields["date"]
        field.choices = [(offer.key, offer_label(offer)) for offer in offers]
        if len(offers) == 1:
            # One date (or the whole series): nothing to choose.
            field.widget = forms.HiddenInput()
            field.initial = offers[0].key
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["phone"].widget.attrs.update(autocomplete="tel", type="tel")

    def clean_date(self):
        offer = self.offers.get(self.cleaned_data["date"])
        if offer is None or not offer.accepts:
            raise forms.ValidationError(
                _("Registration for this date is closed. Please choose another date.")
            )
        return offer

    def clean_phone(self):
        phone = self.cleaned_data["phone"].strip()
        if phone and not all(character.isdigit() or character in "+-/() " for character in phone):
            raise forms.ValidationError(_("Enter a phone number with digits only."))
        return phone

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("email") and not cleaned.get("phone") and "email" not in self.errors:
            self.add_error("email", _("Give an email address or a phone number."))
        return cleaned

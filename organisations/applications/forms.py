"""The public application form ("Organisation anmelden"), the first step of an application."""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.forms import AccessibleFormMixin, HoneypotMixin
from organisations.forms import ChoicesByKeyField
from organisations.models import OrganisationApplication


class ApplicationForm(AccessibleFormMixin, HoneypotMixin, forms.ModelForm):
    consent = forms.BooleanField(
        label=_(
            "I agree that the district's integration office stores these details to process the application "
            "and contacts me about it."
        ),
        required=True,
        error_messages={"required": _("Without your consent we cannot process the application.")},
    )

    class Meta:
        model = OrganisationApplication
        fields = [
            "name",
            "contact_name",
            "email",
            "phone",
            "town",
            "communities",
            "spoken_languages",
            "fields_of_activity",
            "description",
            "consent",
        ]
        labels = {
            "name": _("Name of the organisation"),
            "contact_name": _("Contact person"),
            "email": _("Email address"),
            "phone": _("Phone (optional)"),
            "town": _("Town"),
            "communities": _("Communities"),
            "spoken_languages": _("Languages spoken in the organisation"),
            "fields_of_activity": _("Fields of activity"),
            "description": _("What does your organisation do?"),
        }
        help_texts = {
            "description": _("A few sentences; they can become the description in the directory."),
        }
        field_classes = {
            "communities": ChoicesByKeyField,
            "spoken_languages": ChoicesByKeyField,
            "fields_of_activity": ChoicesByKeyField,
        }
        widgets = {
            "communities": forms.CheckboxSelectMultiple,
            "spoken_languages": forms.CheckboxSelectMultiple,
            "fields_of_activity": forms.CheckboxSelectMultiple,
            "description": forms.Textarea(attrs={"rows": 6}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["town"].empty_label = _("Choose a town")
        for name in ("communities", "spoken_languages", "fields_of_activity", "town"):
            field = self.fields[name]
            field.label_from_instance = lambda obj: obj.name

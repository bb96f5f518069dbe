"""Public forms of the organisations: directory filters and the contact form (the application
form lives in organisations/applications/forms.py)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.forms import AccessibleFormMixin, HoneypotMixin

# The model module, not the package: the organisation page imports the contact form.
from organisations.models.taxonomy import Community, FieldOfActivity, SpokenLanguage, Town


class SlugChoiceField(forms.ModelChoiceField):
    """Chooses by slug in the URL; shows the name in the visitor's language."""

    def label_from_instance(self, obj):
        return obj.name


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


class DirectoryFilterForm(forms.Form):
    q = forms.CharField(label=_("Name or description"), max_length=100, required=False)
    town = SlugChoiceField(
        label=_("Town"),
        queryset=Town.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("All towns"),
    )
    field = SlugChoiceField(
        label=_("Field of activity"),
        queryset=FieldOfActivity.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("All fields"),
    )
    community = SlugChoiceField(
        label=_("Community"),
        queryset=Community.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("All communities"),
    )
    language = SlugChoiceField(
        label=_("Language spoken"),
        queryset=SpokenLanguage.objects.all(),
        to_field_name="code",
        required=False,
        empty_label=_("All languages"),
    )

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        # Choices sorted by the name in the visitor's language.
        for name in ("town", "field", "community", "language"):
            field = self.fields[name]
            options = sorted(
                ((getattr(obj, field.to_field_name), obj.name) for obj in field.queryset),
                key=lambda choice: choice[1].casefold(),
            )
            field.choices = [("", field.empty_label), *options]

    def clean_q(self):
        return " ".join(self.cleaned_data["q"].split())


class ContactForm(AccessibleFormMixin, HoneypotMixin, forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=200)
    email = forms.EmailField(
        label=_("Your email address"), help_text=_("So that the organisation can reply.")
    )
    subject = forms.CharField(label=_("Subject"), max_length=200)
    message = forms.CharField(label=_("Message"), max_length=5000, widget=forms.Textarea(attrs={"rows": 8}))

"""A model field for the portal languages an organisation publishes in."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


def publishable_languages():
    """The portal's languages besides German, which every organisation publishes in."""
    return [(code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


class LanguageCodesField(models.JSONField):
    """A list of portal language codes, edited as checkboxes."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        allowed = {code for code, _name in publishable_languages()}
        if not isinstance(value, list) or not set(value) <= allowed:
            raise ValidationError(_("Choose languages of the portal only."), code="invalid_language")

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=publishable_languages,
            widget=forms.CheckboxSelectMultiple,
            required=False,
            label=self.verbose_name,
            help_text=self.help_text,
        )

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        return name, "organisations.fields.LanguageCodesField", args, kwargs

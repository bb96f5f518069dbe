"""Public forms of the portal frame."""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.models import BarrierReport


class AccessibleFormMixin:
    """Connects help texts and error messages to their inputs for screen readers."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if field.help_text:
                self._describe(name, "help")

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                self.fields[name].widget.attrs["aria-invalid"] = "true"
                self._describe(name, "error")

    def _describe(self, name, suffix):
        widget = self.fields[name].widget
        if getattr(widget, "use_fieldset", False):
            return  # the template describes the whole fieldset instead
        field_id = self[name].id_for_label
        described = widget.attrs.get("aria-describedby", "").split()
        if f"{field_id}-{suffix}" not in described:
            described.append(f"{field_id}-{suffix}")
        widget.attrs["aria-describedby"] = " ".join(described)


class HoneypotMixin(forms.Form):
    """A field people never see and bots fill in."""

    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_spam(self) -> bool:
        return bool(self.data.get("website"))

    def cleaned_data_without_honeypot(self) -> dict:
        return {name: value for name, value in self.cleaned_data.items() if name != "website"}


class BarrierReportForm(AccessibleFormMixin, HoneypotMixin, forms.ModelForm):
    class Meta:
        model = BarrierReport
        fields = ["page_url", "description", "name", "email"]
        labels = {
            "page_url": _("Where did you find the barrier? (page address or name)"),
            "description": _("What is the problem?"),
            "name": _("Your name (optional)"),
            "email": _("Your email address, if you would like a reply (optional)"),
        }
        widgets = {"description": forms.Textarea(attrs={"rows": 6})}

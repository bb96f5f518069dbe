"""Admin forms adjusted for the portal."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms.auth import LoginForm
from wagtail.images.forms import BaseImageForm


class PortalLoginForm(LoginForm):
    """Wagtail's login form leaves the password label untranslated; volunteers read German."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")


class PortalImageForm(BaseImageForm):
    """Alt text is required when an image is uploaded, at least in German."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("description_de")
        if field is not None:
            field.required = True
            field.label = _("Alt text [de]")
            field.help_text = _(
                "What the image shows, for people who cannot see it. "
                "Translations follow in the other languages."
            )

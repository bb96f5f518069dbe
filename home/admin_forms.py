"""Admin forms adjusted for the portal."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms.auth import LoginForm


class PortalLoginForm(LoginForm):
    """Wagtail's login form leaves the password label untranslated; volunteers read German."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")

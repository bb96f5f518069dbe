"""The moderators' dashboard reminder to turn two-factor login on."""

from django.urls import reverse

from wagtail.admin.ui.components import Component

from home.two_factor.devices import has_confirmed_device
from organisations.access import is_moderator


class TwoFactorRecommendationPanel(Component):
    order = 20
    template_name = "home/two_factor/dashboard_panel.html"

    def get_context_data(self, parent_context):
        return {"setup_url": reverse("two_factor:setup")}


def recommendation_panels(user):
    # Moderators can publish anywhere and decide on applications; their accounts are worth most.
    if is_moderator(user) and not has_confirmed_device(user):
        return [TwoFactorRecommendationPanel()]
    return []

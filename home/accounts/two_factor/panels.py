"""The moderators' dashboard reminder to turn two-factor login on."""

from django.urls import reverse

from wagtail.admin.ui.components import Component

from home.accounts.two_factor.devices import has_confirmed_device
from home.registry import is_two_factor_candidate


class TwoFactorRecommendationPanel(Component):
    order = 20
    template_name = "home/two_factor/dashboard_panel.html"

    def get_context_data(self, parent_context):
        return {"setup_url": reverse("two_factor:setup")}


def recommendation_panels(user):
    # Accounts the apps name (home.registry: moderators, who publish anywhere) are worth most.
    if is_two_factor_candidate(user) and not has_confirmed_device(user):
        return [TwoFactorRecommendationPanel()]
    return []

"""The two-factor pages, under /admin/two-factor/ (registered in home.wagtail_hooks)."""

from django.urls import include, path

from home.accounts.two_factor import views

app_name = "two_factor"

urlpatterns = [
    path("setup/", views.SetupView.as_view(), name="setup"),
    path("turn-off/", views.TurnOffView.as_view(), name="turn_off"),
    path("verify/", views.VerifyView.as_view(), name="verify"),
]


def admin_urls():
    return [path("two-factor/", include("home.accounts.two_factor.urls"))]

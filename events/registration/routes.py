"""The event page's registration routes (before `RoutablePageMixin` in the event's bases)."""

from wagtail.contrib.routable_page.models import path


class RegistrationRoutesMixin:
    # The views import the registration models, which name the event page: imported when used.

    @path("register/")
    def register(self, request):
        from events.registration import views

        return views.register_view(self, request)

    @path("register/<str:token>/")
    def registered(self, request, token):
        from events.registration import views

        return views.registered_view(self, request, token)

    @path("confirm/<str:token>/")
    def confirm(self, request, token):
        from events.registration import views

        return views.confirm_view(self, request, token)

    @path("cancel/<str:token>/")
    def cancel(self, request, token):
        from events.registration import views

        return views.cancel_view(self, request, token)

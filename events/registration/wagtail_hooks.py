from wagtail import hooks

from events.registration.admin_views import RegistrationViewSet


@hooks.register("register_admin_viewset")
def register_registration_lists():
    return RegistrationViewSet()

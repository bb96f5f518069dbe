"""Language handling for the portal's URLs."""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation

# Language-neutral areas: a 404 there stays a 404 instead of a redirect to /de/….
UNPREFIXED_AREAS = ("/admin/", "/documents/", "/static/", "/media/")


class PortalLocaleMiddleware(LocaleMiddleware):
    def process_request(self, request):
        if request.path_info.startswith("/admin/"):
            # The admin speaks German unless an editor chose another language in their
            # account (Wagtail applies that choice per view); a browser set to English or
            # a visitor's language cookie must not change the editors' working language.
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
            return
        super().process_request(request)

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(UNPREFIXED_AREAS):
            return response
        return super().process_response(request, response)

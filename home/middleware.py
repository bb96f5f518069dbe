"""Language handling for the portal's URLs."""

from django.middleware.locale import LocaleMiddleware

# Language-neutral areas: a 404 there stays a 404 instead of a redirect to /de/….
UNPREFIXED_AREAS = ("/admin/", "/documents/", "/static/", "/media/")


class PortalLocaleMiddleware(LocaleMiddleware):
    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(UNPREFIXED_AREAS):
            return response
        return super().process_response(request, response)

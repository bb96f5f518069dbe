"""The admin API's image and document endpoints (used by the admin's JavaScript) list only
what the user may choose: Wagtail's own list every collection, with titles and file URLs."""

from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet

from home.admin_scope import visible_to


class ScopedAPIMixin:
    def get_queryset(self):
        return visible_to(self.request.user, self.model, super().get_queryset())


class ScopedImagesAdminAPIViewSet(ScopedAPIMixin, ImagesAdminAPIViewSet):
    pass


class ScopedDocumentsAdminAPIViewSet(ScopedAPIMixin, DocumentsAdminAPIViewSet):
    pass


def register_scoped_endpoints(router):
    router.register_endpoint("images", ScopedImagesAdminAPIViewSet)
    router.register_endpoint("documents", ScopedDocumentsAdminAPIViewSet)

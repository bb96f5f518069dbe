"""URL configuration: language-neutral utilities first, then everything under /<lang>/."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.documents.views import serve as document_views

from home import feedback_views, health, views
from home.accounts.password_forms import local_return_url
from home.accounts.password_reset import ThrottledPasswordResetView
from home.admin_scope.urls import scope_admin_urls
from home.languages import serving
from home.search import views as search_views
from organisations.applications import views as application_views

# Wagtail's own front-end helpers (password-protected pages, login), without its serve view.
WAGTAIL_UTILITY_PATTERNS = [
    pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"
]
for pattern in WAGTAIL_UTILITY_PATTERNS:
    if pattern.name == "wagtailcore_authenticate_with_password":
        pattern.callback = local_return_url(pattern.callback)

# Bulk actions and the workflow report limited to what the user may see (home/admin_scope/).
scope_admin_urls(wagtailadmin_urls.urlpatterns)

urlpatterns = [
    path("", views.root_redirect, name="root_redirect"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", views.sitemap, name="sitemap"),
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    # Before the admin's own: the same form, limited in how many mails it sends.
    path(
        "admin/password_reset/",
        ThrottledPasswordResetView.as_view(),
        name="wagtailadmin_password_reset",
    ),
    path("admin/", include(wagtailadmin_urls)),
    # Before Wagtail's own documents URLs, which it replaces for the password form only.
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        local_return_url(document_views.authenticate_with_password),
        name="wagtaildocs_authenticate_with_password",
    ),
    path("documents/", include(wagtaildocs_urls)),
    # Before the media files DEBUG serves: a private collection's files only through the view above.
    path(
        f"{settings.MEDIA_URL.strip('/')}/documents/<path:path>",
        views.media_documents_refused,
        name="media_documents_refused",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path(_("search/"), search_views.search_view, name="search"),
    path(_("report-a-barrier/"), feedback_views.barrier_report, name="barrier_report"),
    path(_("register-an-organisation/"), application_views.apply, name="organisation_apply"),
    *WAGTAIL_UTILITY_PATTERNS,
    # Wagtail serves every page (with a way back from German slugs); it must stay the last pattern.
    re_path(wagtail_urls.serve_pattern, serving.serve_page, name="wagtail_serve"),
    prefix_default_language=True,
)

handler400 = "home.views.bad_request"
handler500 = "home.views.server_error"

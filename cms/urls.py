from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.i18n import JavaScriptCatalog

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms import views

handler404 = "cms.views.page_not_found"
handler500 = "cms.views.server_error"

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path(
        "admin/recurrence-i18n/",
        JavaScriptCatalog.as_view(packages=["recurrence"]),
        name="recurrence_javascript_catalog",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, {"sitemaps": views.SITEMAPS}, name="sitemap"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Public pages carry their language: /nl/... and /en/...; "/" redirects by Accept-Language.
urlpatterns += i18n_patterns(
    path("", include("search.urls")),
    path("", include("events.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

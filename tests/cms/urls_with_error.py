from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from cms.urls import handler404, handler500  # noqa: F401
from cms.urls import urlpatterns as site_urlpatterns


def boom(request):
    raise RuntimeError("a deliberate failure for the error page test")


urlpatterns = [*i18n_patterns(path("boom/", boom)), *site_urlpatterns]

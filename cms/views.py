from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from .sitemaps import MultilingualSitemap


def page_not_found(request, exception=None, template_name="404.html"):
    return render(request, template_name, {"error_page": True}, status=404)


def server_error(request, template_name="500.html"):
    # Rendered without the database: the failure may be the database itself.
    return HttpResponse(loader.get_template(template_name).render({}, request), status=500)


@require_GET
@cache_control(public=True, max_age=60 * 60)
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /django-admin/"]
    lines += [f"Allow: /{code}/" for code, _name in settings.LANGUAGES]
    lines += [f"Sitemap: {sitemap_url}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


SITEMAPS = {"pages": MultilingualSitemap}

"""sitemap.xml over every language tree, each URL with its hreflang alternates."""

from collections import defaultdict

from django.conf import settings

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap only walks the site's root page; ours walks each language's home."""

    def items(self):
        root = self.get_wagtail_site().root_page
        homes = Page.objects.filter(translation_key=root.translation_key).values_list(
            "path", flat=True
        )
        paths = list(homes)
        if not paths:
            return Page.objects.none()
        query = Page.objects.none()
        for path in paths:
            query = query | Page.objects.filter(path__startswith=path)
        return query.live().public().order_by("path").defer_streamfields().specific()

    def _absolute(self, url):
        """Absolute URLs on the host the sitemap was asked from."""
        root_url = self.get_wagtail_site().root_url
        if url.startswith(root_url + "/"):
            url = url[len(root_url) :]
        if url.startswith(("http://", "https://")):
            return url
        return self.request.build_absolute_uri(url)

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        by_key = defaultdict(dict)
        for item in (
            Page.objects.live()
            .public()
            .filter(translation_key__in={item.translation_key for item in items})
            .select_related("locale")
        ):
            url = item.get_url(request=self.request)
            if url:
                by_key[item.translation_key][item.locale.language_code] = self._absolute(url)

        urls = []
        last_mods = set()
        for item in items:
            versions = by_key.get(item.translation_key, {})
            alternates = [
                {"lang_code": code, "location": versions[code]}
                for code, _name in settings.LANGUAGES
                if code in versions
            ]
            default = versions.get(settings.LANGUAGE_CODE)
            if default and len(alternates) > 1:
                alternates.append({"lang_code": "x-default", "location": default})
            for url_info in item.get_sitemap_urls(self.request):
                url_info["location"] = self._absolute(url_info["location"])
                url_info["alternates"] = alternates if len(alternates) > 1 else []
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

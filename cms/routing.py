"""Find the page for a URL in one query instead of one query per level of the tree.

Wagtail walks the tree from the site's root: for /nl/agenda/groep/ it asks for the child
"agenda" of the home page, loads it, then asks for its child "groep", and so on, two queries a
level. Every page has its full `url_path` stored, so every page whose `url_path` is a prefix of
the requested path can be found at once. Like Wagtail's walk, a routable page on the way gets
the first say over the rest of the path (so a news item called "feed" cannot hide the news
feed); otherwise the deepest page routes what is left, and anything that does not match still
ends in Wagtail's 404.
"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.urls import Resolver404

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page


class DirectRoutingMixin:
    """For the page at the root of a site (the home page of each language)."""

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        prefixes = [
            self.url_path + "".join(f"{part}/" for part in path_components[:length])
            for length in range(len(path_components), 0, -1)
        ]
        found = list(
            Page.objects.filter(url_path__in=prefixes, path__startswith=self.path)
            .order_by("depth")
            .values_list("id", "content_type_id", "depth")
        )
        if not found:
            raise Http404
        chosen = found[-1]
        for row in found[:-1]:
            model = ContentType.objects.get_for_id(row[1]).model_class()
            rest = path_components[row[2] - self.depth :]
            if model and issubclass(model, RoutablePageMixin):
                try:
                    model.get_resolver().resolve("/" + "/".join(rest) + "/")
                except Resolver404:
                    continue
                chosen = row
                break
        page_id, content_type_id, depth = chosen
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            raise Http404
        page = model.objects.get(id=page_id)
        return page.route(request, path_components[depth - self.depth :])

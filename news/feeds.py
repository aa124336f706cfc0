"""RSS feeds of the news (Django's syndication framework), served by the news index page."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

from news.models import NewsCategory, NewsPage

FEED_ITEMS = 20


class NewsFeed(Feed):
    feed_type = Rss201rev2Feed

    def get_object(self, request, index_page, category_slug=None):
        self.request = request
        category = None
        if category_slug is not None:
            category = NewsCategory.objects.filter(
                slug=category_slug, locale_id=index_page.locale_id
            ).first()
            if category is None:
                raise Http404(_("There is no such category."))
        return index_page, category

    def title(self, obj):
        index_page, category = obj
        if category is None:
            return index_page.title
        return f"{index_page.title}: {category.name}"

    def link(self, obj):
        index_page, category = obj
        url = index_page.full_url
        if category is not None:
            url += f"?category={category.slug}"
        return url

    def feed_url(self, obj):
        index_page, category = obj
        return self.request.build_absolute_uri(
            index_page.feed_url(category.slug if category else None)
        )

    def description(self, obj):
        index_page, _category = obj
        return index_page.intro or index_page.title

    def items(self, obj):
        index_page, category = obj
        queryset = (
            NewsPage.objects.child_of(index_page)
            .live()
            .newest_first()
            .select_related("author")
            .prefetch_related("categories")
        )
        if category is not None:
            queryset = queryset.filter(categories__slug=category.slug).distinct()
        return list(queryset[:FEED_ITEMS])

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return item.full_url

    def item_guid(self, item):
        return item.full_url

    def item_pubdate(self, item):
        return timezone.localtime(item.published) if item.published else None

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return item.author.name if item.author else None

    def item_categories(self, item):
        return [category.name for category in item.categories.all()]

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        response["Cache-Control"] = "public, max-age=600"
        return response

"""Latest news on the home page and on programme pages, cached between publications.

The sections are shown on pages whose query counts other apps pin, so after the first visit
they cost no database queries: the cards are kept as plain data in the cache and the cache is
emptied whenever news, the news index or a category changes (see news/signals.py).
"""

from dataclasses import dataclass, field

from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from cms.sections import Section

LATEST_NEWS = 3
CACHE_SECONDS = 15 * 60
VERSION_KEY = "news:sections:version"


@dataclass(frozen=True)
class CardImage:
    url: str
    width: int
    height: int


@dataclass(frozen=True)
class NewsCard:
    title: str
    url: str
    published: object
    lead: str
    categories: list = field(default_factory=list)
    image: CardImage | None = None


@dataclass(frozen=True)
class IndexLink:
    title: str
    url: str


def invalidate():
    """Forget every cached section (called when news, its index or a category changes)."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, None)


def _cached(key, build):
    version = cache.get(VERSION_KEY)
    if version is None:
        version = 1
        cache.add(VERSION_KEY, version, None)
    full_key = f"news:sections:{version}:{key}"
    value = cache.get(full_key)
    if value is None:
        value = build()
        cache.set(full_key, value, CACHE_SECONDS)
    return value


def _cards(queryset, locale_id):
    from news.models import CARD_IMAGE_SPEC, localize_categories

    items = localize_categories(list(queryset.for_listing()[:LATEST_NEWS]), locale_id)
    cards = []
    for item in items:
        image = None
        if item.card_image is not None:
            rendition = item.card_image.get_rendition(CARD_IMAGE_SPEC)
            image = CardImage(rendition.url, rendition.width, rendition.height)
        cards.append(
            NewsCard(
                title=item.title,
                url=item.url,
                published=item.published,
                lead=item.lead,
                categories=[category.name for category in item.shown_categories],
                image=image,
            )
        )
    return cards


def _index_of(card):
    """The news index a card's page sits in: its address minus the page's own slug."""
    return IndexLink(title="", url=card.url.rstrip("/").rsplit("/", 1)[0] + "/")


def home_page_section(page):
    from news.models import NewsPage

    def build():
        items = _cards(NewsPage.objects.filter(locale_id=page.locale_id), page.locale_id)
        if not items:
            return None
        return {"index": _index_of(items[0]), "items": items}

    data = _cached(f"home:{page.locale_id}", build)
    if data is None:
        return None
    return Section(
        template="news/latest_news_section.html",
        context={**data, "heading": _("Latest news"), "key": "home"},
        order=20,
    )


def programme_page_section(page):
    from news.models import NewsPage

    def build():
        items = _cards(
            NewsPage.objects.filter(
                locale_id=page.locale_id,
                related_programme__translation_key=page.translation_key,
            ),
            page.locale_id,
        )
        if not items:
            return None
        return {"index": _index_of(items[0]), "items": items}

    data = _cached(f"programme:{page.translation_key}:{page.locale_id}", build)
    if data is None:
        return None
    return Section(
        template="news/latest_news_section.html",
        context={**data, "heading": _("News"), "key": "programme"},
        order=40,
    )

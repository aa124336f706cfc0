"""Navigation shared by every page (home link, main menu, footer links), cached per language.

Every public page needs these, so they are kept in Django's cache as plain data and dropped
whenever a page is published, unpublished, moved or deleted, or the site settings change.
With a cache shared between processes (REDIS_URL) the change shows at once; with the
per-process default it shows within NAVIGATION_TIMEOUT seconds.
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import BooleanField, ExpressionWrapper, Q, Subquery

from wagtail.models import Page, Site

NAVIGATION_TIMEOUT = 60
VERSION_KEY = "cms:navigation:version"


@dataclass(frozen=True)
class Link:
    id: int
    title: str
    url: str
    path: str
    depth: int


def invalidate(**_kwargs):
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 1, None)


def _version():
    version = cache.get(VERSION_KEY)
    if version is None:
        version = 1
        cache.add(VERSION_KEY, version, None)
    return version


def cached(name, key, build, timeout=NAVIGATION_TIMEOUT):
    """`build()`, kept in the cache under `name` and `key` until the next page change."""
    full_key = f"cms:{name}:{_version()}:{key}"
    data = cache.get(full_key)
    if data is None:
        data = build()
        cache.set(full_key, data, timeout)
    return data


def live_page_url(model, locale_id):
    """The URL of the first live page of a type in a language, or "" (cached like the rest)."""

    def build():
        page = model.objects.live().filter(locale_id=locale_id).first()
        return (page.url or "") if page else ""

    return cached(f"url:{model._meta.label_lower}", str(locale_id), build)


def _link(page, request):
    return Link(page.id, page.title, page.get_url(request=request) or "", page.path, page.depth)


def navigation(request, language_code):
    """{"home": Link | None, "menu": [Link], "footer": [Link]} for the request's site."""
    site = Site.find_for_request(request)
    if site is None:
        return {"home": None, "menu": [], "footer": []}
    return cached(
        "navigation", f"{site.id}:{language_code}", lambda: _build(request, site, language_code)
    )


def breadcrumbs(request, page):
    """Links to the ancestors of a saved page below the root, from home down."""
    site = Site.find_for_request(request)

    def build():
        return [_link(ancestor, request) for ancestor in page.get_ancestors().filter(depth__gt=1)]

    if site is None or not page.id:
        return build()
    return cached("breadcrumbs", f"{site.id}:{page.id}", build)


def _build(request, site, language_code):
    """Home, menu and footer pages of one language in a single query."""
    from cms.models import OrganisationSettings

    root = Page.objects.filter(id=site.root_page_id)
    chosen = Page.objects.filter(
        Q(id__in=OrganisationSettings.objects.values("accessibility_page"))
        | Q(id__in=OrganisationSettings.objects.values("privacy_page"))
    )
    is_home = Q(translation_key__in=root.values("translation_key"))
    is_footer = Q(translation_key__in=chosen.values("translation_key"))
    in_menu = Q(depth=Subquery(root.values("depth")[:1]) + 1, show_in_menus=True)
    pages = list(
        Page.objects.live()
        .filter(locale__language_code=language_code)
        .filter(is_home | is_footer | in_menu)
        .annotate(
            is_home=ExpressionWrapper(is_home, output_field=BooleanField()),
            is_footer=ExpressionWrapper(is_footer, output_field=BooleanField()),
        )
        .order_by("path")
    )
    home = next((page for page in pages if page.is_home), None)
    if home is None:
        return {"home": None, "menu": [], "footer": []}
    menu = [
        _link(page, request)
        for page in pages
        if page.depth == home.depth + 1 and page.show_in_menus and page.path.startswith(home.path)
    ]
    footer = [_link(page, request) for page in pages if page.is_footer]
    return {"home": _link(home, request), "menu": menu, "footer": footer}

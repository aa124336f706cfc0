"""Which page a visitor reaches in the other language, and the hreflang alternates of a page."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Page, Site

# Added to a fallback link so the page it leads to can say why the visitor landed there.
FALLBACK_PARAM = "untranslated"


@dataclass(frozen=True)
class Alternate:
    language_code: str
    name: str
    url: str
    is_current: bool
    # True when the page has no translation and the link leads to the nearest translated ancestor.
    is_fallback: bool = False

    @property
    def native_name(self):
        return dict(settings.WAGTAILADMIN_PERMITTED_LANGUAGES).get(self.language_code, self.name)


def current_language():
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]


def language_names():
    return dict(settings.LANGUAGES)


def site_root(request):
    site = Site.find_for_request(request)
    return site.root_page if site else None


def home_for_language(request, language_code):
    """The site's home page in the given language, or None when it has no translation yet."""
    cache = request.__dict__.setdefault("_cms_home_pages", {})
    if language_code not in cache:
        root = site_root(request)
        cache[language_code] = (
            Page.objects.live()
            .filter(translation_key=root.translation_key, locale__language_code=language_code)
            .first()
            if root
            else None
        )
    return cache[language_code]


def cached_page_alternates(request, page):
    """`page_alternates`, kept until the next page change (see cms.navigation)."""
    from cms.navigation import cached

    site = Site.find_for_request(request)
    if site is None or getattr(request, "is_preview", False):
        return page_alternates(request, page)
    key = f"{site.id}:{page.id}:{current_language()}"
    return cached("alternates", key, lambda: page_alternates(request, page))


def page_alternates(request, page):
    """One Alternate per site language for a Wagtail page.

    A language without a live translation of the page links to that language's nearest translated
    ancestor, marked as a fallback, so the switcher never leads to a 404.
    """
    current = current_language()
    translations = {
        p.locale.language_code: p
        for p in Page.objects.live()
        .filter(translation_key=page.translation_key)
        .select_related("locale")
    }
    missing = [code for code, _name in settings.LANGUAGES if code not in translations]
    fallbacks = _nearest_translated_ancestors(page, missing) if missing else {}
    names = language_names()
    alternates = []
    for code, _name in settings.LANGUAGES:
        target = translations.get(code)
        is_fallback = False
        if target is None:
            target = fallbacks.get(code)
            is_fallback = True
        if target is None:
            home = home_for_language(request, code)
            if home is None:
                continue
            target = home
        url = target.get_url(request=request)
        if url is None:
            continue
        if is_fallback:
            url = f"{url}?{FALLBACK_PARAM}=1"
        alternates.append(
            Alternate(code, str(names[code]), url, code == current, is_fallback=is_fallback)
        )
    return alternates


def _nearest_translated_ancestors(page, language_codes):
    ancestors = list(
        page.get_ancestors().filter(depth__gt=1).values_list("translation_key", "depth")
    )
    if not ancestors:
        return {}
    depth_by_key = dict(ancestors)
    found = {}
    for candidate in (
        Page.objects.live()
        .filter(
            translation_key__in=depth_by_key.keys(),
            locale__language_code__in=language_codes,
        )
        .select_related("locale")
        .order_by("-depth")
    ):
        found.setdefault(candidate.locale.language_code, candidate)
    return found


def home_alternates(request):
    """For error pages: each language's home page, marked as a fallback (no hreflang)."""
    current = current_language()
    names = language_names()
    alternates = []
    for code, _name in settings.LANGUAGES:
        home = home_for_language(request, code)
        url = home.get_url(request=request) if home else f"/{code}/"
        alternates.append(
            Alternate(code, str(names[code]), url, code == current, is_fallback=True)
        )
    return alternates


def path_alternates(request):
    """Alternates for views that are not Wagtail pages (search, 404): the path in each language."""
    current = current_language()
    names = language_names()
    return [
        Alternate(
            code, str(names[code]), translate_url(request.get_full_path(), code), code == current
        )
        for code, _name in settings.LANGUAGES
    ]

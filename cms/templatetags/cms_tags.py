from dataclasses import dataclass

from django import template
from django.http import QueryDict
from django.utils import timezone

from wagtail.models import Page

from cms.i18n import (
    FALLBACK_PARAM,
    cached_page_alternates,
    current_language,
    home_alternates,
    path_alternates,
)
from cms.navigation import Link, breadcrumbs, navigation

register = template.Library()


@dataclass(frozen=True)
class MenuItem:
    link: Link
    current: str


@register.simple_tag(takes_context=True)
def alternates(context):
    """Language versions of what is shown: the page's translations, or the same path per language.

    Computed once per request and shared by the hreflang links and the language switcher.
    """
    request = context.get("request")
    if request is None:
        return []
    cached = getattr(request, "_cms_alternates", None)
    if cached is not None:
        return cached
    page = context.get("page")
    if context.get("error_page"):
        result = home_alternates(request)
    elif isinstance(page, Page) and page.id:
        result = cached_page_alternates(request, page)
    else:
        result = path_alternates(request)
    request._cms_alternates = result
    return result


def _navigation(context):
    request = context.get("request")
    if request is None:
        return {"home": None, "menu": [], "footer": []}
    cached = getattr(request, "_cms_navigation", None)
    if cached is None:
        cached = navigation(request, current_language())
        request._cms_navigation = cached
    return cached


@register.simple_tag(takes_context=True)
def breadcrumb_links(context):
    """The current page's ancestors below the root, as navigation Links (cached)."""
    request = context.get("request")
    page = context.get("page")
    if request is None or not isinstance(page, Page):
        return []
    return breadcrumbs(request, page)


@register.simple_tag(takes_context=True)
def home_page(context):
    """The home page of the visitor's language, as a navigation Link (title, url)."""
    return _navigation(context)["home"]


@register.simple_tag(takes_context=True)
def main_menu(context):
    """Home and the live pages under it that show in menus, in the visitor's language.

    Each item says whether it is the current page ("page") or contains it ("true"), for
    aria-current.
    """
    data = _navigation(context)
    home = data["home"]
    if home is None:
        return []
    current = context.get("page")
    current_path = getattr(current, "path", "") if isinstance(current, Page) else ""

    def state(link):
        if current_path == link.path:
            return "page"
        if link.depth > home.depth and current_path.startswith(link.path):
            return "true"
        return ""

    return [MenuItem(link, state(link)) for link in [home, *data["menu"]]]


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """The accessibility and privacy statements (site settings) in the visitor's language."""
    return _navigation(context)["footer"]


@register.simple_tag(takes_context=True)
def came_from_untranslated(context):
    request = context.get("request")
    return bool(request and request.GET.get(FALLBACK_PARAM))


@register.filter
def iso_local(value):
    """An aware datetime in ISO 8601 with its Amsterdam offset: 2026-11-24T19:30:00+01:00."""
    if not value:
        return ""
    if timezone.is_naive(value):
        value = timezone.make_aware(value)
    return timezone.localtime(value).isoformat(timespec="seconds")


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters replaced (None removes one)."""
    request = context.get("request")
    params = request.GET.copy() if request else QueryDict(mutable=True)
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = value
    return params.urlencode()


@register.filter
def alt_text(image):
    """The alt text for an image: as chosen where it is used (image blocks), else its own."""
    if image is None:
        return ""
    if getattr(image, "decorative", False):
        return ""
    contextual = getattr(image, "contextual_alt_text", None)
    if contextual:
        return contextual
    return image.default_alt_text


@register.simple_tag
def field_with_description(field):
    """A form field's widget tied to its help text and errors (ids `<id>-help`, `<id>-error`)."""
    described_by = []
    if field.help_text:
        described_by.append(f"{field.id_for_label}-help")
    if field.errors:
        described_by.append(f"{field.id_for_label}-error")
    attrs = {}
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    if field.errors:
        attrs["aria-invalid"] = "true"
    return field.as_widget(attrs=attrs)

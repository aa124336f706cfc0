"""Pages of the places we work in: one per region and one per municipality.

They are served by the "where we work" page of each language (see WhereWeWorkPage) at
`<region>/` and `<region>/<municipality>/`, by slug, which is the same in every language. So a
link to a place works from any page, whichever language's snippet the page points at.
"""

from django.db.models import Q

from cms.navigation import cached, live_page_url
from cms.sections import collect_sections
from programmes.models.pages import ProgrammePage, ProjectPage, WhereWeWorkPage


def where_we_work_url(locale_id):
    """The URL of the live "where we work" page of a language, or "" (cached)."""
    return live_page_url(WhereWeWorkPage, locale_id)


def place_alternates(request, subpath):
    """The same place in each language, for the hreflang links and the language switcher."""
    from django.conf import settings

    from wagtail.models import Locale

    from cms.i18n import Alternate, current_language, language_names

    locales = cached(
        "locales", "all", lambda: dict(Locale.objects.values_list("language_code", "id"))
    )
    names = language_names()
    current = current_language()
    alternates = []
    for code, _name in settings.LANGUAGES:
        base = where_we_work_url(locales[code]) if code in locales else ""
        if base:
            alternates.append(Alternate(code, str(names[code]), base + subpath, code == current))
    return alternates


def region_url(base, region_slug):
    return f"{base}{region_slug}/" if base else ""


def municipality_url(base, region_slug, municipality_slug):
    return f"{base}{region_slug}/{municipality_slug}/" if base else ""


def _projects(queryset, locale_id):
    from django.db.models import OuterRef, Subquery
    from django.db.models.functions import Length, Substr

    from wagtail.models import Page

    parent = Page.objects.filter(
        path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)
    )
    return list(
        queryset.filter(locale_id=locale_id)
        .live()
        .annotate(programme_title=Subquery(parent.values("title")[:1]))
        .select_related("listing_image")
        .distinct()
        .order_by("title")
    )


def region_context(page, region, request):
    slug = region.slug
    municipalities = list(region.municipalities.order_by("name"))
    programmes = ProgrammePage.objects.filter(
        Q(places__region__slug=slug) | Q(places__municipality__region__slug=slug)
    )
    projects = ProjectPage.objects.filter(
        Q(municipalities__municipality__region__slug=slug)
        | Q(partners__municipality__region__slug=slug)
    )
    return {
        "place": region,
        "region": region,
        "municipalities": municipalities,
        "programmes": _programmes(programmes, page.locale_id),
        "projects": _projects(projects, page.locale_id),
        "sections": collect_sections("region_page_sections", region, request),
    }


def municipality_context(page, municipality, request):
    slug = municipality.slug
    region_slug = municipality.region.slug
    programmes = ProgrammePage.objects.filter(
        Q(places__municipality__slug=slug) | Q(places__region__slug=region_slug)
    )
    projects = ProjectPage.objects.filter(
        Q(municipalities__municipality__slug=slug) | Q(partners__municipality__slug=slug)
    )
    return {
        "place": municipality,
        "region": municipality.region,
        "municipalities": [],
        "programmes": _programmes(programmes, page.locale_id),
        "projects": _projects(projects, page.locale_id),
        "sections": collect_sections("municipality_page_sections", municipality, request),
    }


def _programmes(queryset, locale_id):
    return list(
        queryset.filter(locale_id=locale_id)
        .live()
        .select_related("listing_image")
        .distinct()
        .order_by("title")
    )

from django import template

from programmes.models.snippets import Municipality, Region
from programmes.places import municipality_url, region_url, where_we_work_url

register = template.Library()


@register.simple_tag(takes_context=True)
def place_url(context, place):
    """The page of a region or municipality in the language of the current page, or ""."""
    page = context.get("page")
    locale_id = getattr(page, "locale_id", None)
    if place is None or locale_id is None:
        return ""
    base = where_we_work_url(locale_id)
    if isinstance(place, Municipality):
        return municipality_url(base, place.region.slug, place.slug)
    if isinstance(place, Region):
        return region_url(base, place.slug)
    return ""

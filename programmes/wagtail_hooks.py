from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from programmes.models import ContactPerson, Municipality, Organisation, Region


class ContactPersonViewSet(SnippetViewSet):
    model = ContactPerson
    icon = "user"
    menu_label = _("Contact persons")
    list_display = ["name", "role", "organisation", "email"]
    list_filter = ["locale", "organisation"]
    search_fields = ["name", "role", "email"]
    ordering = ["name"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "kind", "website"]
    list_filter = ["kind", "locale"]
    search_fields = ["name"]


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    menu_label = _("Regions")
    list_display = ["name", "slug"]
    list_filter = ["locale"]
    search_fields = ["name"]


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "home"
    menu_label = _("Municipalities")
    list_display = ["name", "region", "is_lead"]
    list_filter = ["region", "is_lead", "locale"]
    search_fields = ["name"]


class PeopleAndPlacesGroup(SnippetViewSetGroup):
    menu_label = _("People and places")
    menu_icon = "group"
    menu_order = 300
    items = (ContactPersonViewSet, OrganisationViewSet, RegionViewSet, MunicipalityViewSet)


register_snippet(PeopleAndPlacesGroup)


@hooks.register("register_searchable_snippets")
def searchable_contact_persons():
    return [("person", ContactPerson)]


@hooks.register("register_page_type_urls")
def place_pages_for_the_catalogue():
    """A region page and a municipality page in each language (served by "where we work")."""
    from programmes.models import WhereWeWorkPage

    catalogue = {}
    for overview in WhereWeWorkPage.objects.live().select_related("locale"):
        municipality = (
            Municipality.objects.filter(locale_id=overview.locale_id, is_lead=True)
            .select_related("region")
            .order_by("region__name")
            .first()
        )
        if municipality is None or not overview.url:
            continue
        language = overview.locale.language_code
        region = municipality.region.slug
        catalogue.setdefault("programmes.Region", {})[language] = f"{overview.url}{region}/"
        catalogue.setdefault("programmes.Municipality", {})[language] = (
            f"{overview.url}{region}/{municipality.slug}/"
        )
    return catalogue

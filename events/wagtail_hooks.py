import datetime
from urllib.parse import quote

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets import Button

from cms.navigation import live_page_url
from cms.sections import Section
from events.models import AgendaPage, EventOccurrence, EventPage

SECTION_ITEMS = 5


def _section(occurrences, locale_id, key, heading, query="", order=30):
    agenda_url = live_page_url(AgendaPage, locale_id)
    return Section(
        template="events/upcoming_section.html",
        context={
            "key": key,
            "heading": heading,
            "occurrences": list(occurrences.for_listing()[:SECTION_ITEMS]),
            "agenda_url": (agenda_url + query) if agenda_url else "",
            "more_label": _("All activities in the agenda"),
        },
        order=order,
    )


@hooks.register("home_page_sections")
def upcoming_on_home_page(page, request):
    occurrences = EventOccurrence.objects.upcoming().in_locale(page.locale_id)
    return _section(occurrences, page.locale_id, "home", _("Coming activities"), order=10)


@hooks.register("programme_page_sections")
def upcoming_on_programme_page(page, request):
    occurrences = EventOccurrence.objects.upcoming().in_locale(page.locale_id).for_programme(page)
    return _section(
        occurrences, page.locale_id, "programme", _("Coming activities"), f"?programme={page.pk}"
    )


@hooks.register("municipality_page_sections")
def upcoming_in_municipality(municipality, request):
    occurrences = (
        EventOccurrence.objects.upcoming()
        .in_locale(municipality.locale_id)
        .in_municipality(municipality.slug)
    )
    return _section(
        occurrences,
        municipality.locale_id,
        "municipality",
        _("Coming activities in %(place)s") % {"place": municipality.name},
        f"?municipality={municipality.slug}",
    )


@hooks.register("region_page_sections")
def upcoming_in_region(region, request):
    occurrences = (
        EventOccurrence.objects.upcoming().in_locale(region.locale_id).in_region(region.slug)
    )
    return _section(
        occurrences,
        region.locale_id,
        "region",
        _("Coming activities in %(place)s") % {"place": region.name},
        f"?region={region.slug}",
    )


@hooks.register("register_page_type_urls")
def agenda_views_for_the_catalogue():
    catalogue = {}
    for agenda in AgendaPage.objects.live().select_related("locale"):
        language = agenda.locale.language_code
        month = timezone.localdate().strftime("%Y-%m")
        catalogue.setdefault("events.AgendaMonth", {})[language] = (
            f"{agenda.url}?view=month&month={month}"
        )
        catalogue.setdefault("events.AgendaArchive", {})[language] = f"{agenda.url}?view=past"
    # An event with this site's registration form, open for its next date.
    for event in (
        EventPage.objects.live()
        .filter(registration_enabled=True)
        .select_related("locale")
        .order_by("path")
    ):
        by_language = catalogue.setdefault("events.Registration", {})
        by_language.setdefault(event.locale.language_code, f"{event.url}#registration")
    return catalogue


class UpcomingEventsPanel(Component):
    name = "upcoming_events"
    template_name = "events/admin/upcoming_events_panel.html"
    order = 150

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        now = timezone.now()
        week_end = now + datetime.timedelta(days=7)
        occurrences = (
            EventOccurrence.objects.upcoming(now)
            .filter(start__lt=week_end, event__locale__language_code="nl")
            .for_listing()[:20]
        )
        return {"occurrences": list(occurrences), "request": request}


@hooks.register("construct_homepage_panels")
def add_upcoming_events_panel(request, panels):
    panels.append(UpcomingEventsPanel())


# Registrations ---------------------------------------------------------------------------------


@hooks.register("register_admin_urls")
def registration_admin_urls():
    from django.urls import path

    from events import admin_views

    return [
        path("registrations/", admin_views.index, name="events_registrations"),
        path(
            "registrations/<db_id:slot_id>/",
            admin_views.detail,
            name="events_registrations_detail",
        ),
        path(
            "registrations/<db_id:slot_id>/csv/",
            admin_views.export,
            name="events_registrations_export",
        ),
    ]


class RegistrationsMenuItem(MenuItem):
    def is_shown(self, request):
        from events import admin_views

        return admin_views.can_view(request.user)


@hooks.register("register_admin_menu_item")
def registrations_menu_item():
    return RegistrationsMenuItem(
        _("Registrations"),
        reverse("events_registrations"),
        name="registrations",
        icon_name="group",
        order=250,
    )


@hooks.register("register_page_header_buttons")
def registrations_button(page, user, view_name=None, next_url=None):
    from events import admin_views

    specific_class = page.specific_class
    if (
        specific_class is not None
        and issubclass(specific_class, EventPage)
        and admin_views.can_view(user)
    ):
        yield Button(
            _("Registrations"),
            reverse("events_registrations") + f"?q={quote(page.title)}",
            icon_name="group",
            priority=60,
        )

"""The agenda and its events."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from cms.blocks import BodyBlock
from cms.models import BasePage


class AgendaPage(BasePage):
    """The calendar of activities: lists upcoming occurrences of the events below it."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    template = "pages/agenda_page.html"

    class Meta:
        verbose_name = _("agenda")
        verbose_name_plural = _("agendas")


class EventPage(BasePage):
    """An activity, once or recurring."""

    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    programme = models.ForeignKey(
        "programmes.ProgrammePage",
        verbose_name=_("programme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )

    content_panels = [*BasePage.content_panels, FieldPanel("body"), FieldPanel("programme")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["events.AgendaPage"]
    subpage_types = []
    template = "pages/event_page.html"

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

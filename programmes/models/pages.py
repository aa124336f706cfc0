"""Programme, project and series pages."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from cms.blocks import BodyBlock
from cms.models import BasePage
from cms.sections import collect_sections


class ProgrammeIndexPage(BasePage):
    """Lists the programmes."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["programmes.ProgrammePage"]
    template = "pages/programme_index_page.html"

    class Meta:
        verbose_name = _("programme index")
        verbose_name_plural = _("programme indexes")


class ProgrammePage(BasePage):
    """A long-running line of work with goals, projects, contact persons, events and news."""

    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    search_type = "programme"
    parent_page_types = ["programmes.ProgrammeIndexPage"]
    subpage_types = ["programmes.ProjectPage"]
    template = "pages/programme_page.html"

    class Meta:
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Other apps add their sections here: coming activities, latest news.
        context["sections"] = collect_sections("programme_page_sections", self, request)
        return context


class ProjectPage(BasePage):
    """A project description under a programme."""

    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    search_type = "project"
    parent_page_types = ["programmes.ProgrammePage"]
    subpage_types = []
    template = "pages/project_page.html"

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")

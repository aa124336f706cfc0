"""Programme, project and themed-series pages, and the page that lists where we work."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from cms.blocks import BodyBlock, DocumentLinkBlock, FigureBlock
from cms.models import BasePage, CachedRoutablePageMixin
from cms.sections import collect_sections
from programmes.models.snippets import ContactPerson, Municipality, Organisation, Region

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class Status(models.TextChoices):
    PLANNED = "planned", _("Planned")
    RUNNING = "running", _("Running")
    FINISHED = "finished", _("Finished")


class GoalsBlock(blocks.StreamBlock):
    goal = blocks.TextBlock(
        label=_("goal"), max_length=600, help_text=_("One goal, as one or two sentences.")
    )

    class Meta:
        label = _("Goals")
        icon = "list-ol"


class DocumentsBlock(blocks.StreamBlock):
    document = DocumentLinkBlock()


class GalleryBlock(blocks.StreamBlock):
    image = FigureBlock()


def _period_panels():
    return MultiFieldPanel(
        [
            FieldPanel("status"),
            FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        ],
        heading=_("Status and period"),
    )


def _clean_period(page):
    if page.start_date and page.end_date and page.end_date < page.start_date:
        raise ValidationError({"end_date": _("The end date cannot be before the start date.")})


def _people(relation):
    """The contact persons of a page in their order, with what their cards show."""
    return relation.select_related("person", "person__organisation", "person__photo")


class ProgrammeIndexPage(BasePage):
    """Lists the programmes, filterable by region and status."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["programmes.ProgrammePage", "programmes.SeriesPage"]
    template = "pages/programme_index_page.html"
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("programme index")
        verbose_name_plural = _("programme indexes")

    def get_context(self, request, *args, **kwargs):
        from programmes.filters import ProgrammeFilters

        context = super().get_context(request, *args, **kwargs)
        filters = ProgrammeFilters(request.GET, locale_id=self.locale_id)
        context["filters"] = filters
        context["programmes"] = filters.programmes(self)
        return context


class ProgrammePage(BasePage):
    """A long-running line of work with goals, projects, contact persons, events and news."""

    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.RUNNING
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Leave empty while it runs.")
    )
    goals = StreamField(
        GoalsBlock(),
        verbose_name=_("goals"),
        blank=True,
        help_text=_("The goals in the order visitors should read them."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    documents = StreamField(
        DocumentsBlock(),
        verbose_name=_("documents"),
        blank=True,
        help_text=_("Reports, memos and other publications of the programme."),
    )
    gallery = StreamField(GalleryBlock(), verbose_name=_("image gallery"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        _period_panels(),
        FieldPanel("goals"),
        FieldPanel("body"),
    ]
    people_panels = [
        InlinePanel("contact_persons", heading=_("Contact persons"), label=_("contact person")),
        InlinePanel("partners", heading=_("Partner organisations"), label=_("partner")),
        InlinePanel(
            "places",
            heading=_("Regions and municipalities"),
            label=_("place"),
            help_text=_("Where the programme works; each place links to its page."),
        ),
    ]
    media_panels = [FieldPanel("documents"), FieldPanel("gallery")]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(people_panels, heading=_("People and places")),
            ObjectList(media_panels, heading=_("Documents and images")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("goals"),
        index.SearchField("body"),
        index.FilterField("status"),
    ]

    search_type = "programme"
    parent_page_types = ["programmes.ProgrammeIndexPage"]
    subpage_types = ["programmes.ProjectPage", "programmes.SeriesPage"]
    template = "pages/programme_page.html"

    class Meta:
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

    def clean(self):
        super().clean()
        _clean_period(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["people"] = [link.person for link in _people(self.contact_persons.all())]
        context["partners"] = [
            link.organisation for link in self.partners.select_related("organisation__logo")
        ]
        context["places"] = list(self.places.select_related("region", "municipality__region"))
        context["projects"] = list(
            ProjectPage.objects.child_of(self)
            .live()
            .select_related("listing_image")
            .order_by("-start_date", "title")
        )
        # Other apps add their sections here: coming activities, latest news.
        context["sections"] = collect_sections("programme_page_sections", self, request)
        return context


class ProjectPage(BasePage):
    """A project description (projectomschrijving) under a programme."""

    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.RUNNING
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    duration = models.CharField(
        _("duration"),
        max_length=60,
        blank=True,
        help_text=_('When there is no end date yet, e.g. "24 maanden".'),
    )
    background = RichTextField(_("background"), blank=True, features=RICH_TEXT_FEATURES)
    objective = RichTextField(_("objective"), blank=True, features=RICH_TEXT_FEATURES)
    approach = RichTextField(_("approach"), blank=True, features=RICH_TEXT_FEATURES)
    results = RichTextField(_("results"), blank=True, features=RICH_TEXT_FEATURES)
    neighbourhoods = models.CharField(
        _("neighbourhoods"),
        max_length=300,
        blank=True,
        help_text=_("Neighbourhoods (wijken) where the project works, separated by commas."),
    )
    commissioner = models.ForeignKey(
        Organisation,
        verbose_name=_("commissioner or funder"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    documents = StreamField(DocumentsBlock(), verbose_name=_("documents"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        _period_panels(),
        FieldPanel("duration"),
        FieldPanel("background"),
        FieldPanel("objective"),
        FieldPanel("approach"),
        FieldPanel("results"),
    ]
    people_panels = [
        InlinePanel("contact_persons", heading=_("Contact persons"), label=_("contact person")),
        InlinePanel(
            "partners",
            heading=_("Partner organisations"),
            label=_("partner"),
            help_text=_(
                "Each partner with its role here; a city can have a pair, e.g. a self-help "
                "organisation and a neighbourhood team."
            ),
        ),
        InlinePanel("municipalities", heading=_("Municipalities"), label=_("municipality")),
        FieldPanel("neighbourhoods"),
        FieldPanel("commissioner"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(people_panels, heading=_("People and places")),
            ObjectList([FieldPanel("documents")], heading=_("Documents")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("background"),
        index.SearchField("objective"),
        index.SearchField("approach"),
        index.SearchField("results"),
        index.FilterField("status"),
    ]

    search_type = "project"
    parent_page_types = ["programmes.ProgrammePage"]
    subpage_types = []
    template = "pages/project_page.html"

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    def clean(self):
        super().clean()
        _clean_period(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["people"] = [link.person for link in _people(self.contact_persons.all())]
        context["partners"] = list(
            self.partners.select_related("organisation__logo", "municipality__region")
        )
        context["municipalities"] = [
            link.municipality
            for link in self.municipalities.select_related("municipality__region")
        ]
        return context


class EpisodeType(models.TextChoices):
    TALKSHOW = "talkshow", _("Talk show")
    PODCAST = "podcast", _("Podcast")
    PUBLICATION = "publication", _("Publication")


class SeriesPage(CachedRoutablePageMixin, ProgrammePage):
    """A programme run as a themed series over a period: talk shows, podcasts, publications.

    It is a programme (goals, contact persons, places, events and news work the same) whose
    children are its episodes, with a podcast feed of the audio episodes.
    """

    theme = RichTextField(
        _("theme"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("What the series is about and why."),
    )
    podcast_author = models.CharField(
        _("podcast author"),
        max_length=120,
        blank=True,
        help_text=_("Shown in podcast apps; leave empty to use the organisation's name."),
    )

    content_panels = [
        *BasePage.content_panels,
        _period_panels(),
        FieldPanel("theme"),
        FieldPanel("podcast_author"),
        FieldPanel("goals"),
        FieldPanel("body"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(ProgrammePage.people_panels, heading=_("People and places")),
            ObjectList(ProgrammePage.media_panels, heading=_("Documents and images")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = [*ProgrammePage.search_fields, index.SearchField("theme")]

    parent_page_types = ["programmes.ProgrammeIndexPage", "programmes.ProgrammePage"]
    subpage_types = ["programmes.EpisodePage"]
    template = "pages/series_page.html"

    class Meta:
        verbose_name = _("themed series")
        verbose_name_plural = _("themed series")

    def episodes(self):
        return (
            EpisodePage.objects.child_of(self)
            .live()
            .select_related("audio", "publication", "listing_image")
            .order_by("date", "path")
        )

    @path("")
    def index(self, request):
        return self.render(request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["episodes"] = list(self.episodes())
        return context

    @path("podcast/", name="podcast")
    def podcast(self, request):
        from programmes.feeds import PodcastFeed

        return PodcastFeed()(request, series=self)

    @property
    def podcast_url(self):
        return self.url + self.reverse_subpage("podcast")


class EpisodePage(BasePage):
    """One episode of a series: a talk show (video), a podcast (audio) or a publication."""

    episode_type = models.CharField(
        _("type"), max_length=12, choices=EpisodeType.choices, default=EpisodeType.TALKSHOW
    )
    date = models.DateField(_("date"), default=datetime.date.today)
    video_url = models.URLField(
        _("video address"),
        blank=True,
        help_text=_("A YouTube or Vimeo address; it only loads when the visitor presses play."),
    )
    audio = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("audio file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("An MP3 or M4A file; it appears in the podcast feed."),
    )
    audio_duration = models.DurationField(
        _("length"), null=True, blank=True, help_text=_("hh:mm:ss, shown in podcast apps.")
    )
    transcript = RichTextField(
        _("transcript"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("What is said, for visitors who cannot or prefer not to listen."),
    )
    publication = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("publication"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("episode_type"), FieldPanel("date")]),
        MultiFieldPanel(
            [FieldPanel("video_url"), FieldPanel("audio"), FieldPanel("audio_duration")],
            heading=_("Video or audio"),
        ),
        FieldPanel("transcript"),
        FieldPanel("publication"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("transcript"),
        index.SearchField("body"),
    ]

    search_type = "programme"
    parent_page_types = ["programmes.SeriesPage"]
    subpage_types = []
    template = "pages/episode_page.html"

    class Meta:
        verbose_name = _("episode")
        verbose_name_plural = _("episodes")

    def clean(self):
        super().clean()
        if self.episode_type == EpisodeType.PODCAST and not self.audio_id:
            raise ValidationError({"audio": _("A podcast episode needs an audio file.")})
        if self.episode_type == EpisodeType.PUBLICATION and not self.publication_id:
            raise ValidationError({"publication": _("A publication needs its document.")})
        if self.episode_type == EpisodeType.TALKSHOW and not self.video_url:
            raise ValidationError({"video_url": _("A talk show needs the address of its video.")})

    def get_context(self, request, *args, **kwargs):
        from cms.embeds import player_for

        context = super().get_context(request, *args, **kwargs)
        context["provider"], context["player_url"] = player_for(self.video_url)
        context["series"] = self.get_parent().specific
        return context


class WhereWeWorkPage(RoutablePageMixin, BasePage):
    """The regions and municipalities we work in, and a page for each of them."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    template = "pages/where_we_work_page.html"
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("where we work")
        verbose_name_plural = _("where we work pages")

    @path("")
    def overview(self, request):
        regions = Region.objects.filter(locale_id=self.locale_id).prefetch_related(
            Prefetch("municipalities", queryset=Municipality.objects.order_by("name"))
        )
        return self.render(request, context_overrides={"regions": list(regions)})

    @path("<slug:region>/", name="region")
    def region(self, request, region):
        from programmes.places import place_alternates, region_context

        place = Region.objects.filter(locale_id=self.locale_id, slug=region).first()
        if place is None:
            raise Http404
        request._cms_alternates = place_alternates(request, f"{region}/")
        return self.render(
            request,
            template="pages/place_page.html",
            context_overrides=region_context(self, place, request),
        )

    @path("<slug:region>/<slug:municipality>/", name="municipality")
    def municipality(self, request, region, municipality):
        from programmes.places import municipality_context, place_alternates

        place = (
            Municipality.objects.filter(
                locale_id=self.locale_id, slug=municipality, region__slug=region
            )
            .select_related("region")
            .first()
        )
        if place is None:
            raise Http404
        request._cms_alternates = place_alternates(request, f"{region}/{municipality}/")
        return self.render(
            request,
            template="pages/place_page.html",
            context_overrides=municipality_context(self, place, request),
        )

    def region_url(self, region):
        return self.url + self.reverse_subpage("region", kwargs={"region": region.slug})

    def municipality_url(self, municipality, region_slug):
        return self.url + self.reverse_subpage(
            "municipality", kwargs={"region": region_slug, "municipality": municipality.slug}
        )


# Inline relations. They are translatable themselves, so that wagtail-localize links the
# translated page to the translated snippets (and offers a partner's role for translation).


class InlineMeta(TranslatableMixin.Meta, Orderable.Meta):
    abstract = True


class PersonLink(TranslatableMixin, Orderable):
    person = models.ForeignKey(
        ContactPerson, verbose_name=_("contact person"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("person")]

    class Meta(InlineMeta):
        abstract = True


class ProgrammeContactPerson(PersonLink):
    page = ParentalKey(ProgrammePage, on_delete=models.CASCADE, related_name="contact_persons")


class ProjectContactPerson(PersonLink):
    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="contact_persons")


class ProgrammePartner(TranslatableMixin, Orderable):
    page = ParentalKey(ProgrammePage, on_delete=models.CASCADE, related_name="partners")

    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("organisation")]

    class Meta(InlineMeta):
        abstract = False


class ProjectPartner(TranslatableMixin, Orderable):
    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="partners")

    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="+"
    )
    role = models.CharField(
        _("role in this project"),
        max_length=200,
        blank=True,
        help_text=_('E.g. "self-help organisation" or "neighbourhood team".'),
    )
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where this partner works in the project, if in one place."),
    )

    panels = [FieldPanel("organisation"), FieldPanel("role"), FieldPanel("municipality")]

    class Meta(InlineMeta):
        abstract = False


class ProgrammePlace(TranslatableMixin, Orderable):
    """A region or a municipality a programme works in."""

    page = ParentalKey(ProgrammePage, on_delete=models.CASCADE, related_name="places")

    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldRowPanel([FieldPanel("region"), FieldPanel("municipality")])]

    class Meta(InlineMeta):
        abstract = False

    def clean(self):
        if bool(self.region_id) == bool(self.municipality_id):
            message = _("Choose a region or a municipality, not both and not neither.")
            raise ValidationError({"region": message, "municipality": message})

    @property
    def place(self):
        return self.municipality or self.region


class ProjectMunicipality(TranslatableMixin, Orderable):
    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="municipalities")

    municipality = models.ForeignKey(
        Municipality, verbose_name=_("municipality"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("municipality")]

    class Meta(InlineMeta):
        abstract = False

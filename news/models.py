"""The news index, news pages, news categories and privacy-friendly view counts."""

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.db.models.functions import Coalesce, ExtractYear
from django.http import HttpResponse, HttpResponseNotAllowed
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path, re_path
from wagtail.fields import StreamField
from wagtail.images import get_image_model, get_image_model_string
from wagtail.models import PageManager, RevisionMixin, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.addresses import client_address
from cms.blocks import BodyBlock
from cms.models import BasePage, CachedRoutablePageMixin

NEWS_PER_PAGE = 10
CARD_IMAGE_SPEC = "fill-480x320"
MAX_FILTER_LENGTH = 100


class NewsCategory(TranslatableMixin, RevisionMixin, index.Indexed, models.Model):
    """A kind of news item: nieuws, verslag, aankondiging... Translatable, with revisions."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_("Used in addresses, filters and feeds; the same in every language."),
    )
    description = models.TextField(_("description"), blank=True, max_length=400)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]
    override_translatable_fields = [SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_news_category_slug_locale"
            )
        ]

    def __str__(self):
        return self.name


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class NewsPageQuerySet(PageQuerySet):
    def with_published(self):
        """Annotate `published`: the editable publication date, else the first publication."""
        return self.annotate(published_on=Coalesce("date_published", "first_published_at"))

    def newest_first(self):
        return self.with_published().order_by(F("published_on").desc(nulls_last=True), "-pk")

    def for_listing(self):
        """Live news pages, newest first, with what a card shows loaded in a fixed few queries."""
        renditions = (
            get_image_model().get_rendition_model().objects.filter(filter_spec=CARD_IMAGE_SPEC)
        )
        return (
            self.live()
            .newest_first()
            .select_related("lead_image", "listing_image")
            .prefetch_related(
                "categories",
                models.Prefetch("lead_image__renditions", queryset=renditions),
                models.Prefetch("listing_image__renditions", queryset=renditions),
            )
        )


class NewsIndexPage(CachedRoutablePageMixin, BasePage):
    """Lists the news below it with filters by category, tag and year, and serves RSS feeds."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    template = "pages/news_index_page.html"
    max_count_per_parent = 1
    cache_max_age = 120

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    # The routes: the list itself, the feed of all news and a feed per category.
    @path("")
    def index_route(self, request, *args, **kwargs):
        context = self.get_context(request)
        return TemplateResponse(
            request, self.get_template(request), context, status=context["status"]
        )

    @path("feed/", name="feed")
    def feed(self, request):
        from news.feeds import NewsFeed

        return NewsFeed()(request, index_page=self)

    @re_path(r"^feed/(?P<category>[-\w]+)/$", name="category_feed")
    def category_feed(self, request, category):
        from news.feeds import NewsFeed

        return NewsFeed()(request, index_page=self, category_slug=category)

    def feed_url(self, category=None):
        if category is None:
            return self.url + self.reverse_subpage("feed")
        return self.url + self.reverse_subpage("category_feed", kwargs={"category": category})

    def news(self):
        return NewsPage.objects.child_of(self).for_listing()

    def categories(self):
        return NewsCategory.objects.filter(locale_id=self.locale_id).order_by("name")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = NewsFilters.from_request(request, self)
        items = filters.apply(self.news())
        paginator = Paginator(items, NEWS_PER_PAGE)
        page_obj = paginator.get_page(request.GET.get("page"))
        news_items = list(page_obj.object_list)
        localize_categories(news_items, self.locale_id, known=filters.categories)
        context.update(
            filters=filters,
            page_obj=page_obj,
            news_items=news_items,
            status=400 if filters.errors else 200,
            feed_url=filters.feed_url(),
        )
        return context


class NewsFilters:
    """The index's filters from the query string. Unknown values become messages, not errors."""

    def __init__(self, index_page):
        self.index_page = index_page
        self.category = None
        self.tag = ""
        self.year = None
        self.errors = []
        self.unknown = []
        self.categories = list(index_page.categories())

    @classmethod
    def from_request(cls, request, index_page):
        filters = cls(index_page)
        category_slug = request.GET.get("category", "").strip()[:MAX_FILTER_LENGTH]
        if category_slug:
            filters.category = next(
                (c for c in filters.categories if c.slug == category_slug), None
            )
            if filters.category is None:
                filters.unknown.append(_("There is no category “%s”.") % category_slug)
        tag = request.GET.get("tag", "").strip()[:MAX_FILTER_LENGTH]
        if tag:
            filters.tag = tag
        year = request.GET.get("year", "").strip()
        if year:
            if year.isdigit() and len(year) == 4:
                filters.year = int(year)
            else:
                filters.errors.append(
                    _("“%s” is not a year. Use four digits, such as 2024.") % year[:10]
                )
        return filters

    @property
    def active(self):
        return bool(self.category or self.tag or self.year or self.unknown or self.errors)

    @property
    def messages(self):
        return [*self.errors, *self.unknown]

    def apply(self, queryset):
        if self.errors or self.unknown:
            return queryset.none()
        if self.category is not None:
            queryset = queryset.filter(categories__slug=self.category.slug)
        if self.tag:
            # Tags are matched by slug (the links on news pages) or by name in any case.
            queryset = queryset.filter(
                models.Q(tags__slug=self.tag) | models.Q(tags__name__iexact=self.tag)
            )
        if self.year:
            queryset = queryset.annotate(published_year=ExtractYear("published_on")).filter(
                published_year=self.year
            )
        return queryset.distinct() if self.category or self.tag else queryset

    def years(self):
        now = timezone.localdate()
        return list(range(now.year, 2016, -1))

    def feed_url(self):
        if self.category is not None:
            return self.index_page.feed_url(self.category.slug)
        return self.index_page.feed_url()


def localize_categories(news_items, locale_id, known=()):
    """Give each news item `shown_categories` in the index's language, in one query.

    Translated news pages keep the source language's categories (wagtail-localize does not
    translate many-to-many fields); the category with the same translation key is shown instead.
    Items that already carry `chosen_categories` (a list) are not queried again.
    """
    chosen = {}
    for item in news_items:
        categories = getattr(item, "chosen_categories", None)
        chosen[item.pk] = list(item.categories.all()) if categories is None else categories
    keys = {c.translation_key for categories in chosen.values() for c in categories}
    localized = {c.translation_key: c for c in known if c.locale_id == locale_id}
    foreign = any(c.locale_id != locale_id for cats in chosen.values() for c in cats)
    if foreign and keys - set(localized):
        localized = {
            c.translation_key: c
            for c in NewsCategory.objects.filter(translation_key__in=keys, locale_id=locale_id)
        } | localized
    for item in news_items:
        item.shown_categories = [localized.get(c.translation_key, c) for c in chosen[item.pk]]
    return news_items


@dataclass(frozen=True)
class NewsIndexLink:
    title: str
    url: str
    feed_url: str


class NewsPage(CachedRoutablePageMixin, BasePage):
    """One news item."""

    search_type = "news"

    date_published = models.DateTimeField(
        _("publication date"),
        null=True,
        blank=True,
        help_text=_("Leave empty to use the moment the item is first published."),
    )
    lead = models.TextField(
        _("lead"),
        max_length=600,
        help_text=_("The opening paragraph: what happened, in two or three sentences."),
    )
    lead_image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("lead image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Describe the image in its description field: that becomes its alt text."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    categories = ParentalManyToManyField(
        NewsCategory, verbose_name=_("categories"), blank=True, related_name="news_pages"
    )
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))
    author = models.ForeignKey(
        "programmes.ContactPerson",
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news_pages",
    )
    related_programme = models.ForeignKey(
        "programmes.ProgrammePage",
        verbose_name=_("programme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news_pages",
    )
    related_project = models.ForeignKey(
        "programmes.ProjectPage",
        verbose_name=_("project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news_pages",
    )
    related_events = ParentalManyToManyField(
        "events.EventPage", verbose_name=_("events"), blank=True, related_name="news_pages"
    )
    show_view_count = models.BooleanField(
        _("show view count"),
        default=False,
        help_text=_("Show visitors how often the item was read (“173 keer bekeken”)."),
    )

    objects = PageManager.from_queryset(NewsPageQuerySet)()

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date_published"),
        FieldPanel("lead"),
        FieldPanel("lead_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
                FieldPanel("author"),
            ],
            heading=_("Categories, tags and author"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("related_programme"),
                FieldPanel("related_project"),
                FieldPanel("related_events"),
            ],
            heading=_("Related programme, project and events"),
        ),
        FieldPanel("show_view_count"),
    ]
    # Page's own fields carry the title (boosted) and the filters on live and locale.
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("lead", boost=1.5),
        index.SearchField("body"),
        index.RelatedFields("categories", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("date_published"),
    ]
    # Text is translated; dates, the view-count switch and related pages follow the source.
    # Categories are kept as chosen in the source and shown in the reader's language.
    override_translatable_fields = [
        TranslatableField("lead"),
        TranslatableField("body"),
        SynchronizedField("date_published"),
        SynchronizedField("show_view_count"),
        SynchronizedField("categories"),
        SynchronizedField("related_events"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    template = "pages/news_page.html"

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    def clean(self):
        super().clean()
        if self.date_published and self.date_published > timezone.now() + dt.timedelta(days=1):
            raise ValidationError(
                {
                    "date_published": _(
                        "A publication date in the future does not schedule the item; use "
                        "“Go-live date” under Settings for that."
                    )
                }
            )

    @property
    def published(self):
        """The date shown: the editable publication date, else the first publication."""
        return self.date_published or self.first_published_at or self.latest_revision_created_at

    @property
    def meta_description(self):
        return self.search_description or self.intro or self.lead

    @property
    def share_image(self):
        return self.social_image or self.lead_image or self.listing_image

    @property
    def card_image(self):
        return self.listing_image or self.lead_image

    def view_count(self):
        row = PageViewCount.objects.filter(page_id=self.pk).values_list("count", flat=True)
        return next(iter(row), 0)

    def view_count_url(self):
        return self.url + self.reverse_subpage("count_view")

    @path("")
    def index_route(self, request, *args, **kwargs):
        return TemplateResponse(request, self.get_template(request), self.get_context(request))

    @path("view/", name="count_view")
    def count_view(self, request):
        return count_view(request, self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        self._load_related()
        self.chosen_categories = list(self.categories.all())
        localize_categories([self], self.locale_id)
        self.tag_list = list(self.tags.all())
        context["share_url"] = request.build_absolute_uri(self.url)
        context["count_views"] = should_count(request, self)
        context["view_count"] = self.view_count() if self.show_view_count else None
        return context

    # What the page shows of the objects it points at, loaded together in one query.
    RELATED = ("lead_image", "author", "related_programme", "related_project")

    def _load_related(self):
        chosen = [name for name in self.RELATED if getattr(self, f"{name}_id")]
        if not chosen or not self.pk:
            return
        row = NewsPage.objects.select_related(*chosen).filter(pk=self.pk).first()
        for name in chosen:
            # A preview may point elsewhere than the saved page; then load it the usual way.
            if row is not None and getattr(row, f"{name}_id") == getattr(self, f"{name}_id"):
                self._state.fields_cache[name] = getattr(row, name)

    @cached_property
    def news_index(self):
        """The index's title and addresses (kept in the cache with the navigation)."""
        from cms.navigation import cached

        def build():
            index = self.get_parent().specific
            return NewsIndexLink(index.title, index.url or "", index.feed_url())

        if not self.pk:
            return build()
        return cached("news-index", f"{self.path[: -self.steplen]}", build)


# View counts ---------------------------------------------------------------------------------


class DailySalt(models.Model):
    """A random salt for one day. Yesterday's is deleted, so old visitor hashes mean nothing."""

    day = models.DateField(unique=True)
    salt = models.CharField(max_length=64)

    class Meta:
        verbose_name = _("daily salt")

    def __str__(self):
        return str(self.day)

    @classmethod
    def for_today(cls):
        today = timezone.localdate()
        salt = cls.objects.filter(day=today).values_list("salt", flat=True).first()
        if salt is not None:
            return today, salt
        cls.objects.filter(day__lt=today).delete()
        PageVisit.objects.filter(day__lt=today).delete()
        try:
            with transaction.atomic():
                cls.objects.create(day=today, salt=secrets.token_hex(32))
        except IntegrityError:
            pass  # another request made today's salt first
        return today, cls.objects.get(day=today).salt


class PageVisit(models.Model):
    """That some visitor saw a page today: a hash of salt, page and visitor, nothing else."""

    day = models.DateField(db_index=True)
    digest = models.CharField(max_length=64)

    class Meta:
        verbose_name = _("page visit")
        constraints = [
            models.UniqueConstraint(fields=["day", "digest"], name="unique_news_visit_per_day")
        ]

    def __str__(self):
        return f"{self.day} {self.digest[:8]}"


class PageViewCount(models.Model):
    """How often a page was viewed. Kept apart from the page so publishing never resets it."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    count = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = _("view count")

    def __str__(self):
        return f"{self.page_id}: {self.count}"


BOT_MARKERS = (
    "bot",
    "crawl",
    "spider",
    "slurp",
    "preview",
    "headless",
    "python",
    "curl",
    "wget",
    "httpclient",
    "facebookexternalhit",
    "whatsapp",
    "lighthouse",
)


def is_bot(user_agent):
    agent = (user_agent or "").lower()
    return not agent or any(marker in agent for marker in BOT_MARKERS)


def should_count(request, page):
    """Whether the page view should be counted: live pages, visitors, no bots or previews."""
    if getattr(request, "is_preview", False) or not page.live:
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    return not is_bot(request.headers.get("User-Agent"))


def visitor_digest(request, page, salt):
    address = client_address(request)
    agent = request.headers.get("User-Agent", "")[:300]
    material = f"{salt}|{page.pk}|{address}|{agent}".encode()
    return hashlib.sha256(material).hexdigest()


def record_view(request, page):
    """Count one view per page per visitor per day. Returns whether the view was counted."""
    if not should_count(request, page):
        return False
    day, salt = DailySalt.for_today()
    try:
        with transaction.atomic():
            PageVisit.objects.create(day=day, digest=visitor_digest(request, page, salt))
    except IntegrityError:
        return False  # this visitor was already counted today
    PageViewCount.objects.get_or_create(page_id=page.pk)
    PageViewCount.objects.filter(page_id=page.pk).update(count=F("count") + 1)
    return True


def count_view(request, page):
    """The address the page's script fetches once it has loaded. Sets no cookie.

    A GET, because a POST would need a CSRF token and so a cookie. Crawlers that follow links
    never see this address: it is only in a data attribute that the script reads.
    """
    if request.method != "GET":
        return HttpResponseNotAllowed(["GET"])
    record_view(request, page)
    response = HttpResponse(status=204)
    response["Cache-Control"] = "no-store"
    return response

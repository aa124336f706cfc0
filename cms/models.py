"""What every app shares: the abstract base page, the image model and the site settings."""

from django.db import models
from django.db.models import Q
from django.http import HttpRequest
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.images import get_image_model_string
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index


class CustomImage(AbstractImage):
    """An image whose alternative text is either written or explicitly waived as decorative."""

    # Not "decorative": Wagtail's image blocks set that attribute on images per use.
    is_decorative = models.BooleanField(
        _("decorative"),
        default=False,
        help_text=_(
            "Tick only if the image adds nothing to the text around it; screen readers then skip "
            "it. Otherwise describe the image in the description field."
        ),
    )

    admin_form_fields = (*Image.admin_form_fields, "is_decorative")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    @property
    def default_alt_text(self):
        # Never fall back to the title: titles are often file names, which make poor alt text.
        if self.is_decorative:
            return ""
        return self.description or ""


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class BasePage(Page):
    """What every page has: an intro, a listing image, SEO and social fields, cache headers."""

    intro = models.TextField(
        _("intro"),
        blank=True,
        max_length=600,
        help_text=_("One or two sentences shown under the title and on cards that link here."),
    )
    listing_image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown on cards and lists that link to this page."),
    )
    social_image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("social image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared; 1200 x 630 pixels works best."),
    )

    # Seconds that browsers and proxies may keep a public page. Editors' views are never cached.
    cache_max_age = 300
    # The facet a page type is counted under in search results (see docs/search.md).
    search_type = "page"

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
    ]
    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel(
            [FieldPanel("listing_image"), FieldPanel("social_image")],
            heading=_("Images for lists and sharing"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
    ]

    class Meta:
        abstract = True

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        self.add_cache_headers(request, response)
        return response

    def add_cache_headers(self, request, response):
        if (
            getattr(request, "is_preview", False)
            or request.user.is_authenticated
            or self.get_view_restrictions().exists()
        ):
            # Editors' views, previews and pages behind a password or login stay private.
            patch_cache_control(response, private=True, no_store=True)
        elif request.method == "GET" and response.status_code == 200:
            patch_cache_control(response, public=True, max_age=self.cache_max_age)
        return response

    def get_view_restrictions(self):
        """The view restrictions on this page and its ancestors, in one query.

        Same result as Wagtail's, which loads the ancestors first to resolve aliases: an alias
        has no restrictions of its own, so its source page's count.
        """
        # Kept on the page: the serve hook checks the restrictions, and the cache headers ask
        # again; the second time the evaluated queryset answers without a query.
        if getattr(self, "_view_restrictions", None) is None:
            paths = [
                self.path[:end] for end in range(Page.steplen, len(self.path) + 1, Page.steplen)
            ]
            aliased = Page.objects.filter(path__in=paths, alias_of__isnull=False)
            self._view_restrictions = PageViewRestriction.objects.filter(
                Q(page__path__in=paths) | Q(page_id__in=aliased.values("alias_of_id"))
            )
        return self._view_restrictions

    @property
    def meta_description(self):
        return self.search_description or self.intro

    @property
    def share_image(self):
        return self.social_image or self.listing_image


class CachedRoutablePageMixin(RoutablePageMixin):
    """A routable page whose route views get the page's cache headers too.

    RoutablePageMixin answers from the route's view and so skips `BasePage.serve`.
    """

    def serve(self, request, view=None, args=None, kwargs=None):
        response = super().serve(request, view, args, kwargs)
        return self.add_cache_headers(request, response)


@register_setting(icon="site")
class OrganisationSettings(BaseGenericSetting):
    """Contact details of the organisation, shown in the footer of every page."""

    name = models.CharField(_("name"), max_length=255, default="Herstelnetwerk")
    street_address = models.CharField(_("street and number"), max_length=255, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=12, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    phone = models.CharField(_("phone"), max_length=32, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    chamber_of_commerce = models.CharField(
        _("Chamber of Commerce number"), max_length=20, blank=True
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [FieldPanel("street_address"), FieldPanel("postal_code"), FieldPanel("city")],
            heading=_("Address"),
        ),
        MultiFieldPanel([FieldPanel("phone"), FieldPanel("email")], heading=_("Contact")),
        FieldPanel("chamber_of_commerce"),
        MultiFieldPanel(
            [FieldPanel("accessibility_page"), FieldPanel("privacy_page")],
            heading=_("Footer links"),
            help_text=_("Choose the Dutch pages; visitors get the version in their language."),
        ),
    ]

    class Meta:
        verbose_name = _("organisation")

    def __str__(self):
        return self.name

    @classmethod
    def load(cls, request_or_site=None):
        """For public requests, kept in the cache with the navigation until something changes.

        The admin and code without a request read the database as usual.
        """
        if not isinstance(request_or_site, HttpRequest) or request_or_site.path.startswith(
            "/admin/"
        ):
            return super().load(request_or_site)
        attr_name = cls.get_cache_attr_name()
        if not hasattr(request_or_site, attr_name):
            from cms.navigation import cached

            setattr(
                request_or_site,
                attr_name,
                cached("settings", cls._meta.label_lower, cls._get_or_create),
            )
        return getattr(request_or_site, attr_name)

    @property
    def phone_href(self):
        return "tel:" + "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")

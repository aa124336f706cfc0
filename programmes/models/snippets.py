"""Reusable, translatable things that programmes, projects, events and news point at."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.images import get_image_model_string
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

PHONE_VALIDATOR = RegexValidator(
    r"^\+?[0-9 ()-]{6,20}$",
    _("Enter a phone number with digits, spaces and an optional leading +."),
)


class PlaceQuerySet(models.QuerySet):
    def in_language(self, language_code):
        return self.filter(locale__language_code=language_code)


class Region(TranslatableMixin, models.Model):
    """Municipalities working together, led by a centrumgemeente (lead municipality)."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        help_text=_("Used in addresses and filters; the same in every language."),
    )
    description = models.TextField(_("description"), blank=True)

    objects = PlaceQuerySet.as_manager()

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    override_translatable_fields = [SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_region_slug_locale")
        ]

    def __str__(self):
        return self.name

    @property
    def lead_municipality(self):
        return next((m for m in self.municipalities.all() if m.is_lead), None)


class Municipality(TranslatableMixin, models.Model):
    """A gemeente. Belongs to one region; the region's lead municipality is marked."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        help_text=_("Used in addresses and filters; the same in every language."),
    )
    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        on_delete=models.PROTECT,
        related_name="municipalities",
    )
    is_lead = models.BooleanField(
        _("lead municipality (centrumgemeente)"),
        default=False,
        help_text=_("The municipality that leads the region. One per region."),
    )

    objects = PlaceQuerySet.as_manager()

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("region"), FieldPanel("is_lead")]
    override_translatable_fields = [SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_municipality_slug_locale"
            ),
            models.UniqueConstraint(
                fields=["region", "locale"],
                condition=models.Q(is_lead=True),
                name="one_lead_municipality_per_region",
            ),
        ]

    def __str__(self):
        return self.name


class OrganisationKind(models.TextChoices):
    CARE_PROVIDER = "care_provider", _("Care provider")
    MUNICIPALITY = "municipality", _("Municipality")
    CLIENT_ORGANISATION = "client_organisation", _("Client or family organisation")
    SELF_HELP = "self_help", _("Self-help organisation")
    WELFARE = "welfare", _("Welfare and neighbourhood team")
    KNOWLEDGE = "knowledge", _("Knowledge institute")
    FUNDER = "funder", _("Funder")
    OTHER = "other", _("Other")


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(
        _("kind"), max_length=32, choices=OrganisationKind.choices, default=OrganisationKind.OTHER
    )
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("name"), FieldPanel("kind"), FieldPanel("website"), FieldPanel("logo")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("kind"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name


class ContactPerson(
    TranslatableMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    index.Indexed,
    ClusterableModel,
):
    """Someone visitors can contact. Chosen on programmes, projects and events."""

    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=160, blank=True)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contact_persons",
    )
    photo = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=32, blank=True, validators=[PHONE_VALIDATOR])
    bio = models.TextField(_("short bio"), blank=True, max_length=800)

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("photo"),
        MultiFieldPanel([FieldPanel("email"), FieldPanel("phone")], heading=_("Contact details")),
        FieldPanel("bio"),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("role"),
        index.SearchField("bio"),
        index.FilterField("locale"),
        index.FilterField("live"),
        index.RelatedFields("organisation", [index.SearchField("name")]),
    ]
    override_translatable_fields = [
        TranslatableField("role"),
        TranslatableField("bio"),
        SynchronizedField("name"),
        SynchronizedField("phone"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("contact person")
        verbose_name_plural = _("contact persons")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def phone_href(self):
        digits = "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")
        return f"tel:{digits}" if digits else ""

"""The agenda and its events: recurring activities with exceptions, materialised occurrences."""

import datetime

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from recurrence.fields import RecurrenceField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.blocks import BodyBlock
from cms.models import BasePage
from events.widgets import AdminRecurrenceWidget

MAX_PLACES_PER_REGISTRATION = 10


class EventType(models.TextChoices):
    PEER_GROUP = "lotgenotengroep", _("peer support group")
    TRAINING = "training", _("training")
    MEETING = "bijeenkomst", _("meeting")
    RECOVERY_MARKET = "herstelmarkt", _("recovery market")
    TALKSHOW = "talkshow", _("talk show")
    WEBINAR = "webinar", _("webinar")
    WORKSHOP = "workshop", _("workshop")


class Audience(models.TextChoices):
    EVERYONE = "iedereen", _("everyone")
    CLIENTS = "clienten", _("clients")
    RELATIVES = "naasten", _("family and friends")
    PROFESSIONALS = "professionals", _("professionals")


class AttendanceMode(models.TextChoices):
    ON_SITE = "op-locatie", _("on site")
    ONLINE = "online", _("online")
    HYBRID = "hybride", _("on site and online")


class OccurrenceStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("scheduled")
    CANCELLED = "cancelled", _("cancelled")
    MOVED = "moved", _("moved")


class ExceptionKind(models.TextChoices):
    CANCEL = "cancel", _("cancel this occurrence")
    MOVE = "move", _("move this occurrence")
    NOTE = "note", _("add a note")


class AgendaPage(RoutablePageMixin, BasePage):
    """The calendar of activities: lists upcoming occurrences of the events below it."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    template = "pages/agenda_page.html"
    cache_max_age = 120

    class Meta:
        verbose_name = _("agenda")
        verbose_name_plural = _("agendas")

    # The views live in events/views.py.
    @path("")
    def agenda(self, request):
        from events import views

        return views.agenda(request, self)

    @path("ical/")
    def feed(self, request):
        from events import views

        return views.agenda_feed(request, self)


class EventPage(RoutablePageMixin, BasePage):
    """An activity, once or recurring. Times are wall-clock times in Europe/Amsterdam."""

    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    programme = models.ForeignKey(
        "programmes.ProgrammePage",
        verbose_name=_("programme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    event_type = models.CharField(
        _("type"), max_length=20, choices=EventType.choices, default=EventType.MEETING
    )
    audience = models.CharField(
        _("audience"), max_length=20, choices=Audience.choices, default=Audience.EVERYONE
    )
    is_free = models.BooleanField(_("free"), default=True)
    price = models.CharField(
        _("price"),
        max_length=120,
        blank=True,
        help_text=_("For paid events, e.g. “€ 15, including lunch”."),
    )

    start_date = models.DateField(_("start date"), default=datetime.date.today)
    end_date = models.DateField(
        _("last day"),
        null=True,
        blank=True,
        help_text=_("Only for an activity that lasts several days: the day it ends."),
    )
    all_day = models.BooleanField(_("all day"), default=False)
    start_time = models.TimeField(_("start time"), null=True, blank=True)
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    recurrence = RecurrenceField(
        _("repeats"),
        blank=True,
        help_text=_(
            "Rules, exclusions and extra dates. Each date keeps the start and end time above, "
            "in Dutch time, summer and winter alike."
        ),
    )

    attendance_mode = models.CharField(
        _("attendance"),
        max_length=20,
        choices=AttendanceMode.choices,
        default=AttendanceMode.ON_SITE,
    )
    venue = models.CharField(_("venue"), max_length=160, blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    municipality = models.ForeignKey(
        "programmes.Municipality",
        verbose_name=_("municipality"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    online_url = models.URLField(_("link to join online"), blank=True)
    registration_url = models.URLField(
        _("registration link"),
        blank=True,
        help_text=_(
            "Where visitors sign up elsewhere, if needed. Leave empty to use the form below."
        ),
    )

    # Registration on this site, for each date of the event (see docs/registrations.md).
    registration_enabled = models.BooleanField(
        _("registration with this site's form"),
        default=False,
        help_text=_("Visitors register for one date; each date has the places below."),
    )
    registration_capacity = models.PositiveIntegerField(
        _("places per date"), null=True, blank=True, validators=[MinValueValidator(1)]
    )
    registration_max_places = models.PositiveSmallIntegerField(
        _("places one registration may take"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_PLACES_PER_REGISTRATION)],
        help_text=_("1 means everyone registers for themselves."),
    )
    registration_waiting_list = models.BooleanField(_("waiting list when full"), default=True)
    registration_opens = models.DateTimeField(
        _("registration opens"),
        null=True,
        blank=True,
        help_text=_("Empty: as soon as the event is published."),
    )
    registration_opens_days_before = models.PositiveSmallIntegerField(
        _("opens this many days before each date"),
        null=True,
        blank=True,
        help_text=_("For a series: each date opens on its own. Empty: no such limit."),
    )
    registration_closes_hours_before = models.PositiveSmallIntegerField(
        _("closes this many hours before the start"), default=0
    )
    registration_ask_phone = models.BooleanField(
        _("ask for a phone number (optional)"), default=False
    )
    registration_ask_access_needs = models.BooleanField(_("ask about access needs"), default=True)
    registration_ask_remarks = models.BooleanField(_("ask for remarks"), default=False)
    registration_consent = models.TextField(
        _("consent text"),
        blank=True,
        help_text=_(
            "What visitors agree to by registering. Empty: a standard text saying the details are "
            "used for this activity only and removed afterwards."
        ),
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")]),
                FieldPanel("all_day"),
                FieldPanel("recurrence", widget=AdminRecurrenceWidget()),
            ],
            heading=_("When"),
        ),
        InlinePanel("exceptions", heading=_("Changes to single dates"), label=_("change")),
        MultiFieldPanel(
            [
                FieldPanel("attendance_mode"),
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldPanel("municipality"),
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("event_type"),
                FieldPanel("audience"),
                FieldRowPanel([FieldPanel("is_free"), FieldPanel("price")]),
                FieldPanel("programme"),
                FieldPanel("registration_url"),
            ],
            heading=_("About the activity"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("registration_enabled"),
                FieldRowPanel(
                    [FieldPanel("registration_capacity"), FieldPanel("registration_max_places")]
                ),
                FieldPanel("registration_waiting_list"),
                FieldRowPanel(
                    [
                        FieldPanel("registration_opens"),
                        FieldPanel("registration_opens_days_before"),
                        FieldPanel("registration_closes_hours_before"),
                    ]
                ),
                FieldRowPanel(
                    [
                        FieldPanel("registration_ask_phone"),
                        FieldPanel("registration_ask_access_needs"),
                        FieldPanel("registration_ask_remarks"),
                    ]
                ),
                FieldPanel("registration_consent"),
            ],
            heading=_("Registration"),
            classname="collapsed",
        ),
        FieldPanel("body"),
        InlinePanel("contact_persons", heading=_("Contact persons"), label=_("contact person")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("title", boost=3),
        index.SearchField("body"),
        index.SearchField("venue"),
        index.RelatedFields("municipality", [index.SearchField("name")]),
        index.FilterField("event_type"),
    ]
    override_translatable_fields = [
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        SynchronizedField("start_time"),
        SynchronizedField("end_time"),
        SynchronizedField("recurrence"),
        SynchronizedField("online_url"),
        SynchronizedField("registration_url"),
        # Places are shared between the languages of an event (one count per date), so the
        # settings of its registration are the source page's in every language.
        *(
            SynchronizedField(name, overridable=False)
            for name in (
                "registration_enabled",
                "registration_capacity",
                "registration_max_places",
                "registration_waiting_list",
                "registration_opens",
                "registration_opens_days_before",
                "registration_closes_hours_before",
                "registration_ask_phone",
                "registration_ask_access_needs",
                "registration_ask_remarks",
            )
        ),
    ]

    search_type = "event"
    parent_page_types = ["events.AgendaPage"]
    subpage_types = []
    template = "pages/event_page.html"
    cache_max_age = 120

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    @path("")
    def occurrence(self, request):
        from events import views

        return views.event(request, self)

    @path("ical/")
    def feed(self, request):
        from events import views

        return views.event_feed(request, self)

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        errors = {}
        if not self.all_day and self.start_time is None:
            errors["start_time"] = _("Give a start time, or tick “all day”.")
        if self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The last day cannot be before the start date.")
        if (
            not self.end_date
            and self.start_time
            and self.end_time
            and not self.all_day
            and self.end_time <= self.start_time
        ):
            errors["end_time"] = _("The end time must be after the start time.")
        if not self.is_free and not self.price:
            errors["price"] = _("Give the price, or tick “free”.")
        if self.registration_enabled:
            if not self.registration_capacity:
                errors["registration_capacity"] = _("Give the number of places per date.")
            if self.registration_url:
                errors["registration_url"] = _(
                    "Visitors register either elsewhere or with the form on this site, not both."
                )
        if errors:
            raise ValidationError(errors)

    @property
    def is_online(self):
        return self.attendance_mode in (AttendanceMode.ONLINE, AttendanceMode.HYBRID)

    @property
    def has_place(self):
        return self.attendance_mode in (AttendanceMode.ON_SITE, AttendanceMode.HYBRID)

    # Search integration (see docs/search.md) ----------------------------------------------------

    @classmethod
    def search_inactive_ids(cls):
        """Pages with no occurrence still to come: they rank below the others."""
        upcoming = EventOccurrence.objects.upcoming().values("event_id")
        return set(cls.objects.exclude(pk__in=upcoming).values_list("pk", flat=True))

    @classmethod
    def search_details(cls, pages):
        ids = [page.pk for page in pages]
        details = {pk: {"next_occurrence": None} for pk in ids}
        rows = (
            EventOccurrence.objects.upcoming()
            .filter(event_id__in=ids)
            .exclude(status=OccurrenceStatus.CANCELLED)
            .order_by("event_id", "start")
            .values_list("event_id", "start")
        )
        for event_id, start in rows:
            if details[event_id]["next_occurrence"] is None:
                details[event_id]["next_occurrence"] = start
        return details


class EventContactPerson(TranslatableMixin, Orderable):
    """Translatable, so the English event links to the English contact person."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="contact_persons")
    person = models.ForeignKey(
        "programmes.ContactPerson",
        verbose_name=_("contact person"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("person")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        abstract = False


class EventException(TranslatableMixin, Orderable):
    """A change to one date of a series: cancelled, moved, or with a note for visitors.

    Translatable, so the reason visitors read is offered for translation; the dates and times
    follow the Dutch source.
    """

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="exceptions")
    date = models.DateField(_("date in the series"))
    kind = models.CharField(
        _("change"), max_length=10, choices=ExceptionKind.choices, default=ExceptionKind.NOTE
    )
    text = models.CharField(
        _("message for visitors"),
        max_length=255,
        blank=True,
        help_text=_("The reason for a cancellation or move, or the note."),
    )
    new_date = models.DateField(_("new date"), null=True, blank=True)
    new_start_time = models.TimeField(_("new start time"), null=True, blank=True)
    new_end_time = models.TimeField(_("new end time"), null=True, blank=True)
    new_venue = models.CharField(_("new venue"), max_length=160, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("kind")]),
        FieldPanel("text"),
        FieldRowPanel(
            [FieldPanel("new_date"), FieldPanel("new_start_time"), FieldPanel("new_end_time")]
        ),
        FieldPanel("new_venue"),
    ]
    override_translatable_fields = [
        SynchronizedField("date"),
        SynchronizedField("new_date"),
        SynchronizedField("new_start_time"),
        SynchronizedField("new_end_time"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        abstract = False
        verbose_name = _("change to a date")

    def __str__(self):
        return f"{self.date}: {self.get_kind_display()}"


class OccurrenceQuerySet(models.QuerySet):
    def visible(self):
        return self.filter(event__live=True)

    def upcoming(self, now=None):
        return self.visible().filter(end__gte=now or timezone.now())

    def past(self, now=None):
        return self.visible().filter(end__lt=now or timezone.now())

    def between(self, start, end):
        """Occurrences overlapping [start, end)."""
        return self.filter(start__lt=end, end__gt=start)

    def in_locale(self, locale):
        return self.filter(event__locale=locale)

    def under(self, page):
        """Occurrences of the events under an agenda page (events are its children)."""
        return self.filter(agenda_id=page.id)

    def in_municipality(self, slug):
        return self.filter(event__municipality__slug=slug)

    def in_region(self, slug):
        return self.filter(event__municipality__region__slug=slug)

    def for_programme(self, programme):
        """Occurrences of events of a programme page, whichever language the link points at."""
        return self.filter(event__programme__translation_key=programme.translation_key)

    def of_type(self, event_type):
        return self.filter(event__event_type=event_type)

    def for_audience(self, audience):
        return self.filter(event__audience__in=[audience, Audience.EVERYONE])

    def free(self):
        return self.filter(event__is_free=True)

    def online(self):
        return self.filter(
            event__attendance_mode__in=[AttendanceMode.ONLINE, AttendanceMode.HYBRID]
        )

    def for_listing(self):
        """With what a listing shows of each event; its body and rule stay in the database."""
        return (
            self.select_related("event", "event__municipality")
            .defer("event__body", "event__recurrence")
            .order_by("start", "event_id")
        )


class EventOccurrence(models.Model):
    """One date of an event, materialised from its rule so that the agenda is a plain query.

    Rows are keyed by (event, original_date) and updated in place when the event changes, so
    they keep their identity (registrations can point at them).
    """

    event = models.ForeignKey(EventPage, on_delete=models.CASCADE, related_name="occurrences")
    # The agenda page the event sits under, stored so agenda views need no join to the tree.
    agenda = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", editable=False
    )
    original_date = models.DateField()
    start = models.DateTimeField(db_index=True)
    end = models.DateTimeField()
    # The date of `start` in Amsterdam, stored so that day views group on a plain column.
    day = models.DateField(editable=False)
    all_day = models.BooleanField(default=False)
    status = models.CharField(
        max_length=10, choices=OccurrenceStatus.choices, default=OccurrenceStatus.SCHEDULED
    )
    note = models.CharField(max_length=255, blank=True)
    venue = models.CharField(max_length=160, blank=True)

    objects = OccurrenceQuerySet.as_manager()

    class Meta:
        ordering = ["start"]
        verbose_name = _("occurrence")
        verbose_name_plural = _("occurrences")
        constraints = [
            models.UniqueConstraint(
                fields=["event", "original_date"], name="unique_occurrence_per_event_date"
            )
        ]
        indexes = [
            models.Index(fields=["agenda", "day", "start"], name="occurrence_agenda_day"),
            models.Index(fields=["agenda", "start"], name="occurrence_agenda_start"),
        ]

    def __str__(self):
        return f"{self.event.title} {self.start:%Y-%m-%d %H:%M}"

    def save(self, *args, **kwargs):
        self.day = timezone.localtime(self.start).date()
        if not self.agenda_id:
            self.agenda_id = self.event.get_parent().id
        super().save(*args, **kwargs)

    @property
    def is_cancelled(self):
        return self.status == OccurrenceStatus.CANCELLED

    @property
    def is_moved(self):
        return self.status == OccurrenceStatus.MOVED

    @property
    def url(self):
        return f"{self.event.url}?date={self.original_date.isoformat()}"

    @property
    def display_venue(self):
        return self.venue or self.event.venue

"""Registrations for one date of an event, with a capacity and a waiting list.

The places of a date belong to the event in every language: a slot is keyed on the event's
translation key and the date in its series, not on a page or an occurrence row (each language
has its own rows, and rows of dates that leave the series are deleted). The slot row is also
the lock that serialises registrations for its date (see events/registrations.py).
"""

import secrets

from django.db import models
from django.db.models import Q, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("confirmed")
    WAITING = "waiting", _("on the waiting list")
    CANCELLED = "cancelled", pgettext_lazy("registration", "cancelled")


class RegistrationSlotQuerySet(models.QuerySet):
    def with_counts(self):
        """Places confirmed and waiting and registrations cancelled, in the same query."""
        return self.annotate(
            confirmed_places=Sum(
                "registrations__places",
                filter=Q(registrations__status=RegistrationStatus.CONFIRMED),
                default=0,
            ),
            waiting_places=Sum(
                "registrations__places",
                filter=Q(registrations__status=RegistrationStatus.WAITING),
                default=0,
            ),
            cancelled_count=models.Count(
                "registrations", filter=Q(registrations__status=RegistrationStatus.CANCELLED)
            ),
            attended_count=models.Count("registrations", filter=Q(registrations__attended=True)),
        )

    def upcoming(self, now=None):
        return self.filter(end__gte=now or timezone.now())

    def past(self, now=None):
        return self.filter(end__lt=now or timezone.now())


class RegistrationSlot(models.Model):
    """The places of one date of an event."""

    event_key = models.UUIDField(db_index=True)
    original_date = models.DateField(_("date in the series"))
    event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("event"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="registration_slots",
    )
    # Kept here so the list stays readable after the event is changed or deleted.
    title = models.CharField(_("title"), max_length=255)
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    capacity = models.PositiveIntegerField(_("places"))
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = RegistrationSlotQuerySet.as_manager()

    class Meta:
        ordering = ["start", "id"]
        verbose_name = _("registrations for a date")
        verbose_name_plural = _("registrations for dates")
        constraints = [
            models.UniqueConstraint(
                fields=["event_key", "original_date"], name="unique_registration_slot"
            )
        ]

    def __str__(self):
        local = timezone.localtime(self.start)
        return f"{self.title}, {local:%Y-%m-%d %H:%M}"


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        return self.exclude(status=RegistrationStatus.CANCELLED)

    def confirmed(self):
        return self.filter(status=RegistrationStatus.CONFIRMED)

    def waiting(self):
        """In the order they joined: the first who fits moves up first."""
        return self.filter(status=RegistrationStatus.WAITING).order_by("created_at", "id")

    def to_purge(self, before):
        """Registrations holding personal data for dates that ended before `before`."""
        return self.filter(purged_at__isnull=True, slot__end__lt=before)


def new_token():
    return secrets.token_urlsafe(24)


class Registration(models.Model):
    """One visitor's registration for one date; personal data goes after the date (purge)."""

    slot = models.ForeignKey(
        RegistrationSlot, on_delete=models.CASCADE, related_name="registrations"
    )
    status = models.CharField(
        _("status"), max_length=10, choices=RegistrationStatus.choices, db_index=True
    )
    places = models.PositiveSmallIntegerField(_("places"), default=1)
    name = models.CharField(_("name"), max_length=120, blank=True)
    email = models.EmailField(_("e-mail"), max_length=254, blank=True)
    # A keyed hash of the normalised address: one active registration per address and date.
    email_key = models.CharField(max_length=64, null=True, editable=False)
    phone = models.CharField(_("phone"), max_length=32, blank=True)
    access_needs = models.TextField(_("access needs"), blank=True)
    remarks = models.TextField(_("remarks"), blank=True)
    language = models.CharField(_("language"), max_length=8, default="nl")
    token = models.CharField(max_length=64, default=new_token, editable=False)
    created_at = models.DateTimeField(_("registered"), default=timezone.now, db_index=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    cancelled_at = models.DateTimeField(
        pgettext_lazy("registration", "cancelled"), null=True, blank=True
    )
    attended = models.BooleanField(_("attended"), null=True, blank=True)
    purged_at = models.DateTimeField(_("personal data removed"), null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            models.UniqueConstraint(
                fields=["slot", "email_key"],
                condition=Q(email_key__isnull=False) & ~Q(status="cancelled"),
                name="one_active_registration_per_address",
            )
        ]
        permissions = [("export_registration", _("Can export registrations"))]

    def __str__(self):
        return f"{self.name or _('(removed)')} – {self.slot}"

    @property
    def is_confirmed(self):
        return self.status == RegistrationStatus.CONFIRMED

    @property
    def is_waiting(self):
        return self.status == RegistrationStatus.WAITING

    @property
    def is_cancelled(self):
        return self.status == RegistrationStatus.CANCELLED

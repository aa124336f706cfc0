"""Registering for a date of an event: places, waiting list, cancelling, mails, removal.

Every change to the registrations of a date happens in a transaction that first locks the
date's slot row (SELECT ... FOR UPDATE on PostgreSQL; SQLite serialises writers by itself), so
places are counted and taken by one request at a time: a date is never overbooked, and a place
freed by a cancellation goes to the waiting list in order. Mails go out after the transaction,
so a failed mail never undoes a registration (it is logged instead).
"""

import datetime
import hashlib
import hmac
import logging
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Sum
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_noop

from icalendar import Calendar, Component, Event

from cms.addresses import client_address
from events.models import (
    EventOccurrence,
    EventPage,
    OccurrenceStatus,
    Registration,
    RegistrationSlot,
    RegistrationStatus,
)
from events.schedule import TZ

logger = logging.getLogger(__name__)

# The cancel link in the mail lasts until the registration is cancelled or its personal data
# removed; the salt keeps the signature from being valid for anything else.
CANCEL_SALT = "events.registration.cancel"
# Registering again with a known address sends its mail again, at most this often (seconds).
RESEND_INTERVAL = 15 * 60


class State:
    """What the registration part of an event page shows for a date."""

    OPEN = "open"
    WAITING_LIST = "waiting_list"  # full, but the waiting list is open
    FULL = "full"  # full, no waiting list
    NOT_YET_OPEN = "not_yet_open"
    CLOSED = "closed"
    CANCELLED = "cancelled"
    PAST = "past"


@dataclass
class Availability:
    state: str
    capacity: int
    places_left: int
    opens_at: datetime.datetime | None
    closes_at: datetime.datetime

    @property
    def accepts(self):
        return self.state in (State.OPEN, State.WAITING_LIST)


# Opening and closing ------------------------------------------------------------------------


def window_for(page, occurrence):
    """(opens_at or None, closes_at) of registration for one date."""
    opens = [page.registration_opens] if page.registration_opens else []
    if page.registration_opens_days_before is not None:
        opens.append(
            occurrence.start - datetime.timedelta(days=page.registration_opens_days_before)
        )
    closes_at = occurrence.start - datetime.timedelta(hours=page.registration_closes_hours_before)
    return (max(opens) if opens else None), closes_at


def capacity_and_taken(page, original_date):
    """(places, places confirmed) of one date, in one query.

    The places are the date's slot's once anyone registered (the count every language shares),
    else the page's.
    """
    row = (
        RegistrationSlot.objects.filter(
            event_key=page.translation_key, original_date=original_date
        )
        .with_counts()
        .values("capacity", "confirmed_places")
        .first()
    )
    if row is None:
        return page.registration_capacity or 0, 0
    return row["capacity"], row["confirmed_places"] or 0


def availability(page, occurrence, now=None):
    """The state of registration for one date, counted in one query."""
    now = now or timezone.now()
    capacity = page.registration_capacity or 0
    opens_at, closes_at = window_for(page, occurrence)
    if occurrence.status == OccurrenceStatus.CANCELLED:
        state = State.CANCELLED
    elif occurrence.start <= now:
        state = State.PAST
    elif now >= closes_at:
        state = State.CLOSED
    elif opens_at is not None and now < opens_at:
        state = State.NOT_YET_OPEN
    else:
        state = None
    left = 0
    if state is None or state == State.CLOSED:
        capacity, taken = capacity_and_taken(page, occurrence.original_date)
        left = max(0, capacity - taken)
    if state is None:
        if left:
            state = State.OPEN
        else:
            state = State.WAITING_LIST if page.registration_waiting_list else State.FULL
    return Availability(state, capacity, left, opens_at, closes_at)


# Keys, tokens and limits ----------------------------------------------------------------------


def _keyed_hash(text):
    return hmac.new(settings.SECRET_KEY.encode(), text.encode(), hashlib.sha256).hexdigest()


def email_key(address):
    """A keyed hash of the address as typed, case and spaces aside."""
    return _keyed_hash(address.strip().lower())


def cancel_token(registration):
    return signing.dumps([registration.pk, registration.token], salt=CANCEL_SALT)


def from_cancel_token(value):
    """The registration a cancel token stands for, or None when it is tampered with."""
    try:
        pk, secret = signing.loads(value, salt=CANCEL_SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    registration = (
        Registration.objects.select_related("slot", "slot__event").filter(pk=pk).first()
        if isinstance(pk, int)
        else None
    )
    if registration is None or not hmac.compare_digest(str(secret), registration.token):
        return None
    return registration


def rate_limited(request):
    """True when this address sent more registrations than the limit allows.

    The address is kept only as a keyed hash, in the cache, for the length of the window.
    """
    limit = getattr(settings, "REGISTRATION_RATE_LIMIT", None)
    if not limit:
        return False
    count, seconds = limit
    key = f"registration-rate:{_keyed_hash(client_address(request))[:32]}"
    cache.add(key, 0, seconds)
    try:
        attempts = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, seconds)
        attempts = 1
    return attempts > count


# Changing registrations -----------------------------------------------------------------------


class RegistrationRefused(Exception):
    """The date cannot be registered for (full without waiting list, closed, cancelled).

    `places_left` is set when some places are left, but fewer than were asked for.
    """

    def __init__(self, state, places_left=0):
        super().__init__(state)
        self.state = state
        self.places_left = places_left


def locked_slot(page, occurrence):
    """The registration slot of one date, created if missing, locked until the transaction ends."""
    slot, _created = RegistrationSlot.objects.select_for_update().get_or_create(
        event_key=page.translation_key,
        original_date=occurrence.original_date,
        defaults={
            "event": page,
            "title": page.title,
            "start": occurrence.start,
            "end": occurrence.end,
            "capacity": page.registration_capacity,
        },
    )
    return slot


def _taken(slot):
    return slot.registrations.confirmed().aggregate(total=Sum("places"))["total"] or 0


def register(page, occurrence, data, language, base_url, now=None):
    """Store a registration for one date and mail the visitor.

    Returns (registration, created). The same address for the same date gives back the
    registration it already has (created is False); its mail goes to that address again, at
    most once per RESEND_INTERVAL, for someone who lost it. The checks that can refuse come
    first, so a refusal says nothing about whether an address is registered.
    """
    now = now or timezone.now()
    key = email_key(data["email"])
    with transaction.atomic():
        slot = locked_slot(page, occurrence)
        # Checked again under the lock: the page the visitor saw may be minutes old. The slot
        # exists now, so the places are counted from it.
        current = availability(page, occurrence, now)
        if not current.accepts:
            raise RegistrationRefused(current.state)
        left = current.places_left
        fits = data["places"] <= left
        too_many = data["places"] > current.capacity  # could never get a place
        if too_many or (not fits and not page.registration_waiting_list):
            raise RegistrationRefused(State.FULL, places_left=left)
        existing = slot.registrations.active().filter(email_key=key).first()
        if existing is None:
            registration = _create(slot, data, key, language, now, fits)
    if existing is not None:
        if cache.add(f"registration-resent:{existing.pk}", True, RESEND_INTERVAL):
            send_mail(existing, "confirmed" if existing.is_confirmed else "waiting", base_url)
        return existing, False
    send_mail(registration, "confirmed" if fits else "waiting", base_url)
    return registration, True


def _create(slot, data, key, language, now, fits):
    return Registration.objects.create(
        slot=slot,
        status=RegistrationStatus.CONFIRMED if fits else RegistrationStatus.WAITING,
        places=data["places"],
        name=data["name"],
        email=data["email"],
        email_key=key,
        phone=data.get("phone", ""),
        access_needs=data.get("access_needs", ""),
        remarks=data.get("remarks", ""),
        language=language,
        created_at=now,
        confirmed_at=now if fits else None,
    )


def cancel(registration, base_url, now=None):
    """Cancel a registration and give its places to the waiting list. False if already done."""
    now = now or timezone.now()
    with transaction.atomic():
        slot = RegistrationSlot.objects.select_for_update().get(pk=registration.slot_id)
        current = Registration.objects.get(pk=registration.pk)
        if current.is_cancelled or current.purged_at:
            return False, []
        current.status = RegistrationStatus.CANCELLED
        current.cancelled_at = now
        current.save(update_fields=["status", "cancelled_at"])
        promoted = _promote(slot, now)
    registration.refresh_from_db()
    send_mail(registration, "cancelled", base_url)
    for moved_up in promoted:
        send_mail(moved_up, "promoted", base_url)
    return True, promoted


def source_locale_id(event_key):
    """The locale an event is written in: its wagtail-localize source, else the default one."""
    from wagtail.models import Locale
    from wagtail_localize.models import TranslationSource

    locale_id = (
        TranslationSource.objects.filter(object_id=event_key)
        .values_list("locale_id", flat=True)
        .first()
    )
    return locale_id if locale_id is not None else Locale.get_default().pk


def source_event(event_key):
    """The event in its source language, or, when that one is gone, in any language."""
    pages = EventPage.objects.filter(translation_key=event_key)
    return (
        pages.filter(locale_id=source_locale_id(event_key)).first()
        or pages.filter(live=True).order_by("pk").first()
    )


def _may_move_up(slot, now, event):
    """Whether the waiting list of a date may move up.

    The date must still be to come and cancelled in no language, and `event`, the event in its
    source language (translations may lag behind), live, with this date, registration and a
    waiting list.
    """
    if slot.start <= now:
        return False
    rows = EventOccurrence.objects.filter(
        event__translation_key=slot.event_key, original_date=slot.original_date
    )
    if rows.filter(status=OccurrenceStatus.CANCELLED).exists():
        return False
    return bool(
        event is not None
        and event.live
        and event.registration_enabled
        and event.registration_waiting_list
        and rows.filter(event=event).exists()
    )


def _promote(slot, now, event=None):
    """Confirm waiting registrations in order while their places fit. Call under the lock.

    `event` is the event in its source language, when the caller has it already.
    """
    if not _may_move_up(slot, now, event or source_event(slot.event_key)):
        return []
    free = slot.capacity - _taken(slot)
    promoted = []
    for registration in slot.registrations.waiting():
        if free <= 0:
            break
        if registration.places <= free:
            registration.status = RegistrationStatus.CONFIRMED
            registration.confirmed_at = now
            registration.save(update_fields=["status", "confirmed_at"])
            free -= registration.places
            promoted.append(registration)
    return promoted


def event_changed(page, base_url=None):
    """After publishing: the slots of the event take its new title, times and places.

    More places move the waiting list up; fewer places never cancel a confirmed registration.
    """
    slots = RegistrationSlot.objects.filter(
        event_key=page.translation_key, end__gte=timezone.now()
    )
    slot_ids = list(slots.values_list("pk", flat=True))
    if not slot_ids:
        return []
    # Places and times follow the event in its source language; a translation published from
    # an older sync must not change them (its places may move the waiting list up, nothing more).
    source = source_event(page.translation_key)
    follows = source is None or source.pk == page.pk
    occurrences = {
        occurrence.original_date: occurrence
        for occurrence in EventOccurrence.objects.filter(event=page)
    }
    promoted = []
    for slot_id in slot_ids:
        with transaction.atomic():
            slot = RegistrationSlot.objects.select_for_update().get(pk=slot_id)
            occurrence = occurrences.get(slot.original_date)
            fields = {}
            if follows:
                fields["title"] = page.title
                if occurrence is not None:
                    fields.update(start=occurrence.start, end=occurrence.end)
                if page.registration_capacity:
                    fields["capacity"] = page.registration_capacity
            for name, value in fields.items():
                setattr(slot, name, value)
            if fields:
                slot.save(update_fields=list(fields))
            promoted.extend(_promote(slot, timezone.now(), source))
    for registration in promoted:
        send_mail(registration, "promoted", base_url or default_base_url())
    return promoted


def purge(now=None, days=None):
    """Remove the personal data of registrations for dates that ended `days` ago or earlier.

    Status, places and attendance stay, so the counts per date remain.
    """
    now = now or timezone.now()
    if days is None:
        days = getattr(settings, "REGISTRATION_RETENTION_DAYS", 30)
    before = now - datetime.timedelta(days=days)
    return Registration.objects.to_purge(before).update(
        name="",
        email="",
        email_key=None,
        phone="",
        access_needs="",
        remarks="",
        token="",
        purged_at=now,
    )


# Mail ---------------------------------------------------------------------------------------


SUBJECTS = {
    "confirmed": gettext_noop("Registration confirmed"),
    "waiting": gettext_noop("On the waiting list"),
    "promoted": gettext_noop("A place has become free for you"),
    "cancelled": gettext_noop("Registration cancelled"),
}


def default_base_url():
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else settings.WAGTAILADMIN_BASE_URL


def occurrence_calendar(registration, context, cancelled=False):
    """An iCalendar with the one date registered for (METHOD:CANCEL when cancelled).

    Title and address are those of the language the visitor registered in; the times carry
    their Amsterdam zone, described by a VTIMEZONE, as in the agenda feeds.
    """
    from events.ical import PRODID, timezone_component

    slot = registration.slot
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "CANCEL" if cancelled else "PUBLISH")
    calendar.add_component(Component.from_ical(timezone_component()))
    host = urlsplit(context["event_url"] or context["cancel_url"]).hostname or "localhost"
    vevent = Event()
    vevent.add("uid", f"registration-{registration.pk}-{slot.event_key}@{host}")
    vevent.add("dtstamp", timezone.now())
    vevent.add("sequence", 1 if cancelled else 0)
    vevent.add("summary", context["title"])
    vevent.add("dtstart", context["start"])
    vevent.add("dtend", context["end"])
    vevent.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    place = ", ".join(part for part in (context["venue"], context["address"]) if part)
    if place:
        vevent.add("location", place)
    if context["event_url"]:
        vevent.add("url", context["event_url"])
    calendar.add_component(vevent)
    return calendar.to_ical()


def _absolute(base_url, path):
    return base_url.rstrip("/") + path


def mail_context(registration, base_url):
    slot = registration.slot
    event = slot.event
    event_url = ""
    localized = None
    if event is not None:
        localized = event.get_translation_or_none(_locale(registration.language)) or event
        event_url = localized.get_url() or ""
        if event_url and "://" not in event_url:
            event_url = _absolute(base_url, event_url)
    return {
        "registration": registration,
        "slot": slot,
        "title": localized.title if localized is not None else slot.title,
        "start": timezone.localtime(slot.start, TZ),
        "end": timezone.localtime(slot.end, TZ),
        "venue": localized.venue if localized is not None else "",
        "address": localized.address if localized is not None else "",
        "event_url": event_url,
        "cancel_url": _absolute(
            base_url,
            reverse("events:registration_cancel", args=[cancel_token(registration)]),
        ),
        "site_name": _organisation_name(),
    }


def _organisation_name():
    from cms.models import OrganisationSettings

    return OrganisationSettings.load().name or settings.WAGTAIL_SITE_NAME


def _locale(language):
    from wagtail.models import Locale

    return Locale.objects.filter(language_code=language).first()


def send_mail(registration, kind, base_url):
    """Mail the visitor in the language they registered in. Failures are logged, not raised."""
    registration = Registration.objects.select_related("slot", "slot__event").get(
        pk=registration.pk
    )
    if not registration.email:
        return False
    with translation.override(registration.language):
        context = mail_context(registration, base_url)
        subject = translation.gettext(SUBJECTS[kind])
        body = render_to_string(f"events/mail/registration_{kind}.txt", context)
        message = EmailMultiAlternatives(
            subject=f"{subject}: {context['title']}",
            body=body,
            to=[registration.email],
        )
        # A cancellation only takes a date out of the calendar of someone who had a place.
        had_place = kind != "cancelled" or registration.confirmed_at is not None
        if kind in ("confirmed", "promoted", "cancelled") and had_place:
            message.attach(
                "activity.ics",
                occurrence_calendar(registration, context, cancelled=kind == "cancelled"),
                "text/calendar",
            )
    try:
        message.send()
    except Exception:  # a mail server problem must not lose the registration
        logger.exception("Could not send the %s mail for registration %s", kind, registration.pk)
        return False
    return True

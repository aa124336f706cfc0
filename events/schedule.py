"""From an event's rule to dated occurrences, and into the occurrence table.

The rule is date-based: django-recurrence expands dates only (anchored on the start date at
midnight, no time zone), and each date is combined with the event's wall-clock time in
Europe/Amsterdam. A group that meets at 19:30 therefore meets at 19:30 in winter and in summer.
Occurrences are materialised from HISTORY_DAYS before today to HORIZON_DAYS after it; a rule
without an end stops at the horizon, and `manage.py refresh_occurrences` (daily) moves it on.
"""

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from wagtail.models import Page

TZ = ZoneInfo("Europe/Amsterdam")
HORIZON_DAYS = getattr(settings, "EVENTS_HORIZON_DAYS", 400)
HISTORY_DAYS = getattr(settings, "EVENTS_HISTORY_DAYS", 366)
DEFAULT_DURATION = datetime.timedelta(hours=2)


@dataclass
class Planned:
    original_date: datetime.date
    start: datetime.datetime
    end: datetime.datetime
    all_day: bool
    status: str
    note: str = ""
    venue: str = ""

    @property
    def day(self):
        return self.start.astimezone(TZ).date()


def local(date, time):
    """An aware datetime for a wall-clock time on a date in Amsterdam (DST-safe)."""
    return datetime.datetime.combine(date, time, tzinfo=TZ)


def window(today=None):
    today = today or timezone.localdate()
    return today - datetime.timedelta(days=HISTORY_DAYS), today + datetime.timedelta(
        days=HORIZON_DAYS
    )


def local_date(value):
    """The Amsterdam calendar date of a rule's date value.

    django-recurrence stores dates as UTC datetimes (midnight in Amsterdam becomes 23:00Z the day
    before), so an aware value is converted back before its date is taken.
    """
    if isinstance(value, datetime.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(TZ)
        return value.date()
    return value


def _midnight(value):
    return datetime.datetime.combine(local_date(value), datetime.time())


def normalised(rule):
    """A copy of the rule with every date as a naive local midnight and every UNTIL as the end
    of its local day, so that expanding it never mixes time zones."""
    import copy

    import recurrence

    if not rule:
        return rule

    def fix(item):
        item = copy.copy(item)
        if item.until is not None:
            item.until = datetime.datetime.combine(
                local_date(item.until), datetime.time(23, 59, 59)
            )
        return item

    return recurrence.Recurrence(
        rrules=[fix(item) for item in rule.rrules],
        exrules=[fix(item) for item in rule.exrules],
        rdates=[_midnight(value) for value in rule.rdates],
        exdates=[_midnight(value) for value in rule.exdates],
    )


def series_dates(rule, start_date, first, last):
    """Dates of a series starting on start_date, between first and last inclusive."""
    if last < first:
        return []
    rule = normalised(rule)
    has_rule = rule and (rule.rrules or rule.rdates)
    if not has_rule:
        return [start_date] if first <= start_date <= last else []
    dtstart = datetime.datetime.combine(start_date, datetime.time())
    after = datetime.datetime.combine(max(first, start_date), datetime.time())
    before = datetime.datetime.combine(last, datetime.time())
    dates = {moment.date() for moment in rule.between(after, before, dtstart=dtstart, inc=True)}
    if first <= start_date <= last and not _excluded(rule, start_date):
        dates.add(start_date)
    return sorted(dates)


def _excluded(rule, date):
    return any(local_date(exdate) == date for exdate in rule.exdates)


def times_for(event, date, start_time=None, end_time=None, new_date=None):
    """(start, end, all_day) of the occurrence on `date`."""
    day = new_date or date
    span = (event.end_date - event.start_date) if event.end_date else datetime.timedelta()
    last_day = day + span
    if event.all_day or (event.start_time is None and start_time is None):
        start = local(day, datetime.time())
        end = local(last_day + datetime.timedelta(days=1), datetime.time())
        return start, end, True
    start = local(day, start_time or event.start_time)
    finish = end_time or event.end_time
    if finish is None:
        end = start + DEFAULT_DURATION if not span else local(last_day, datetime.time(23, 59))
    else:
        end = local(last_day, finish)
        if end <= start:
            end = start + DEFAULT_DURATION
    return start, end, False


def plan(event, first=None, last=None):
    """The occurrences an event should have in the window, exceptions applied."""
    from events.models import ExceptionKind, OccurrenceStatus

    if first is None or last is None:
        first, last = window()
    exceptions = {exception.date: exception for exception in event.exceptions.all()}
    planned = []
    for date in series_dates(event.recurrence, event.start_date, first, last):
        exception = exceptions.get(date)
        start, end, all_day = times_for(event, date)
        item = Planned(date, start, end, all_day, OccurrenceStatus.SCHEDULED)
        if exception is not None:
            item.note = exception.text
            if exception.kind == ExceptionKind.CANCEL:
                item.status = OccurrenceStatus.CANCELLED
            elif exception.kind == ExceptionKind.MOVE:
                item.start, item.end, item.all_day = times_for(
                    event,
                    date,
                    start_time=exception.new_start_time,
                    end_time=exception.new_end_time,
                    new_date=exception.new_date,
                )
                item.venue = exception.new_venue
                item.status = OccurrenceStatus.MOVED
        planned.append(item)
    return planned


FIELDS = ["start", "end", "day", "all_day", "status", "note", "venue"]


@transaction.atomic
def materialise(event, today=None):
    """Bring the event's rows in the occurrence table in line with its rule, in place.

    Rows keep their id while their date stays in the series; rows for dates that left the series
    are deleted; rows before the window (the archive) are left alone.
    """
    from events.models import EventOccurrence

    first, last = window(today)
    parent_path = event.path[: -event.steplen]
    agenda_id = Page.objects.filter(path=parent_path).values_list("id", flat=True)[0]
    wanted = {item.original_date: item for item in plan(event, first, last)}
    existing = {
        row.original_date: row
        for row in EventOccurrence.objects.filter(event=event, original_date__gte=first)
    }
    to_create, to_update = [], []
    for date, item in wanted.items():
        row = existing.get(date)
        if row is None:
            to_create.append(
                EventOccurrence(
                    event=event,
                    agenda_id=agenda_id,
                    original_date=date,
                    **{name: getattr(item, name) for name in FIELDS},
                )
            )
        elif any(getattr(row, name) != getattr(item, name) for name in FIELDS):
            for name in FIELDS:
                setattr(row, name, getattr(item, name))
            to_update.append(row)
    stale = [row.pk for date, row in existing.items() if date not in wanted]
    if stale:
        EventOccurrence.objects.filter(pk__in=stale).delete()
    EventOccurrence.objects.bulk_create(to_create, batch_size=500)
    EventOccurrence.objects.bulk_update(to_update, FIELDS, batch_size=500)
    # After a move to another agenda, the archive moves along.
    EventOccurrence.objects.filter(event=event).exclude(agenda_id=agenda_id).update(
        agenda_id=agenda_id
    )
    return len(wanted)


def clear(event):
    from events.models import EventOccurrence

    EventOccurrence.objects.filter(event=event).delete()


def refresh_all(today=None):
    """Re-materialise every live event (run daily to move the horizon on)."""
    from cms import navigation
    from events.models import EventPage

    total = 0
    for event in EventPage.objects.live().specific().prefetch_related("exceptions"):
        total += materialise(event, today)
    # Cached month grids were drawn from the old horizon.
    navigation.invalidate()
    return total

"""iCalendar feeds built with the icalendar library.

A series is one VEVENT with its RRULE, RDATE and EXDATE in TZID=Europe/Amsterdam (with a
VTIMEZONE), so calendar apps keep 19:30 at 19:30 across daylight saving. Cancelled, moved and
annotated dates are extra VEVENTs with the series' UID and a RECURRENCE-ID; cancelled ones carry
STATUS:CANCELLED.
"""

import datetime

from django.core.cache import cache
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from icalendar import Calendar, Event, vRecur

from events.schedule import TZ, local, local_date, normalised, series_dates, times_for, window

PRODID = "-//Samen Herstellen//Agenda//NL"


def uid(event):
    return f"event-{event.translation_key}-{event.locale.language_code}@samenherstellen.nl"


def new_calendar(name):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Amsterdam")
    return calendar


def _rrule_lines(event):
    """RRULEs of the django-recurrence rule, as icalendar vRecur values with UTC UNTIL."""
    import recurrence

    lines = []
    for rule in normalised(event.recurrence).rrules:
        text = recurrence.serialize(recurrence.Recurrence(rrules=[rule]))
        for line in text.splitlines():
            if line.startswith("RRULE:"):
                recur = vRecur.from_ical(line[len("RRULE:") :])
                if "UNTIL" in recur:
                    day = local_date(recur["UNTIL"][0])
                    # Inclusive of the last day's occurrence, whatever its time.
                    recur["UNTIL"] = [
                        local(day, datetime.time(23, 59, 59)).astimezone(datetime.UTC)
                    ]
                lines.append(recur)
    return lines


def _base_vevent(event, request, start, end, all_day):
    vevent = Event()
    vevent.add("uid", uid(event))
    vevent.add("dtstamp", event.last_published_at or timezone.now())
    vevent.add("summary", event.title)
    if event.intro:
        vevent.add("description", strip_tags(event.intro))
    place = ", ".join(part for part in (event.venue, event.address) if part)
    if event.municipality and event.municipality.name not in place:
        place = ", ".join(part for part in (place, event.municipality.name) if part)
    if not place and event.online_url:
        place = event.online_url
    if place:
        vevent.add("location", place)
    vevent.add("url", request.build_absolute_uri(event.url) if request else event.full_url)
    if all_day:
        vevent.add("dtstart", start.date())
        vevent.add("dtend", end.date())
    else:
        vevent.add("dtstart", start)
        vevent.add("dtend", end)
    return vevent


def event_components(event, request):
    """The VEVENTs of one event: the series and its changed dates."""
    from events.models import ExceptionKind

    first_start, first_end, all_day = times_for(event, event.start_date)
    series = _base_vevent(event, request, first_start, first_end, all_day)
    components = [series]
    rule = event.recurrence
    if rule and (rule.rrules or rule.rdates):
        for recur in _rrule_lines(event):
            series.add("rrule", recur)
        start_time = first_start.timetz() if not all_day else None

        def moment(date):
            if all_day:
                return date
            return local(date, start_time.replace(tzinfo=None))

        rdates = sorted({local_date(value) for value in rule.rdates})
        if rdates:
            series.add("rdate", [moment(date) for date in rdates])
        # Exclusion rules become plain exclusion dates (within the materialised window), which
        # every calendar app understands.
        exdates = {local_date(value) for value in rule.exdates}
        if rule.exrules:
            first, last = window()
            import recurrence

            rules_only = recurrence.Recurrence(rrules=rule.rrules, rdates=rule.rdates)
            included = set(series_dates(rules_only, event.start_date, first, last))
            exdates |= included - set(series_dates(rule, event.start_date, first, last))
        if exdates:
            series.add("exdate", [moment(date) for date in sorted(exdates)])
    for exception in event.exceptions.all():
        original_start, _end, original_all_day = times_for(event, exception.date)
        changed = Event()
        changed.add("uid", uid(event))
        changed.add("dtstamp", event.last_published_at or timezone.now())
        changed.add(
            "recurrence-id",
            original_start.date() if original_all_day else original_start,
        )
        changed.add("summary", event.title)
        if exception.kind == ExceptionKind.MOVE:
            start, end, moved_all_day = times_for(
                event,
                exception.date,
                start_time=exception.new_start_time,
                end_time=exception.new_end_time,
                new_date=exception.new_date,
            )
        else:
            start, end, moved_all_day = times_for(event, exception.date)
        if moved_all_day:
            changed.add("dtstart", start.date())
            changed.add("dtend", end.date())
        else:
            changed.add("dtstart", start)
            changed.add("dtend", end)
        location = exception.new_venue or event.venue
        if location:
            changed.add("location", location)
        if exception.kind == ExceptionKind.CANCEL:
            changed.add("status", "CANCELLED")
            changed.add("summary", _("Cancelled: %(title)s") % {"title": event.title})
        if exception.text:
            changed.add("description", exception.text)
        components.append(changed)
    return components


def timezone_component():
    """The VTIMEZONE for Europe/Amsterdam from a year back to five years ahead (cached)."""
    from icalendar import Timezone

    today = timezone.localdate()
    key = f"events:vtimezone:{today.year}"
    text = cache.get(key)
    if text is None:
        component = Timezone.from_tzid(
            "Europe/Amsterdam",
            first_date=datetime.date(today.year - 1, 1, 1),
            last_date=datetime.date(today.year + 5, 12, 31),
        )
        text = component.to_ical()
        cache.set(key, text, 60 * 60 * 24)
    return text


def _key(pk, published, request):
    host = request.get_host() if request else ""
    stamp = published.timestamp() if published else 0
    return f"events:ical:{pk}:{stamp}:{timezone.localdate()}:{host}"


def _build(event, request):
    return b"".join(component.to_ical() for component in event_components(event, request))


def event_ical(event, request):
    """The serialised VEVENTs of one event, cached until the event is published again."""
    key = _key(event.pk, event.last_published_at, request)
    text = cache.get(key)
    if text is None:
        text = _build(event, request)
        cache.set(key, text, 60 * 60 * 24)
    return text


def events_ical(events, request):
    """The parts of many events: one cache lookup for all, full objects only for the misses."""
    stamps = list(events.values_list("pk", "last_published_at"))
    keys = {pk: _key(pk, published, request) for pk, published in stamps}
    found = cache.get_many(list(keys.values()))
    missing = [pk for pk, key in keys.items() if key not in found]
    if missing:
        built = {keys[event.pk]: _build(event, request) for event in events.filter(pk__in=missing)}
        cache.set_many(built, 60 * 60 * 24)
        found.update(built)
    return [found[keys[pk]] for pk, _published in stamps]


def calendar_for(events, request, name):
    """A whole calendar. Each event's part is built once per publication and then reused, so a
    feed with a thousand series costs little more than reading them."""
    end = b"END:VCALENDAR\r\n"
    head = new_calendar(name).to_ical().rsplit(b"END:VCALENDAR", 1)[0]
    parts = [head, timezone_component()]
    if hasattr(events, "values_list"):
        parts.extend(events_ical(events, request))
    else:
        parts.extend(event_ical(event, request) for event in events)
    parts.append(end)
    return b"".join(parts)


__all__ = ["TZ", "calendar_for", "event_components", "uid"]

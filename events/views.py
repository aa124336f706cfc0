"""Agenda list, month view and archive; event pages per occurrence; iCal feeds."""

import calendar
import copy
import datetime
import hashlib
import itertools

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Count, F, Window
from django.db.models.functions import RowNumber
from django.http import HttpResponse, QueryDict
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from cms.i18n import current_language
from cms.navigation import cached
from events import ical
from events.forms import AgendaFilterForm
from events.models import EventOccurrence, EventPage
from events.schedule import TZ

PER_PAGE = 20
PER_DAY = 4
MAX_PAGE_DIGITS = 6


CHOICES_KEY = "events:filter-choices:{locale_id}"


def filter_choices(locale_id):
    """Municipalities, regions and programmes to filter by, cached until one of them changes
    (see events/signals.py)."""
    from programmes.models import Municipality, ProgrammePage, Region

    key = CHOICES_KEY.format(locale_id=locale_id)
    choices = cache.get(key)
    if choices is None:
        choices = {
            "municipalities": list(
                Municipality.objects.filter(locale_id=locale_id).order_by("name")
            ),
            "regions": list(Region.objects.filter(locale_id=locale_id).order_by("name")),
            "programmes": list(
                ProgrammePage.objects.live()
                .filter(locale_id=locale_id)
                .order_by("title")
                .only("id", "title", "translation_key")
            ),
        }
        cache.set(key, choices, 60 * 60)
    return choices


def _filter_form(request, page):
    return AgendaFilterForm(request.GET, **filter_choices(page.locale_id))


def _page_number(request):
    raw = request.GET.get("page", "1")
    if not raw.isdigit() or len(raw) > MAX_PAGE_DIGITS or int(raw) < 1:
        return None
    return int(raw)


def _group_by_day(occurrences):
    return [
        (day, list(items))
        for day, items in itertools.groupby(occurrences, key=lambda occurrence: occurrence.day)
    ]


def _feed_query(form):
    if not form.is_valid():
        return ""
    # Only the form's own filters, in a fixed order: stray parameters are left out.
    params = QueryDict(mutable=True)
    for key in form.fields:
        if key not in ("view", "month", "page", "from") and form.data.getlist(key):
            params.setlist(key, form.data.getlist(key))
    return params.urlencode()


def agenda(request, page):
    form = _filter_form(request, page)
    context = page.get_context(request)
    context["form"] = form
    status = 200
    messages = []
    today = timezone.localdate()
    view = "list"
    occurrences = EventOccurrence.objects.none()

    if not form.is_valid():
        status = 400
        messages = [error for errors in form.errors.values() for error in errors]
    else:
        view = form.cleaned_data["view"] or ("month" if form.cleaned_data["month"] else "list")
        base = form.apply(EventOccurrence.objects.under(page)).for_listing()
        if view == "month":
            month = form.cleaned_data["month"] or today.replace(day=1)
            context.update(_cached_month(request, page, base, month, today, form))
        else:
            number = _page_number(request)
            since = form.cleaned_data.get("from")
            now = timezone.now()
            if view == "past":
                counted = base.filter(end__lt=now)
                occurrences = base.past(now).order_by("-start", "event_id")
            elif since:
                moment = datetime.datetime.combine(since, datetime.time(), tzinfo=TZ)
                counted = base.filter(end__gt=moment)
                occurrences = base.visible().filter(end__gt=moment)
            else:
                counted = base.filter(end__gte=now)
                occurrences = base.upcoming(now)
            paginator = CountedPaginator(occurrences, PER_PAGE, counted=counted)
            if number is None or number > max(paginator.num_pages, 1):
                status = 404
                messages.append(_("There is no such page in the agenda."))
                page_obj = None
            else:
                page_obj = paginator.page(number)
            context["page_obj"] = page_obj
            context["days"] = _group_by_day(page_obj.object_list) if page_obj else []
            if page_obj is not None and not paginator.count:
                messages.append(
                    _("No activities match these filters.")
                    if form.active_filters
                    else _("There are no activities planned yet.")
                )
    query = _feed_query(form)
    context.update(
        view=view,
        messages=messages,
        has_filters=bool(form.is_valid() and form.active_filters),
        feed_url=page.url + page.reverse_subpage("feed") + (f"?{query}" if query else ""),
    )
    return TemplateResponse(request, page.get_template(request), context, status=status)


def _cached_month(request, page, base, month, today, form):
    """The month grid as HTML, kept in the cache with the navigation.

    Every publish, unpublish, move or deletion of a page (which is when occurrences change) and
    every refresh of the horizon drops it. The grid is drawn for the cleaned filters only, so
    stray parameters neither make new cache entries nor end up in its links; the key holds
    everything else the HTML depends on: the agenda, the month, today and the language.
    """
    filters = _feed_query(form)
    query = QueryDict(filters, mutable=True)
    query["view"] = "month"
    query["month"] = f"{month:%Y-%m}"
    clean_request = copy.copy(request)
    clean_request.GET = query

    def build():
        data = _month(base, month, today, page.url)
        grid = render_to_string("events/month_grid.html", data, request=clean_request)
        return {**data, "weeks": None, "month_grid": mark_safe(grid)}  # noqa: S308

    if getattr(request, "is_preview", False):
        return build()
    digest = hashlib.sha256(filters.encode()).hexdigest()[:16]
    key = f"{page.id}:{get_language()}:{month:%Y-%m}:{today}:{digest}"
    return cached("month-grid", key, build)


class CountedPaginator(Paginator):
    """Counts on the occurrence table alone.

    Only live events have occurrences (unpublishing clears them), so the count needs no join to
    the pages; the rows shown still check that their event is live.
    """

    def __init__(self, object_list, per_page, *, counted):
        super().__init__(object_list, per_page)
        self.counted = counted

    @cached_property
    def count(self):
        return self.counted.order_by().count()


def _month(base, month, today, agenda_url):
    """The month grid: at most PER_DAY occurrences per day, with the count of the rest.

    A window function ranks the occurrences of each (Amsterdam) day in the database, so a busy
    month costs two queries and a bounded amount of HTML however many events there are.
    """
    following = (month + datetime.timedelta(days=32)).replace(day=1)
    # Rank and count each day's occurrences on the occurrence table alone (its agenda and day
    # columns are indexed), then load the few that are shown with their events.
    in_month = base.order_by().filter(day__gte=month, day__lt=following)
    ranked = in_month.annotate(
        rank=Window(
            RowNumber(), partition_by=[F("day")], order_by=[F("start").asc(), F("id").asc()]
        ),
        total=Window(Count("id"), partition_by=[F("day")]),
    ).filter(rank__lte=PER_DAY)
    counts = {}
    shown_ids = []
    for pk, day, total in ranked.values_list("id", "day", "total"):
        counts[day] = total
        shown_ids.append(pk)
    by_day = {}
    # The grid shows a time, a title and a link: read those as columns rather than loading
    # every event page. Events are children of their agenda, so the link is the agenda's
    # address, the event's slug and the date.
    shown = (
        EventOccurrence.objects.visible()
        .filter(id__in=shown_ids)
        .annotate(event_title=F("event__title"), event_slug=F("event__slug"))
        .order_by("start", "event_id")
    )
    for occurrence in shown:
        occurrence.link = f"{agenda_url}{occurrence.event_slug}/?date={occurrence.original_date}"
        by_day.setdefault(occurrence.day, []).append(occurrence)
    weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(month.year, month.month)
    previous = (month - datetime.timedelta(days=1)).replace(day=1)
    return {
        "month": month,
        "weeks": [
            [
                {
                    "date": day,
                    "in_month": day.month == month.month,
                    "is_today": day == today,
                    "occurrences": by_day.get(day, []),
                    "more": max(0, counts.get(day, 0) - PER_DAY),
                }
                for day in week
            ]
            for week in weeks
        ],
        "previous_month": previous if previous.year >= 2000 else None,
        "next_month": following if following.year <= 2100 else None,
        "month_count": sum(counts.values()),
    }


def agenda_feed(request, page):
    form = _filter_form(request, page)
    if not form.is_valid():
        return HttpResponse(
            "; ".join(error for errors in form.errors.values() for error in errors),
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    events = form.apply_to_events(
        EventPage.objects.live().public().descendant_of(page).filter(locale_id=page.locale_id)
    )
    events = events.select_related("municipality", "locale").prefetch_related("exceptions")
    body = ical.calendar_for(events, request, f"{page.title}")
    return _calendar_response(body, "agenda.ics", inline=True)


def event(request, page, registration_form=None, registration_errors=(), status=200, date=None):
    """An event page, for its next date or the one in `?date=`.

    The registration form posts elsewhere (events/registration_views.py), which shows this page
    again with the form as it was sent when something needs correcting.
    """
    context = page.get_context(request)
    messages = []
    upcoming = list(EventOccurrence.objects.filter(event=page).upcoming().order_by("start")[:10])
    selected = None
    raw = date if date is not None else request.GET.get("date")
    if raw:
        try:
            wanted = datetime.date.fromisoformat(raw)
        except ValueError:
            wanted = None
            status = 400
            messages.append(_("Give the date as year-month-day, such as 2027-03-09."))
        if wanted is not None:
            selected = EventOccurrence.objects.filter(event=page, original_date=wanted).first()
            if selected is None:
                status = 404
                messages.append(_("This activity does not take place on that date."))
    if selected is None and upcoming:
        selected = next((o for o in upcoming if not o.is_cancelled), upcoming[0])
    registration = _registration(page, selected, registration_form, registration_errors)
    context.update(
        occurrence=selected,
        registration=registration,
        upcoming=upcoming,
        messages=messages,
        feed_url=page.url + page.reverse_subpage("feed"),
        contact_persons=[
            link.person
            for link in page.contact_persons.select_related(
                "person__organisation", "person__photo"
            )
        ],
        json_ld=_json_ld(request, page, selected, registration),
    )
    response = TemplateResponse(request, page.get_template(request), context, status=status)
    return response


def event_feed(request, page):
    page = EventPage.objects.select_related("municipality", "locale").get(pk=page.pk)
    body = ical.calendar_for([page], request, page.title)
    return _calendar_response(body, f"{page.slug}.ics", inline="download" not in request.GET)


def _calendar_response(body, filename, inline):
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    disposition = "inline" if inline else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    response["Cache-Control"] = "public, max-age=900"
    return response


def _registration(page, occurrence, form, errors):
    """What the registration part of the page shows for the selected date, if anything."""
    from django.urls import reverse

    from events import registrations
    from events.forms import RegistrationForm

    if not page.registration_enabled or occurrence is None:
        return None
    availability = registrations.availability(page, occurrence)
    date = occurrence.original_date.isoformat()
    if form is None:
        form = RegistrationForm(
            page=page, capacity=availability.capacity, initial={"date": occurrence.original_date}
        )
    elif form.data.get("date") != date:
        # A form sent for a date that is not there: shown again for the date on the page, with
        # what was typed (the date's own error is at the top of the page).
        data = form.data.copy()
        data["date"] = date
        form = RegistrationForm(data, page=page, capacity=availability.capacity)
        form.is_valid()
    return {
        "availability": availability,
        "form": form,
        "errors": list(errors),
        "action": reverse("events:register", args=[page.pk]),
        "consent": page.registration_consent
        or _(
            "We use your details only to organise this activity and to contact you about it. "
            "We remove them %(days)d days after the date."
        )
        % {"days": getattr(settings, "REGISTRATION_RETENTION_DAYS", 30)},
    }


def _json_ld(request, page, occurrence, registration=None):
    import json

    from events.models import AttendanceMode

    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "url": request.build_absolute_uri(page.url),
        "inLanguage": current_language(),
        "eventAttendanceMode": {
            AttendanceMode.ON_SITE: "https://schema.org/OfflineEventAttendanceMode",
            AttendanceMode.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
            AttendanceMode.HYBRID: "https://schema.org/MixedEventAttendanceMode",
        }[page.attendance_mode],
        "eventStatus": "https://schema.org/EventScheduled",
    }
    if page.intro:
        data["description"] = page.intro
    if occurrence is not None:
        data["startDate"] = timezone.localtime(occurrence.start, TZ).isoformat()
        data["endDate"] = timezone.localtime(occurrence.end, TZ).isoformat()
        if occurrence.all_day:
            data["startDate"] = timezone.localtime(occurrence.start, TZ).date().isoformat()
        if occurrence.is_cancelled:
            data["eventStatus"] = "https://schema.org/EventCancelled"
        elif occurrence.is_moved:
            data["eventStatus"] = "https://schema.org/EventRescheduled"
            from events.schedule import times_for

            previous, _end, _all_day = times_for(page, occurrence.original_date)
            data["previousStartDate"] = previous.isoformat()
    locations = []
    if page.has_place and (page.venue or page.address or page.municipality):
        place = {"@type": "Place", "name": (occurrence and occurrence.venue) or page.venue}
        address = {"@type": "PostalAddress", "addressCountry": "NL"}
        if page.address:
            address["streetAddress"] = page.address
        if page.municipality:
            address["addressLocality"] = page.municipality.name
        place["address"] = address
        locations.append(place)
    if page.is_online:
        locations.append({"@type": "VirtualLocation", "url": page.online_url or data["url"]})
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    offer = {
        "@type": "Offer",
        "url": page.registration_url or data["url"],
        "priceCurrency": "EUR",
        "availability": "https://schema.org/InStock",
    }
    if registration is not None:
        from events.registrations import State

        offer["url"] = data["url"]
        offer["availability"] = {
            State.OPEN: "https://schema.org/InStock",
            State.WAITING_LIST: "https://schema.org/SoldOut",
            State.FULL: "https://schema.org/SoldOut",
            State.NOT_YET_OPEN: "https://schema.org/PreOrder",
        }.get(registration["availability"].state, "https://schema.org/Discontinued")
    if page.is_free:
        offer["price"] = "0"
    else:
        digits = "".join(ch for ch in page.price.replace(",", ".") if ch.isdigit() or ch == ".")
        if digits.strip("."):
            offer["price"] = digits.strip(".")
        offer["description"] = page.price
    data["offers"] = offer
    data["isAccessibleForFree"] = page.is_free
    text = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
    return mark_safe(text)  # noqa: S308 - JSON with "<" escaped, for a script element

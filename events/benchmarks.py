"""Agenda benchmark: 1,000 recurring events of mixed rules, then server time of the month
view, the list view and the full iCal feed, and the time to rematerialise every occurrence."""

import datetime
import time

from django.db import transaction
from django.test import Client
from django.utils import timezone

import recurrence

from cms import demo
from cms.bench import benchmark, median, timed
from events import schedule
from events.models import AgendaPage, EventPage, EventType

RULES = [
    recurrence.Recurrence(rrules=[recurrence.Rule(recurrence.WEEKLY)]),
    recurrence.Recurrence(rrules=[recurrence.Rule(recurrence.WEEKLY, interval=2)]),
    recurrence.Recurrence(
        rrules=[recurrence.Rule(recurrence.MONTHLY, byday=[recurrence.Weekday(3, 2)])]
    ),
    recurrence.Recurrence(
        rrules=[
            recurrence.Rule(
                recurrence.WEEKLY, byday=[recurrence.Weekday(0), recurrence.Weekday(3)]
            )
        ],
        exdates=[
            datetime.datetime.combine(
                datetime.date.today() + datetime.timedelta(days=14), datetime.time()
            )
        ],
    ),
    recurrence.Recurrence(rrules=[recurrence.Rule(recurrence.DAILY, interval=3)]),
]
COUNT = 1000


@benchmark("agenda")
def agenda(context):
    demo.run()
    agenda_page = AgendaPage.objects.filter(locale__language_code="nl").first()
    types = [choice for choice, _label in EventType.choices]
    start = time.perf_counter()
    today = timezone.localdate()
    with transaction.atomic():
        for number in range(COUNT):
            event = EventPage(
                title=f"Activiteit {number}",
                slug=f"bench-{number}",
                start_date=today - datetime.timedelta(days=number % 60),
                start_time=datetime.time(9 + number % 12, 30),
                end_time=datetime.time(10 + number % 12, 45),
                recurrence=RULES[number % len(RULES)],
                event_type=types[number % len(types)],
            )
            agenda_page.add_child(instance=event)
            event.save_revision().publish()
    context.report("create and publish 1,000 recurring events", time.perf_counter() - start, "s")

    from events.models import EventOccurrence

    context.report("occurrences in the table", EventOccurrence.objects.count(), "rows")
    started = time.perf_counter()
    schedule.refresh_all()
    context.report("rematerialise every occurrence", time.perf_counter() - started, "s")

    client = Client(HTTP_HOST="localhost")
    month = today.strftime("%Y-%m")

    def get(path):
        response = client.get(path)
        if response.status_code != 200:
            raise RuntimeError(f"{path} answered {response.status_code}")

    url = agenda_page.url
    for label, path, target, repeat in (
        ("agenda month view median", f"{url}?view=month&month={month}", 50, 20),
        ("agenda list view median", url, None, 20),
        ("full iCal feed median", f"{url}ical/", 300, 5),
    ):
        durations = timed(lambda path=path: get(path), repeat=repeat, warmup=1)
        context.report(label, median(durations), "ms", target)

    # The month grid is cached until the next change; this is the first request after one.
    from cms import navigation

    def after_a_change():
        navigation.invalidate()
        get(f"{url}?view=month&month={month}")

    durations = timed(after_a_change, repeat=10, warmup=1)
    context.report("agenda month view, first request after a change", median(durations), "ms")

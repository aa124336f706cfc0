"""A weekly 19:30 group stays at 19:30 local time on both sides of both clock changes, in the
agenda HTML, in JSON-LD and in the iCal feed (expanded by recurring-ical-events)."""

import datetime
import json
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurrence
import recurring_ical_events
import time_machine

from events.models import EventOccurrence, ExceptionKind

AMS = ZoneInfo("Europe/Amsterdam")
# 2027: summer time starts Sunday 28 March, ends Sunday 31 October.
BEFORE_SPRING = datetime.date(2027, 3, 23)
AFTER_SPRING = datetime.date(2027, 3, 30)
BEFORE_AUTUMN = datetime.date(2027, 10, 26)
AFTER_AUTUMN = datetime.date(2027, 11, 2)


def agenda_times(client, html, month, agenda):
    page = html(client.get(f"{agenda.url}?view=month&month={month}"))
    return [node["datetime"] for node in page.select(".month__table li time")]


def feed_starts(client, url, start, end):
    calendar = icalendar.Calendar.from_ical(client.get(url).content)
    return {
        event.start.isoformat(): event
        for event in recurring_ical_events.of(calendar).between(start, end)
    }


@pytest.mark.django_db
@time_machine.travel(datetime.datetime(2027, 3, 1, 12, tzinfo=AMS), tick=False)
def test_weekly_evening_keeps_its_wall_clock_time_across_both_dst_changes(
    agenda, make_event, client, html
):
    event = make_event(start=datetime.date(2027, 3, 2))  # Tuesdays 19:30-21:00
    march = agenda_times(client, html, "2027-03", agenda)
    assert "2027-03-23T19:30:00+01:00" in march
    assert "2027-03-30T19:30:00+02:00" in march
    november = agenda_times(client, html, "2027-11", agenda)
    assert "2027-11-02T19:30:00+01:00" in november
    october = agenda_times(client, html, "2027-10", agenda)
    assert "2027-10-26T19:30:00+02:00" in october

    starts = feed_starts(client, f"{agenda.url}ical/", (2027, 3, 1), (2027, 11, 30))
    for day, offset in [
        (BEFORE_SPRING, "+01:00"),
        (AFTER_SPRING, "+02:00"),
        (BEFORE_AUTUMN, "+02:00"),
        (AFTER_AUTUMN, "+01:00"),
    ]:
        key = f"{day.isoformat()}T19:30:00{offset}"
        assert key in starts, key
        assert starts[key].start.astimezone(AMS).hour == 19

    for day, offset in [(AFTER_SPRING, "+02:00"), (AFTER_AUTUMN, "+01:00")]:
        page = html(client.get(f"{event.url}?date={day.isoformat()}"))
        data = json.loads(page.select_one('script[type="application/ld+json"]').string)
        assert data["startDate"] == f"{day.isoformat()}T19:30:00{offset}"
        assert data["endDate"] == f"{day.isoformat()}T21:00:00{offset}"
        assert page.select_one(".facts time")["datetime"] == data["startDate"]


@pytest.mark.django_db
@time_machine.travel(datetime.datetime(2027, 3, 1, 12, tzinfo=AMS), tick=False)
def test_exclusions_extra_dates_and_changes_show_in_agenda_json_ld_and_ical(
    agenda, make_event, client, html
):
    rule = recurrence.Recurrence(
        rrules=[recurrence.Rule(recurrence.WEEKLY)],
        exdates=[datetime.datetime(2027, 3, 16)],
        rdates=[datetime.datetime(2027, 3, 19)],
    )
    event = make_event(
        start=datetime.date(2027, 3, 2),
        recurrence=rule,
        exceptions=[
            {"date": datetime.date(2027, 3, 9), "kind": ExceptionKind.CANCEL, "text": "Ziek"},
            {
                "date": datetime.date(2027, 3, 23),
                "kind": ExceptionKind.MOVE,
                "new_date": datetime.date(2027, 3, 24),
                "new_start_time": datetime.time(19, 0),
                "new_end_time": datetime.time(20, 30),
                "text": "Een dag later",
            },
            {
                "date": datetime.date(2027, 3, 30),
                "kind": ExceptionKind.NOTE,
                "text": "Gastspreker",
            },
        ],
    )
    rows = {row.original_date: row for row in EventOccurrence.objects.filter(event=event)}
    assert datetime.date(2027, 3, 16) not in rows  # excluded
    assert rows[datetime.date(2027, 3, 19)].start.astimezone(AMS).hour == 19  # extra date
    assert rows[datetime.date(2027, 3, 9)].status == "cancelled"
    moved = rows[datetime.date(2027, 3, 23)]
    assert moved.status == "moved"
    assert moved.start.isoformat() == "2027-03-24T18:00:00+00:00"

    # Agenda list: cancelled stays listed and marked, the moved one sits on its new day.
    page = html(client.get(agenda.url))
    text = page.text()
    assert "Ziek" in text and "Een dag later" in text and "Gastspreker" in text
    times = [node["datetime"] for node in page.select(".occurrence__when time")]
    assert "2027-03-09T19:30:00+01:00" in times
    assert "2027-03-16T19:30:00+01:00" not in times
    assert "2027-03-19T19:30:00+01:00" in times
    assert "2027-03-24T19:00:00+01:00" in times
    assert "2027-03-23T19:30:00+01:00" not in times
    cancelled = page.select(".occurrence--cancelled")
    assert len(cancelled) == 1 and "Vervalt" in cancelled[0].get_text()

    # JSON-LD per occurrence.
    def json_ld(day):
        node = html(client.get(f"{event.url}?date={day}")).select_one(
            'script[type="application/ld+json"]'
        )
        return json.loads(node.string)

    assert json_ld("2027-03-09")["eventStatus"] == "https://schema.org/EventCancelled"
    rescheduled = json_ld("2027-03-23")
    assert rescheduled["eventStatus"] == "https://schema.org/EventRescheduled"
    assert rescheduled["startDate"] == "2027-03-24T19:00:00+01:00"
    assert rescheduled["previousStartDate"] == "2027-03-23T19:30:00+01:00"
    assert json_ld("2027-03-30")["eventStatus"] == "https://schema.org/EventScheduled"

    # iCal, expanded.
    feed = client.get(f"{event.url}ical/")
    assert feed["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(feed.content)
    series = [c for c in calendar.walk("VEVENT") if "RRULE" in c]
    assert len(series) == 1
    assert series[0]["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    assert calendar.walk("VTIMEZONE")
    expanded = recurring_ical_events.of(calendar).between((2027, 3, 1), (2027, 4, 1))
    by_start = {e.start.isoformat(): e for e in expanded}
    assert "2027-03-16T19:30:00+01:00" not in by_start
    assert "2027-03-19T19:30:00+01:00" in by_start
    assert str(by_start["2027-03-09T19:30:00+01:00"].get("STATUS")) == "CANCELLED"
    assert "2027-03-24T19:00:00+01:00" in by_start
    assert "2027-03-23T19:30:00+01:00" not in by_start
    assert str(by_start["2027-03-30T19:30:00+02:00"]["DESCRIPTION"]) == "Gastspreker"
    uids = {str(e["UID"]) for e in expanded}
    assert len(uids) == 1


@pytest.mark.django_db
@time_machine.travel(datetime.datetime(2027, 2, 10, 12, tzinfo=AMS), tick=False)
def test_agenda_feed_over_90_days_matches_what_the_agenda_lists(agenda, make_event, client, html):
    make_event("Wekelijks", start=datetime.date(2027, 1, 5))
    make_event(
        "Tweede donderdag",
        start=datetime.date(2027, 1, 14),
        recurrence=recurrence.Recurrence(
            rrules=[recurrence.Rule(recurrence.MONTHLY, byday=[recurrence.Weekday(3, 2)])]
        ),
        start_time=datetime.time(20, 0),
        end_time=datetime.time(21, 30),
    )
    make_event(
        "Om de week",
        start=datetime.date(2027, 2, 1),
        recurrence=recurrence.Recurrence(
            rrules=[
                recurrence.Rule(
                    recurrence.WEEKLY, interval=2, until=datetime.datetime(2027, 4, 26)
                )
            ]
        ),
        start_time=datetime.time(10, 0),
        end_time=datetime.time(12, 0),
    )
    make_event("Eenmalig", rule=None, start=datetime.date(2027, 4, 3))
    start = datetime.datetime(2027, 2, 10, 12, tzinfo=AMS)
    end = start + datetime.timedelta(days=90)
    from_feed = sorted(
        (str(e["SUMMARY"]), e.start.isoformat())
        for e in recurring_ical_events.of(
            icalendar.Calendar.from_ical(client.get(f"{agenda.url}ical/").content)
        ).between(start, end)
    )
    listed = []
    number = 1
    while True:
        page = html(client.get(f"{agenda.url}?page={number}"))
        for item in page.select(".occurrence"):
            moment = item.select_one(".occurrence__when time")["datetime"]
            if datetime.datetime.fromisoformat(moment) < end:
                listed.append((item.select_one(".occurrence__title").get_text(strip=True), moment))
        if not page.select_one('a[rel="next"]'):
            break
        number += 1
    assert sorted(listed) == from_feed
    assert len(from_feed) > 20
    # The every-other-week series ends on 26 April (its UNTIL) in both.
    assert max(m for t, m in from_feed if t == "Om de week").startswith("2027-04-26")

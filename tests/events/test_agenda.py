import datetime
from zoneinfo import ZoneInfo

import pytest
import recurrence
import time_machine

from events.models import EventOccurrence, EventPage

AMS = ZoneInfo("Europe/Amsterdam")
NOW = datetime.datetime(2027, 3, 1, 12, tzinfo=AMS)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def frozen_time():
    with time_machine.travel(NOW, tick=False):
        yield


def many(make_event, count, first=0):
    for number in range(first, first + count):
        make_event(f"Groep {number}", start=datetime.date(2027, 3, 1 + number % 7))


@pytest.mark.parametrize("view", ["", "?view=month&month=2027-03", "?view=past"])
def test_agenda_views_need_the_same_queries_for_few_and_many_events(
    agenda, make_event, client, django_assert_max_num_queries, view
):
    many(make_event, 3)
    client.get(agenda.url + view)
    with django_assert_max_num_queries(12) as few:
        assert client.get(agenda.url + view).status_code == 200
    many(make_event, 40, first=3)
    client.get(agenda.url + view)
    with django_assert_max_num_queries(12) as lots:
        assert client.get(agenda.url + view).status_code == 200
    assert len(lots.captured_queries) == len(few.captured_queries)


def test_event_page_query_count(make_event, client, django_assert_max_num_queries):
    event = make_event()
    client.get(event.url)  # creates the site settings, which starts the caches afresh
    client.get(event.url)
    # The page frame costs 6 (site, locale, home page, the lookup by path, the event's row,
    # view restrictions); the event adds its occurrences, contact persons, and the JSON-LD's
    # place.
    with django_assert_max_num_queries(12):
        assert client.get(event.url).status_code == 200


def test_month_view_shows_at_most_four_a_day_and_counts_the_rest(agenda, make_event, client, html):
    for number in range(6):
        make_event(f"Druk {number}", start=datetime.date(2027, 3, 2))
    page = html(client.get(f"{agenda.url}?view=month&month=2027-03"))
    cell = page.select_one('td:has(time[datetime="2027-03-02"])')
    assert len(cell.select("li")) == 4
    more = cell.select_one(".month__more")
    assert more.get_text(" ", strip=True).startswith("nog 2")
    listed = html(client.get(agenda.url + more["href"]))
    assert listed.select(".occurrence__when time")[0]["datetime"].startswith("2027-03-02T19:30")
    today = page.select_one('td[aria-current="date"] time')
    assert today["datetime"] == "2027-03-01"
    assert page.select_one("table caption")


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("?view=month&month=2027-13", 400),
        ("?view=month&month=abc", 400),
        ("?view=month&month=99999-01", 400),
        ("?municipality=bestaat-niet", 400),
        ("?type=<script>", 400),
        ("?page=99999", 404),
        ("?page=-1", 404),
        ("?page=" + "9" * 40, 404),
        ("?from=2027-02-30", 400),
        ("?view=bogus", 400),
    ],
)
def test_bad_input_gets_a_message_not_an_error(agenda, make_event, client, html, query, status):
    make_event()
    response = client.get(agenda.url + query)
    assert response.status_code == status
    assert html(response).select_one(".notice")
    feed = client.get(f"{agenda.url}ical/{query}")
    assert feed.status_code in (200, 400)


def test_event_page_with_a_bad_or_missing_date(make_event, client, html):
    event = make_event()
    assert client.get(f"{event.url}?date=2027-02-31").status_code == 400
    missing = client.get(f"{event.url}?date=2027-03-03")  # a Wednesday; the group meets Tuesdays
    assert missing.status_code == 404
    assert "niet plaats" in html(missing).text()


def test_filters_narrow_the_list_and_the_feed(agenda, make_event, client, html):
    make_event("Online groep", attendance_mode="online", online_url="https://example.org/x")
    make_event("Betaalde training", is_free=False, price="€ 10", event_type="training")
    titles = lambda url: {  # noqa: E731
        node.get_text(strip=True) for node in html(client.get(url)).select(".occurrence__title")
    }
    assert titles(f"{agenda.url}?online=on") == {"Online groep"}
    assert titles(f"{agenda.url}?free=on") == {"Online groep"}
    assert titles(f"{agenda.url}?type=training") == {"Betaalde training"}
    page = html(client.get(f"{agenda.url}?type=training"))
    feed = page.select_one('link[rel="alternate"][type="text/calendar"]')["href"]
    assert "type=training" in feed
    assert b"Online groep" not in client.get(feed).content


def test_unpublish_and_rematerialise_keep_the_table_in_step(make_event):
    event = make_event()
    ids = set(EventOccurrence.objects.filter(event=event).values_list("pk", flat=True))
    assert ids
    event = EventPage.objects.get(pk=event.pk)
    event.end_time = datetime.time(21, 30)
    event.save_revision().publish()
    # Rows keep their identity when the event changes.
    assert set(EventOccurrence.objects.filter(event=event).values_list("pk", flat=True)) == ids
    event.unpublish()
    assert not EventOccurrence.objects.filter(event=event).exists()


def test_rule_without_end_stops_at_the_horizon(make_event):
    from events.schedule import HORIZON_DAYS

    event = make_event()
    last = EventOccurrence.objects.filter(event=event).order_by("-start").first()
    assert last.original_date <= NOW.date() + datetime.timedelta(days=HORIZON_DAYS)
    assert last.original_date > NOW.date() + datetime.timedelta(days=HORIZON_DAYS - 8)


def test_search_hooks_give_next_occurrence_and_inactive_events(make_event):
    active = make_event()
    over = make_event("Voorbij", rule=None, start=datetime.date(2027, 2, 1))
    assert over.pk in EventPage.search_inactive_ids()
    assert active.pk not in EventPage.search_inactive_ids()
    details = EventPage.search_details([active, over])
    assert details[active.pk]["next_occurrence"].astimezone(AMS).isoformat() == (
        "2027-03-02T19:30:00+01:00"
    )
    assert details[over.pk]["next_occurrence"] is None


def test_home_page_shows_coming_activities(demo, client, html):
    page = html(client.get("/nl/"))
    section = page.select_one(".upcoming-activities")
    assert section is not None
    assert section.select(".occurrence time[datetime]")


def _quick_events(agenda, count, first=0):
    """Live recurring events without revisions, their occurrences materialised (fast)."""
    from events import schedule

    rules = [
        recurrence.Recurrence(rrules=[recurrence.Rule(recurrence.WEEKLY)]),
        recurrence.Recurrence(rrules=[recurrence.Rule(recurrence.WEEKLY, interval=2)]),
        recurrence.Recurrence(
            rrules=[recurrence.Rule(recurrence.MONTHLY, byday=[recurrence.Weekday(3, 2)])]
        ),
    ]
    today = datetime.date.today()
    for number in range(first, first + count):
        page = EventPage(
            title=f"Activiteit {number}",
            slug=f"activiteit-{number}",
            start_date=today - datetime.timedelta(days=number % 28),
            start_time=datetime.time(9 + number % 12, 30),
            end_time=datetime.time(10 + number % 12, 45),
            recurrence=rules[number % len(rules)],
            live=True,
        )
        agenda.add_child(instance=page)
        schedule.materialise(page)
    # Publishing would drop the cached month grids; these events were not published.
    from cms import navigation

    navigation.invalidate()


def test_agenda_views_need_the_same_queries_for_10_and_1000_recurring_events(agenda, client, html):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    month = datetime.date.today().strftime("%Y-%m")
    views = ["", f"?view=month&month={month}", "?view=past"]

    def counts():
        result = []
        for view in views:
            client.get(agenda.url + view)
            with CaptureQueriesContext(connection) as queries:
                response = client.get(agenda.url + view)
            assert response.status_code == 200
            result.append(len(queries))
        return result

    client.get(agenda.url)  # creates the site settings, which starts the caches afresh
    _quick_events(agenda, 10)
    few = counts()
    _quick_events(agenda, 990, first=10)
    lots = counts()
    assert few == lots
    assert max(lots) <= 12
    month_view = html(client.get(f"{agenda.url}?view=month&month={month}"))
    # Every day of a busy month shows at most four and counts the rest.
    assert max(len(cell.select("li")) for cell in month_view.select(".month__table td")) == 4
    assert len(month_view.select(".month__more")) >= 20


def test_moving_an_event_to_another_agenda_moves_its_occurrences(
    agenda, make_event, site_tree, client, html
):
    from events.models import AgendaPage
    from tests.factories.pages import add_page

    other = add_page(site_tree["nl"], AgendaPage, title="Tweede agenda", slug="tweede-agenda")
    event = make_event("Verhuisde groep", start=datetime.date.today())
    assert EventOccurrence.objects.filter(event=event, agenda_id=agenda.id).exists()
    event.move(other, pos="last-child")
    assert not EventOccurrence.objects.filter(event=event).exclude(agenda_id=other.id).exists()
    listed = html(client.get(other.url)).select(".occurrence__title")
    assert "Verhuisde groep" in [node.get_text(strip=True) for node in listed]
    assert "Verhuisde groep" not in client.get(agenda.url).content.decode()


def test_month_grid_is_drawn_for_the_filters_only(agenda, make_event, client, html):
    for number in range(6):
        make_event(f"Druk {number}", start=datetime.date(2027, 3, 2))
    url = f"{agenda.url}?view=month&month=2027-03"
    first = html(client.get(url + "&utm_source=nieuwsbrief&type=training"))
    second = html(client.get(url + "&type=training&tracker=abc"))
    for page in (first, second):
        links = [a["href"] for a in page.select(".month__table a")]
        assert not any("utm_source" in link or "tracker" in link for link in links)
    more = html(client.get(url)).select_one(".month__more")["href"]
    assert "from=2027-03-02" in more and "view=list" in more

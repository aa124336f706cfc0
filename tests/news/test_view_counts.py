import datetime as dt
import os
from concurrent.futures import ThreadPoolExecutor
from threading import Barrier

from django.db import connection
from django.test import Client

import pytest
import time_machine

from news.models import DailySalt, PageViewCount, PageVisit
from tests.news.conftest import BROWSER, make_news, when

AMSTERDAM_NOON = dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.UTC)


def count_url(page):
    return page.url + "view/"


def visit(client, page, address="203.0.113.5", agent=BROWSER):
    return client.get(count_url(page), REMOTE_ADDR=address, HTTP_USER_AGENT=agent)


def views(page):
    row = PageViewCount.objects.filter(page_id=page.pk).first()
    return row.count if row else 0


@pytest.fixture
def item(news_tree):
    return make_news(news_tree["nl"], "Bericht", when(2024, 2, 26), show_view_count=True)


@pytest.mark.django_db
def test_page_asks_to_be_counted_without_setting_a_cookie(client, html, item):
    response = client.get(item.url, HTTP_USER_AGENT=BROWSER)
    page = html(response)
    assert "Set-Cookie" not in response
    assert page.select_one("[data-count-view]")["data-count-view"] == count_url(item)
    assert page.select_one('script[src$="js/news.js"]') is not None
    assert views(item) == 0  # rendering the page counts nothing: the script does


@pytest.mark.django_db
def test_one_view_per_visitor_per_day(client, item):
    with time_machine.travel(AMSTERDAM_NOON):
        for _ in range(3):
            response = visit(client, item)
            assert response.status_code == 204
            assert "Set-Cookie" not in response
            assert response["Cache-Control"] == "no-store"
        assert views(item) == 1
        visit(client, item, address="198.51.100.7")
        visit(client, item, agent=BROWSER + " other")
        assert views(item) == 3
        salt = DailySalt.objects.get().salt
    with time_machine.travel(AMSTERDAM_NOON + dt.timedelta(days=1)):
        visit(client, item)
        assert views(item) == 4
        # Yesterday's salt and visits are gone: nothing links today's hashes to yesterday's.
        assert DailySalt.objects.count() == 1
        assert DailySalt.objects.get().salt != salt
        assert PageVisit.objects.filter(day__lt=dt.date(2026, 3, 11)).count() == 0


@pytest.mark.django_db
def test_nothing_personal_is_stored(client, item):
    visit(client, item, address="203.0.113.99")
    (row,) = PageVisit.objects.values()
    assert set(row) == {"id", "day", "digest"}
    assert "203.0.113.99" not in row["digest"]
    assert len(row["digest"]) == 64


@pytest.mark.django_db
@pytest.mark.parametrize(
    "agent",
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "facebookexternalhit/1.1",
        "curl/8.5.0",
        "",
        "Mozilla/5.0 HeadlessChrome/120.0",
    ],
)
def test_bots_are_not_counted(client, item, agent):
    assert visit(client, item, agent=agent).status_code == 204
    assert views(item) == 0


@pytest.mark.django_db
def test_editors_and_previews_are_not_counted(client, html, item, django_user_model):
    editor = django_user_model.objects.create_superuser("redacteur", "r@example.org", "x")
    client.force_login(editor)
    page = html(client.get(item.url, HTTP_USER_AGENT=BROWSER))
    assert page.select_one("[data-count-view]") is None
    visit(client, item)
    assert views(item) == 0
    preview = client.get(f"/admin/pages/{item.pk}/view_draft/", HTTP_USER_AGENT=BROWSER)
    assert preview.status_code == 200
    assert b"data-count-view" not in preview.content


@pytest.mark.django_db
def test_only_get_is_allowed(client, item):
    assert client.post(count_url(item), HTTP_USER_AGENT=BROWSER).status_code == 405
    assert views(item) == 0


@pytest.mark.django_db
def test_editors_choose_whether_the_count_shows(client, html, item):
    visit(client, item)
    visit(client, item, address="198.51.100.7")
    page = html(client.get(item.url, HTTP_USER_AGENT=BROWSER))
    assert page.text(".news-meta__views") == "2 keer bekeken"
    item.show_view_count = False
    item.save_revision().publish()
    page = html(client.get(item.url, HTTP_USER_AGENT=BROWSER))
    assert page.select_one(".news-meta__views") is None


@pytest.mark.django_db
def test_publishing_keeps_the_count(client, item):
    visit(client, item)
    item.title = "Nieuwe titel"
    item.save_revision().publish()
    assert views(item) == 1


@pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="needs PostgreSQL (set DATABASE_URL)",
)
def test_concurrent_views_are_all_counted_on_postgresql(on_postgres, demo, django_db_blocker):
    """100 visitors at once, 20 threads with their own connections: every view is counted.

    Threads only see committed data, so this runs outside a test transaction on a page of the
    session's (committed) demo content, and removes its counts afterwards.
    """
    from news.models import NewsPage

    with django_db_blocker.unblock():
        item = NewsPage.objects.live().get(slug="naastengroep-soest")
        PageViewCount.objects.filter(page_id=item.pk).delete()
        PageVisit.objects.all().delete()
        visitors = 100
        barrier = Barrier(20)

        def one_visit(number):
            try:
                if number < 20:
                    barrier.wait(timeout=10)
                address = f"10.0.{number // 250}.{number % 250}"
                return visit(Client(), item, address=address).status_code
            finally:
                connection.close()

        try:
            with ThreadPoolExecutor(max_workers=20) as pool:
                statuses = list(pool.map(one_visit, range(visitors)))
            assert statuses == [204] * visitors
            assert views(item) == visitors
            # The same visitors again on the same day add nothing.
            with ThreadPoolExecutor(max_workers=20) as pool:
                list(pool.map(one_visit, range(20, visitors)))
            assert views(item) == visitors
        finally:
            PageViewCount.objects.filter(page_id=item.pk).delete()
            PageVisit.objects.all().delete()

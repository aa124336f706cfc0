"""The results page and the suggestions endpoint, on SQLite and PostgreSQL alike."""

import json

import pytest

from tests.search.conftest import results, search_url

pytestmark = pytest.mark.django_db

ODD_QUERIES = [
    "",
    "   ",
    "x" * 2000,
    '"herstel',
    "'; DROP TABLE wagtailcore_page; --",
    "(herstel) [groep] {x}",
    "herstel & | ! <-> :* \\",
    ".*+?^$|()[]{}",
    "% _ %% %s %(x)s",
    "NEAR(a b) AND OR NOT *",
    "🙂 herstel 🌱",
    "herstel\x00groep",
    "\x00",
    "-",
    "'",
]


@pytest.mark.parametrize("query", ODD_QUERIES)
def test_odd_queries_get_a_page(query, add, client, html):
    add("nl", "Herstelgroep", "Een groep.")
    response = client.get(search_url("nl"), {"q": query})
    assert response.status_code == 200
    page = html(response)
    field = page.select_one("#search-page-q")
    assert len(field["value"]) <= 200
    assert "\x00" not in field["value"]


def test_long_query_is_capped_with_a_message(site_tree, client, html):
    page = html(client.get(search_url("en"), {"q": "walk " * 400}))
    assert "shortened to 200 characters" in page.text()
    assert len(page.select_one("#search-page-q")["value"]) <= 200


@pytest.mark.parametrize("number", ["0", "-1", "abc", "99999", "1e3", ""])
def test_page_out_of_range_gives_a_message(number, add, client, html):
    add("en", "Xylophone club", "We play the xylophone.")
    response = client.get(search_url("en"), {"q": "xylophone", "page": number})
    assert response.status_code == 200
    page = html(response)
    assert "That results page does not exist" in page.text()
    assert results(page) == ["Xylophone club"]


def test_unknown_type_shows_all_with_a_message(add, client, html):
    add("en", "Xylophone club", "We play the xylophone.")
    page = html(client.get(search_url("en"), {"q": "xylophone", "type": "nonsense<script>"}))
    assert "There is no such type of result" in page.text()
    assert results(page) == ["Xylophone club"]


def test_only_the_visitors_language(add, client, html):
    add("nl", "Xylofoongroep Zwartewaal", "Samen wandelen.")
    add("en", "Xylophone group Zwartewaal", "Walking together.")
    assert results(html(client.get(search_url("en"), {"q": "Zwartewaal"}))) == [
        "Xylophone group Zwartewaal"
    ]
    assert results(html(client.get(search_url("nl"), {"q": "Zwartewaal"}))) == [
        "Xylofoongroep Zwartewaal"
    ]


def test_pagination_and_facet_counts(add, client, html):
    for number in range(13):
        add("en", f"Quiznight {number:02}", "A quiznight.")
    first = html(client.get(search_url("en"), {"q": "quiznight"}))
    assert len(results(first)) == 10
    assert "13 results" in first.text()
    second = html(client.get(search_url("en"), {"q": "quiznight", "page": "2"}))
    assert len(results(second)) == 3
    assert not set(results(first)) & set(results(second))
    facets = [" ".join(a.get_text(" ").split()) for a in first.select(".search-facets a")]
    assert facets == ["All (13)", "Pages (13)"]
    assert first.select_one(".search-results")["start"] == "1"
    assert second.select_one(".search-results")["start"] == "11"


def test_empty_state_helps(add, client, html):
    from events.models import AgendaPage

    add("en", "Agenda of tests", model=AgendaPage, slug="agenda-of-tests")
    page = html(client.get(search_url("en"), {"q": "zzqx xylophone"}))
    empty = page.select_one(".search-empty")
    assert "Nothing was found" in empty.get_text()
    assert [a.get_text() for a in empty.select('a[href*="q="]')] == ["zzqx", "xylophone"]
    links = empty.select('a[href$="/agenda-of-tests/"]')
    assert [a.get_text() for a in links] == ["Agenda of tests"]


def test_query_hits_are_recorded_without_personal_data(add, client):
    from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

    add("en", "Xylophone club", "We play the xylophone.")
    client.get(search_url("en"), {"q": "Xylophone  Club"})
    client.get(search_url("en"), {"q": "xylophone club"})
    client.get(search_url("en"), {"q": "xylophone club", "page": "2"})  # not counted again
    query = Query.objects.get(query_string="xylophone club")
    assert query.hits == 2
    assert [field.name for field in QueryDailyHits._meta.concrete_fields] == [
        "id",
        "query",
        "date",
        "hits",
    ]
    assert not client.cookies


def test_results_page_query_count_is_fixed(add, client, django_assert_max_num_queries):
    def count(n):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        client.get(search_url("nl"), {"q": "kwartetavond"})  # warm caches
        with CaptureQueriesContext(connection) as context:
            response = client.get(search_url("nl"), {"q": "kwartetavond"})
        assert response.status_code == 200
        return len(context.captured_queries)

    for number in range(5):
        add("nl", f"Kwartetavond {number}", "Een kwartetavond.")
    few = count(5)
    for number in range(5, 50):
        add("nl", f"Kwartetavond {number}", "Een kwartetavond.")
    many = count(50)
    assert few == many
    with django_assert_max_num_queries(15):
        client.get(search_url("nl"), {"q": "kwartetavond"})
    # A query never seen before (its hit is recorded) with the empty state.
    with django_assert_max_num_queries(15):
        response = client.get(search_url("nl"), {"q": "zzqqxx nergens"})
    assert b"search-empty" in response.content


def test_suggestions_endpoint(add, client):
    add("nl", "Xylofoonschool Utrecht", "")
    add("nl", "Xylofoongroep", "", publish=False, live=False)
    add("en", "Xylophone academy", "")
    response = client.get("/nl/zoeken/suggesties/", {"q": "xylof"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = json.loads(response.content)
    assert [item["title"] for item in data["results"]] == ["Xylofoonschool Utrecht"]
    assert data["results"][0]["url"].startswith("/nl/")
    english = json.loads(client.get("/en/search/suggestions/", {"q": "xylop"}).content)
    assert [item["title"] for item in english["results"]] == ["Xylophone academy"]


@pytest.mark.parametrize("query", ["", "a", "x" * 500, "\x00", "'\"()[]", "🙂"])
def test_suggestions_endpoint_is_robust(query, site_tree, client):
    response = client.get("/en/search/suggestions/", {"q": query})
    assert response.status_code == 200
    assert isinstance(json.loads(response.content)["results"], list)


def test_capped_hits_say_so(add, client, html, monkeypatch):
    from search import engine

    monkeypatch.setattr(engine, "MAX_HITS", 3)
    for number in range(4):
        add("en", f"Quizzer {number}", "A quizzer.")
    page = html(client.get(search_url("en"), {"q": "quizzer"}))
    assert "Only the best 3 matches are counted" in page.text()
    assert len(results(page)) == 3

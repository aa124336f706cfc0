from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
from wagtail_localize.fields import SynchronizedField, TranslatableField, get_translatable_fields

from news.models import NewsPage
from tests.helpers import ISO_WITH_OFFSET
from tests.news.conftest import BROWSER, make_many, make_news, when

pytestmark = pytest.mark.django_db

# The news index's own queries: categories, count, items, their categories, card renditions.
# The rest (site, locale, routing, navigation, language versions, settings) is the page frame.
INDEX_MAX_QUERIES = 12
NEWS_PAGE_MAX_QUERIES = 12


def get(client, url, **extra):
    return client.get(url, HTTP_USER_AGENT=BROWSER, **extra)


def titles(page):
    return [a.get_text(strip=True) for a in page.select(".news-list .card__title a")]


def test_index_lists_news_newest_first_with_iso_dates(client, html, news_tree):
    index = news_tree["nl"]
    make_news(index, "Oud bericht", when(2017, 9, 13), [news_tree["nieuws"]])
    make_news(index, "Nieuw bericht", when(2024, 2, 26), [news_tree["verslag"]])
    make_news(index, "Concept", when(2025, 1, 1), publish=False)
    page = html(get(client, "/nl/nieuws/"))
    assert page.status_code == 200
    assert titles(page) == ["Nieuw bericht", "Oud bericht"]
    times = [t["datetime"] for t in page.select(".news-list time")]
    assert times == ["2024-02-26T10:00:00+01:00", "2017-09-13T10:00:00+02:00"]
    assert all(ISO_WITH_OFFSET.match(value) for value in times)
    assert "Verslag" in page.text(".news-list")


def test_publication_date_defaults_to_first_publication(news_tree):
    page = make_news(news_tree["nl"], "Zonder datum")
    assert page.date_published is None
    assert page.published == page.first_published_at
    annotated = NewsPage.objects.newest_first().get(pk=page.pk)
    assert annotated.published_on == page.first_published_at


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?category=verslag", ["Verslag 2024"]),
        ("?category=nieuws", ["Nieuws 2023", "Nieuws 2017"]),
        ("?year=2017", ["Nieuws 2017"]),
        ("?year=2023&category=nieuws", ["Nieuws 2023"]),
        ("?tag=eemland", ["Verslag 2024", "Nieuws 2017"]),
        ("?tag=bestaat-niet", []),
        ("?year=1990", []),
    ],
)
def test_index_filters(client, html, news_tree, query, expected):
    index = news_tree["nl"]
    make_news(index, "Nieuws 2017", when(2017, 9, 13), [news_tree["nieuws"]], ["eemland"])
    make_news(index, "Nieuws 2023", when(2023, 6, 1), [news_tree["nieuws"]], ["utrecht"])
    make_news(index, "Verslag 2024", when(2024, 2, 24), [news_tree["verslag"]], ["eemland"])
    page = html(get(client, "/nl/nieuws/" + query))
    assert page.status_code == 200
    assert titles(page) == expected
    if not expected:
        assert page.select_one(".news-empty") is not None


def test_english_index_filters_by_the_shared_category_slug(client, html, news_tree):
    from cms.localization import translate

    item = make_news(news_tree["nl"], "Verslag", when(2024, 2, 24), [news_tree["verslag"]])
    translate(
        item,
        {"Verslag": "Report", "verslag": "report", "Lead van Verslag.": "Lead of the report."},
    )
    page = html(get(client, "/en/news/?category=verslag"))
    assert titles(page) == ["Report"]
    # The category is shown in English although the translation keeps the Dutch choice.
    assert "Report" in page.text(".news-card__category")
    assert [o.get_text() for o in page.select("#news-category option")][1:] == ["Report"]


@pytest.mark.parametrize(
    ("query", "status", "message"),
    [
        ("?category=onbekend", 200, "onbekend"),
        ("?category=%3Cscript%3E", 200, "<script>"),
        ("?year=abcd", 400, "abcd"),
        ("?year=99999999999999999999", 400, "9999999999"),
    ],
)
def test_unknown_filters_give_a_message_and_an_empty_list(
    client, html, news_tree, query, status, message
):
    make_news(news_tree["nl"], "Bericht", when(2024, 1, 1), [news_tree["nieuws"]])
    response = get(client, "/nl/nieuws/" + query)
    page = html(response)
    assert response.status_code == status
    assert titles(page) == []
    notice = page.text(".notice")
    assert message in notice
    assert page.select_one('meta[name="robots"][content="noindex"]') is not None


@pytest.mark.parametrize("number", ["0", "-1", "abc", "999999", "1" * 50])
def test_odd_page_numbers_never_fail(client, html, news_tree, number):
    make_many(news_tree["nl"], 12)
    page = html(get(client, f"/nl/nieuws/?page={number}"))
    assert page.status_code == 200
    assert len(titles(page)) in (2, 10)


def test_pagination_links_keep_the_filters(client, html, news_tree):
    make_many(news_tree["nl"], 12, [news_tree["nieuws"]])
    page = html(get(client, "/nl/nieuws/?category=nieuws"))
    assert len(titles(page)) == 10
    link = page.select_one('.pagination a[rel="next"]')["href"]
    assert "category=nieuws" in link and "page=2" in link
    page = html(get(client, "/nl/nieuws/" + link))
    assert len(titles(page)) == 2


def _index_queries(client):
    get(client, "/nl/nieuws/")  # warm caches (site root paths, renditions)
    with CaptureQueriesContext(connection) as queries:
        response = get(client, "/nl/nieuws/?category=nieuws")
    assert response.status_code == 200
    return len(queries)


def test_index_query_count_does_not_grow_with_the_number_of_items(client, news_tree):
    get(client, "/nl/nieuws/")  # creates the site settings, which starts the caches afresh
    make_many(news_tree["nl"], 10, [news_tree["nieuws"]])
    few = _index_queries(client)
    make_many(news_tree["nl"], 190, [news_tree["nieuws"]])
    many = _index_queries(client)
    assert few == many
    assert many <= INDEX_MAX_QUERIES


def test_news_page_query_count(client, django_assert_max_num_queries, news_tree, image):
    page = make_news(
        news_tree["nl"],
        "Bericht",
        when(2024, 2, 26),
        [news_tree["nieuws"], news_tree["verslag"]],
        ["eemland", "herstel"],
        lead_image=image,
        show_view_count=True,
    )
    get(client, page.url)  # creates the site settings, which starts the caches afresh
    get(client, page.url)
    with django_assert_max_num_queries(NEWS_PAGE_MAX_QUERIES):
        response = get(client, page.url)
    assert response.status_code == 200


def test_search_settings():
    assert NewsPage.search_type == "news"
    fields = {f.field_name: f for f in NewsPage.search_fields if hasattr(f, "boost")}
    assert fields["title"].boost > fields["lead"].boost >= 1
    related = [f.field_name for f in NewsPage.search_fields if type(f).__name__ == "RelatedFields"]
    assert "categories" in related


def test_translatable_and_synchronised_fields():
    fields = {f.field_name: type(f) for f in get_translatable_fields(NewsPage)}
    for name in ("title", "lead", "body", "intro", "author"):
        assert fields[name] is TranslatableField, name
    for name in ("date_published", "show_view_count", "categories", "related_events"):
        assert fields[name] is SynchronizedField, name
    for name in ("related_programme", "related_project", "lead_image"):
        assert fields[name] is SynchronizedField, name


def test_translation_keeps_dates_and_translates_text(client, html, news_tree):
    from cms.localization import translate

    item = make_news(news_tree["nl"], "Herstelspecial", when(2024, 2, 26), [news_tree["verslag"]])
    english = translate(
        item,
        {
            "Herstelspecial": "Recovery special",
            "herstelspecial": "recovery-special",
            "Lead van Herstelspecial.": "The lead.",
        },
    )
    assert english.date_published == item.date_published
    page = html(get(client, english.url))
    assert page.lang == "en"
    assert page.text("h1") == "Recovery special"
    assert page.select_one(".news-meta time")["datetime"] == "2024-02-26T10:00:00+01:00"
    assert "Report" in page.text(".news-meta")

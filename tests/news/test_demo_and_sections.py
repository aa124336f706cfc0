import pytest
from wagtail.models import Page

from news.models import NewsCategory, NewsIndexPage, NewsPage
from tests.news.conftest import BROWSER, make_news, when

pytestmark = pytest.mark.django_db


def test_demo_news_in_both_languages(demo):
    nl = NewsPage.objects.filter(locale__language_code="nl", live=True)
    en = NewsPage.objects.filter(locale__language_code="en", live=True)
    assert nl.count() >= 12
    assert en.count() == nl.count()
    special = nl.get(slug="herstelspecial-eemland")
    assert special.date_published.date().isoformat() == "2024-02-26"
    assert [c.slug for c in special.categories.all()] == ["nieuws"]
    english = special.get_translation(en.first().locale)
    assert english.title.startswith("Recovery special")
    assert english.date_published == special.date_published
    assert NewsCategory.objects.filter(locale__language_code="en").count() == 4
    assert NewsIndexPage.objects.filter(live=True).count() == 2


def test_demo_is_idempotent(demo):
    from cms import demo as demo_module

    before = (NewsPage.objects.count(), NewsCategory.objects.count())
    demo_module.run()
    assert (NewsPage.objects.count(), NewsCategory.objects.count()) == before


def test_no_cookies_for_anonymous_visitors_on_any_demo_page(demo, client):
    pages = Page.objects.live().filter(depth__gt=1).specific()
    urls = [page.url for page in pages if page.url]
    urls += ["/nl/nieuws/feed/", "/en/news/feed/nieuws/", "/nl/nieuws/?category=verslag"]
    assert len(urls) > 25
    for url in urls:
        response = client.get(url, HTTP_USER_AGENT=BROWSER)
        assert response.status_code == 200, url
        assert "Set-Cookie" not in response, url
        assert not response.cookies, url
    item = NewsPage.objects.filter(live=True).first()
    response = client.get(item.url + "view/", HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 204
    assert not response.cookies


def test_home_page_shows_the_latest_news_and_links_the_index(demo, client, html):
    for language, index_url in (("nl", "/nl/nieuws/"), ("en", "/en/news/")):
        page = html(client.get(f"/{language}/", HTTP_USER_AGENT=BROWSER))
        section = page.select_one(".news-section")
        assert section is not None
        titles = [a.get_text(strip=True) for a in section.select(".card__title a")]
        assert len(titles) == 3
        assert section.select_one(".section__header a")["href"] == index_url
        assert all(t["datetime"] for t in section.select("time"))
    dutch = html(client.get("/nl/", HTTP_USER_AGENT=BROWSER))
    assert "Verslag: de herstelmarkt in Amersfoort" in dutch.text(".news-section")


def test_home_section_follows_publishing(site_tree, news_tree, client, html):
    make_news(news_tree["nl"], "Eerste", when(2024, 1, 1))
    page = html(client.get("/nl/", HTTP_USER_AGENT=BROWSER))
    assert "Eerste" in page.text(".news-section")
    make_news(news_tree["nl"], "Tweede", when(2024, 2, 1))
    page = html(client.get("/nl/", HTTP_USER_AGENT=BROWSER))
    titles = [a.get_text(strip=True) for a in page.select(".news-section .card__title a")]
    assert titles == ["Tweede", "Eerste"]
    NewsPage.objects.get(title="Tweede").unpublish()
    page = html(client.get("/nl/", HTTP_USER_AGENT=BROWSER))
    assert "Tweede" not in page.text(".news-section")


def test_programme_section_lists_news_about_the_programme(news_tree, rf):
    from news.sections import programme_page_section
    from programmes.models import ProgrammeIndexPage, ProgrammePage
    from tests.factories.pages import add_page

    home = news_tree["site"]["nl"]
    index = add_page(home, ProgrammeIndexPage, title="Programma's", slug="programmas-x")
    programme = add_page(index, ProgrammePage, title="Regie in de Regio", slug="regie")
    other = add_page(index, ProgrammePage, title="Ander", slug="ander")
    make_news(news_tree["nl"], "Over regie", when(2024, 1, 1), related_programme=programme)
    make_news(news_tree["nl"], "Over iets anders", when(2024, 1, 2), related_programme=other)
    make_news(news_tree["nl"], "Los bericht", when(2024, 1, 3))
    section = programme_page_section(programme)
    assert [card.title for card in section.context["items"]] == ["Over regie"]
    assert section.context["index"].url == "/nl/nieuws/"
    lonely = add_page(index, ProgrammePage, title="Zonder nieuws", slug="zonder")
    assert programme_page_section(lonely) is None


def test_news_page_links_related_pages(news_tree, client, html):
    from programmes.models import ProgrammeIndexPage, ProgrammePage
    from tests.factories.pages import add_page

    home = news_tree["site"]["nl"]
    index = add_page(home, ProgrammeIndexPage, title="Programma's", slug="programmas-x")
    programme = add_page(index, ProgrammePage, title="Regie in de Regio", slug="regie")
    item = make_news(news_tree["nl"], "Bericht", when(2024, 1, 1), related_programme=programme)
    page = html(client.get(item.url, HTTP_USER_AGENT=BROWSER))
    links = {a.get_text(strip=True): a["href"] for a in page.select(".news-related a")}
    assert links == {"Regie in de Regio": "/nl/programmas-x/regie/"}

import datetime as dt
from urllib.parse import parse_qs, quote, urlsplit

import feedparser
import pytest

from tests.news.conftest import BROWSER, make_news, when

pytestmark = pytest.mark.django_db


def get(client, url):
    return client.get(url, HTTP_USER_AGENT=BROWSER)


@pytest.fixture
def three_items(news_tree):
    index = news_tree["nl"]
    return [
        make_news(index, "Start project", when(2017, 9, 13), [news_tree["nieuws"]]),
        make_news(index, "Bouwconferentie", when(2023, 2, 24), [news_tree["verslag"]]),
        make_news(index, "Herstelspecial", when(2024, 2, 26, 9), [news_tree["nieuws"]]),
    ]


def test_index_links_its_feed_and_the_feed_parses(client, html, three_items):
    page = html(get(client, "/nl/nieuws/"))
    links = page.alternate_links("application/rss+xml")
    assert links == ["/nl/nieuws/feed/"]
    response = get(client, links[0])
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    assert "Set-Cookie" not in response
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.title == "Nieuws"
    expected = ["Herstelspecial", "Bouwconferentie", "Start project"]
    assert [e.title for e in feed.entries] == expected
    first = feed.entries[0]
    assert first.link == "http://localhost/nl/nieuws/" + three_items[2].slug + "/"
    assert dt.datetime(*first.published_parsed[:6], tzinfo=dt.UTC) == when(2024, 2, 26, 9)
    assert first.summary == "Lead van Herstelspecial."
    assert [t.term for t in first.tags] == ["Nieuws"]


def test_category_feed(client, html, three_items):
    page = html(get(client, "/nl/nieuws/?category=verslag"))
    assert page.alternate_links("application/rss+xml") == ["/nl/nieuws/feed/verslag/"]
    feed = feedparser.parse(get(client, "/nl/nieuws/feed/verslag/").content)
    assert not feed.bozo
    assert feed.feed.title == "Nieuws: Verslag"
    assert [e.title for e in feed.entries] == ["Bouwconferentie"]


def test_unknown_category_feed_is_404(client, three_items):
    assert get(client, "/nl/nieuws/feed/bestaat-niet/").status_code == 404


def test_drafts_stay_out_of_the_feed(client, news_tree):
    make_news(news_tree["nl"], "Geheim concept", when(2024, 1, 1), publish=False)
    feed = feedparser.parse(get(client, "/nl/nieuws/feed/").content)
    assert feed.entries == []


def test_news_page_json_ld_and_open_graph(client, html, news_tree, image):
    from programmes.models import ContactPerson

    author = ContactPerson.objects.create(name="Mehmet Yilmaz", locale=news_tree["nl"].locale)
    item = make_news(
        news_tree["nl"],
        "Herstelspecial </script> Eemland",
        when(2024, 2, 26),
        [news_tree["nieuws"]],
        ["eemland"],
        lead_image=image,
        author=author,
    )
    page = html(get(client, item.url))
    assert page.alternate_links("application/rss+xml") == ["/nl/nieuws/feed/"]
    (data,) = page.json_ld()
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Herstelspecial </script> Eemland"
    assert data["datePublished"] == "2024-02-26T10:00:00+01:00"
    assert data["image"][0].startswith("http://testserver/media/")
    assert data["author"] == {"@type": "Person", "name": "Mehmet Yilmaz"}
    assert data["inLanguage"] == "nl"
    assert data["articleSection"] == ["Nieuws"]
    og = {m["property"]: m["content"] for m in page.select("meta[property]")}
    assert og["og:type"] == "article"
    assert og["og:title"] == "Herstelspecial </script> Eemland"
    assert og["og:url"] == "http://testserver" + item.url
    assert og["og:image"] == data["image"][0]
    assert og["og:image:alt"] == "Mensen in een kring"
    assert og["article:published_time"] == data["datePublished"]
    assert page.select_one(".news-meta time")["datetime"] == "2024-02-26T10:00:00+01:00"
    assert "Mehmet Yilmaz" in page.text(".news-meta")


def test_share_links_are_plain_encoded_links(client, html, news_tree):
    item = make_news(news_tree["nl"], "Samen & sterker?", when(2024, 2, 26))
    page = html(get(client, item.url))
    links = {a.get_text(strip=True): a["href"] for a in page.select(".share-links a")}
    url = "http://testserver" + item.url
    assert set(links) == {"E-mail", "WhatsApp", "LinkedIn", "Facebook", "Bluesky"}
    mail = urlsplit(links["E-mail"])
    assert mail.scheme == "mailto"
    assert parse_qs(mail.query) == {"subject": ["Samen & sterker?"], "body": [url]}
    assert parse_qs(urlsplit(links["LinkedIn"]).query) == {"url": [url]}
    assert parse_qs(urlsplit(links["Facebook"]).query) == {"u": [url]}
    assert parse_qs(urlsplit(links["WhatsApp"]).query) == {"text": [f"Samen & sterker? {url}"]}
    assert parse_qs(urlsplit(links["Bluesky"]).query) == {"text": [f"Samen & sterker? {url}"]}
    assert quote(url, safe="") in links["Facebook"]
    button = page.select_one("button[data-copy-url]")
    assert button["data-copy-url"] == url
    assert page.select_one("#" + button["aria-describedby"])["role"] == "status"


def test_nothing_loads_from_another_origin(client, html, news_tree, image):
    item = make_news(news_tree["nl"], "Bericht", when(2024, 2, 26), lead_image=image)
    for url in (item.url, "/nl/nieuws/"):
        page = html(get(client, url))
        sources = [n.get("src") for n in page.select("script[src], img[src], iframe[src]")]
        sources += [n["href"] for n in page.select('link[rel="stylesheet"], link[rel="icon"]')]
        assert sources
        assert all(s.startswith("/") and not s.startswith("//") for s in sources), sources

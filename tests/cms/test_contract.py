"""The public contract (shared/PRODUCT.md) on every live demo page, in both languages."""

from urllib.parse import urlsplit

import pytest
from wagtail.models import Page

from tests.helpers import ISO_WITH_OFFSET

pytestmark = pytest.mark.django_db


def demo_page_urls():
    return [
        (page.locale.language_code, page.url)
        for page in Page.objects.live().filter(depth__gt=1).select_related("locale")
    ]


def test_demo_has_pages_in_both_languages(demo):
    languages = {language for language, _url in demo_page_urls()}
    assert languages == {"nl", "en"}
    assert len(demo_page_urls()) >= 8


def test_every_demo_page_keeps_the_contract(demo, client, html):
    checked = 0
    for language, url in demo_page_urls():
        response = client.get(url)
        assert response.status_code == 200, url
        page = html(response)

        assert page.lang == language, url

        skip = page.select_one("a.skip-link")
        assert skip is not None and skip["href"].startswith("#"), url
        assert page.select_one(skip["href"]) is not None, f"skip link target missing on {url}"
        nav_skip = page.select('a.skip-link[href="#main-nav"]')
        assert nav_skip and page.select_one("#main-nav") is not None, url

        form = page.select_one('form[role="search"]')
        assert form is not None, url
        assert form.select_one('input[name="q"]') is not None, url
        assert form.get("method", "get").lower() == "get"

        alternates = page.hreflangs()
        assert set(alternates) >= {"nl", "en", "x-default"}, url
        for hreflang, href in alternates.items():
            target = client.get(urlsplit(href).path)
            assert target.status_code == 200, href
            if hreflang != "x-default":
                assert html(target).lang == hreflang, href
        assert alternates[language].endswith(url)

        for time in page.select("time"):
            assert ISO_WITH_OFFSET.match(time["datetime"]), (url, time["datetime"])

        assert not response.cookies, f"{url} sets cookies for an anonymous visitor"
        checked += 1
    assert checked >= 8


def test_public_pages_load_nothing_from_other_origins(demo, client, html):
    for _language, url in demo_page_urls():
        page = html(client.get(url))
        for node in page.select("[src], link[href]"):
            address = node.get("src") or node.get("href")
            if node.name == "link" and node.get("rel") in (["alternate"], ["canonical"]):
                continue
            assert not urlsplit(address).netloc, f"{url} loads {address}"


def test_security_headers_on_public_pages(demo, client):
    response = client.get("/nl/")
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "script-src 'self'" in csp
    assert response.headers["Cache-Control"].startswith("public")
    assert "camera=()" in response.headers["Permissions-Policy"]


def test_root_redirects_to_the_visitors_language(client, demo):
    assert client.get("/").headers["Location"] == "/nl/"
    assert (
        client.get("/", headers={"Accept-Language": "en-GB,en;q=0.8"}).headers["Location"]
        == "/en/"
    )
    assert client.get("/", headers={"Accept-Language": "fr"}).headers["Location"] == "/nl/"


def test_home_page_query_count(demo, client, django_assert_num_queries):
    client.get("/nl/")  # warm what lives beyond a request (content types, navigation cache)
    # Site, locale, page, view restrictions; translations, breadcrumbs and site settings come
    # from the cache. The English home page costs one more to find the translation of the
    # site's root. Sections from other apps: coming activities (the occurrences; the agenda's
    # address is cached).
    with django_assert_num_queries(4 + 1):
        assert client.get("/nl/").status_code == 200
    client.get("/en/")
    with django_assert_num_queries(5 + 1):
        assert client.get("/en/").status_code == 200


def test_home_page_cold_cache_stays_within_budget(demo, client, django_assert_max_num_queries):
    from django.core.cache import cache

    cache.clear()
    # 10 for the page itself, 3 for the latest-news section (items, their categories, image
    # renditions) and up to 4 more if a card's image rendition is made on this very request;
    # warm, the section comes from the cache and costs nothing. The coming activities: 2.
    with django_assert_max_num_queries(17 + 2):
        assert client.get("/nl/").status_code == 200


def test_navigation_follows_publishing(demo, client, html):
    from home.models import StandardPage
    from tests.factories.pages import add_page

    home = StandardPage.objects.get(slug="over-ons").get_parent()
    client.get("/nl/")
    page = add_page(home, title="Nieuw in het menu", slug="nieuw", show_in_menus=True)
    assert "Nieuw in het menu" in html(client.get("/nl/")).text("#main-nav")
    page.unpublish()
    assert "Nieuw in het menu" not in html(client.get("/nl/")).text("#main-nav")

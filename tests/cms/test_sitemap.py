import pytest
from defusedxml import ElementTree as etree  # noqa: N813

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def test_sitemap_lists_both_languages_with_alternates(demo, client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    tree = etree.fromstring(response.content)
    locations = [node.text for node in tree.findall("s:url/s:loc", NS)]
    assert "http://testserver/nl/" in locations
    assert "http://testserver/en/" in locations
    assert "http://testserver/nl/over-ons/" in locations
    assert "http://testserver/en/about-us/" in locations
    about = next(
        url
        for url in tree.findall("s:url", NS)
        if url.findtext("s:loc", namespaces=NS) == "http://testserver/nl/over-ons/"
    )
    links = {link.get("hreflang"): link.get("href") for link in about.findall("x:link", NS)}
    assert links == {
        "nl": "http://testserver/nl/over-ons/",
        "en": "http://testserver/en/about-us/",
        "x-default": "http://testserver/nl/over-ons/",
    }


def test_sitemap_query_count_does_not_grow_with_pages(demo, client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from home.models import StandardPage
    from tests.factories.pages import add_page, translate_page

    client.get("/sitemap.xml")
    with CaptureQueriesContext(connection) as before:
        client.get("/sitemap.xml")
    about = StandardPage.objects.get(slug="over-ons")
    for number in range(15):
        page = add_page(about, title=f"Pagina {number}", slug=f"pagina-{number}")
        translate_page(page, title=f"Page {number}", slug=f"page-{number}")
    with CaptureQueriesContext(connection) as after:
        response = client.get("/sitemap.xml")
    assert response.content.count(b"<url>") >= 38
    assert len(after.captured_queries) == len(before.captured_queries)


def test_robots_txt_points_at_sitemap_and_both_languages(client, demo):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Allow: /nl/" in body and "Allow: /en/" in body
    assert "Disallow: /admin/" in body

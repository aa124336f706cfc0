"""The shared page frame: routing in one lookup, cached parts that follow changes, restrictions."""

import pytest
from wagtail.models import PageViewRestriction

from cms.models import OrganisationSettings
from home.models import StandardPage
from tests.factories.pages import add_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def section(site_tree):
    parent = add_page(site_tree["nl"], StandardPage, title="Over ons", slug="over-t")
    child = add_page(parent, StandardPage, title="Ons team", slug="team-t")
    grandchild = add_page(child, StandardPage, title="Vacatures", slug="vacatures-t")
    return parent, child, grandchild


def test_deep_pages_are_found_and_unknown_paths_are_not(section, client, html):
    _parent, _child, grandchild = section
    page = html(client.get("/nl/over-t/team-t/vacatures-t/"))
    assert page.select_one("h1").get_text(strip=True) == "Vacatures"
    for path in ("/nl/over-t/niets/", "/nl/over-t/team-t/vacatures-t/meer/", "/nl/niets/team-t/"):
        assert client.get(path).status_code == 404
    # A draft is not served, even though its address is known.
    grandchild.unpublish()
    assert client.get("/nl/over-t/team-t/vacatures-t/").status_code == 404


def test_breadcrumbs_follow_a_renamed_ancestor(section, client, html):
    parent, _child, grandchild = section

    def crumbs():
        page = html(client.get(grandchild.url))
        return [li.get_text(strip=True) for li in page.select(".breadcrumbs li")]

    assert crumbs() == ["Home", "Over ons", "Ons team", "Vacatures"]
    parent.title = "Wie we zijn"
    parent.save_revision().publish()
    assert crumbs() == ["Home", "Wie we zijn", "Ons team", "Vacatures"]


def test_site_settings_show_at_once_after_a_change(section, client, html):
    _parent, child, _grandchild = section
    client.get(child.url)
    settings = OrganisationSettings.load()
    settings.name = "Herstel Samen"
    settings.save()
    assert html(client.get(child.url)).select_one("title").get_text().endswith("| Herstel Samen")


def test_view_restrictions_on_an_ancestor_apply(section, client):
    parent, child, grandchild = section
    assert client.get(grandchild.url).status_code == 200
    PageViewRestriction.objects.create(
        page=parent, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    response = client.get(grandchild.url)
    assert response.status_code == 200
    assert b'name="password"' in response.content
    assert b"Vacatures</h1>" not in response.content


def test_view_restrictions_of_an_aliased_page_apply_to_its_alias(section, site_tree, client):
    parent, child, _grandchild = section
    alias = child.create_alias(parent=site_tree["nl"], update_slug="team-alias")
    PageViewRestriction.objects.create(
        page=child, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    response = client.get(alias.url)
    assert b'name="password"' in response.content


def test_news_item_called_feed_does_not_hide_the_news_feed(site_tree, client):
    from news.models import NewsIndexPage, NewsPage

    index = add_page(site_tree["nl"], NewsIndexPage, title="Nieuws", slug="nieuws-t")
    add_page(index, NewsPage, title="Feed", slug="feed", lead="Over feeds.")
    response = client.get(index.url + "feed/")
    assert response["Content-Type"].startswith("application/rss+xml")


def test_pages_behind_a_password_are_never_cached_publicly(section, client):
    parent, _child, grandchild = section
    assert "public" in client.get(grandchild.url)["Cache-Control"]
    PageViewRestriction.objects.create(
        page=parent, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    restriction = PageViewRestriction.objects.get(page=parent)
    session = client.session
    session[PageViewRestriction.passed_view_restrictions_session_key] = [restriction.pk]
    session.save()
    response = client.get(grandchild.url)
    assert b"Vacatures</h1>" in response.content
    assert "private" in response["Cache-Control"] and "public" not in response["Cache-Control"]

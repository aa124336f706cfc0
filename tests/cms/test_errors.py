from django.test import Client, override_settings

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "language", "heading"),
    [
        ("/nl/bestaat-niet/", "nl", "Pagina niet gevonden"),
        ("/en/does-not-exist/", "en", "Page not found"),
        ("/nl/over-ons/bestaat-ook-niet/", "nl", "Pagina niet gevonden"),
    ],
)
def test_not_found_page_speaks_the_visitors_language(demo, client, html, path, language, heading):
    response = client.get(path)
    assert response.status_code == 404
    page = html(response)
    assert page.lang == language
    assert page.text("h1") == heading
    assert page.select_one('form[role="search"] input[name="q"]') is not None
    assert page.select_one("#main") is not None
    # The 404 page still has the site's navigation and footer.
    assert page.select_one("#main-nav") is not None
    assert page.select_one("footer address") is not None


def test_unprefixed_unknown_path_redirects_then_404s(demo, client):
    response = client.get("/bestaat-niet/", follow=True)
    assert response.redirect_chain[0][0] == "/nl/bestaat-niet/"
    assert response.status_code == 404


@override_settings(ROOT_URLCONF="tests.cms.urls_with_error", DEBUG=False)
@pytest.mark.parametrize(
    ("prefix", "language", "heading"),
    [("nl", "nl", "Er ging iets mis"), ("en", "en", "Something went wrong")],
)
def test_server_error_page(db, html, prefix, language, heading):
    client = Client(raise_request_exception=False)
    response = client.get(f"/{prefix}/boom/")
    assert response.status_code == 500
    page = html(response)
    assert page.lang == language
    assert page.text("h1") == heading
    assert page.select_one('form[role="search"] input[name="q"]') is not None


def test_not_found_page_switches_to_the_other_home_and_has_no_hreflang(demo, client, html):
    page = html(client.get("/en/does-not-exist/"))
    assert page.select_one('.language-switcher a[hreflang="nl"]')["href"] == "/nl/"
    assert page.hreflangs() == {}

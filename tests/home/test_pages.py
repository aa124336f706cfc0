import pytest

pytestmark = pytest.mark.django_db


def test_home_page_in_both_languages(demo, client, html):
    nl = html(client.get("/nl/"))
    en = html(client.get("/en/"))
    assert nl.text("h1") == "Samen werken aan herstel"
    assert en.text("h1") == "Working together on recovery"
    assert nl.lang == "nl" and en.lang == "en"
    nl_menu = [a.get_text(strip=True) for a in nl.select("#main-nav a")]
    en_menu = [a.get_text(strip=True) for a in en.select("#main-nav a")]
    assert nl_menu == ["Home", "Programma's", "Waar we werken", "Agenda", "Nieuws", "Over ons"]
    assert en_menu == ["Home", "Programmes", "Where we work", "Calendar", "News", "About us"]
    assert nl.select_one('#main-nav a[aria-current="page"]')["href"] == "/nl/"


def test_footer_shows_contact_details_and_statements(demo, client, html):
    page = html(client.get("/en/"))
    footer = page.select_one("footer")
    assert footer.select_one('a[href^="mailto:"]')["href"] == "mailto:info@example.org"
    assert footer.select_one('a[href^="tel:"]')["href"] == "tel:0301234567"
    links = {a.get_text(strip=True): a["href"] for a in footer.select("nav a")}
    assert links["Accessibility statement"] == "/en/accessibility/"
    assert links["Privacy statement"] == "/en/privacy/"
    assert footer.select_one('a[href="#top"]').get_text(strip=True) == "Back to top"
    dutch = html(client.get("/nl/")).select_one("footer")
    assert dutch.select_one('a[href="#top"]').get_text(strip=True) == "Naar boven"


def test_standard_pages_render_their_blocks(demo, client, html):
    page = html(client.get("/nl/over-ons/"))
    assert page.text("h1") == "Over ons"
    assert "Wat we doen" in [h.get_text(strip=True) for h in page.select("main h2")]
    quote = page.select_one("main blockquote")
    assert "Herstel gebeurt niet in een spreekkamer" in quote.get_text()
    breadcrumbs = page.select(".breadcrumbs a")
    assert breadcrumbs[0]["href"] == "/nl/"
    english = html(client.get("/en/about-us/"))
    assert (
        "Recovery does not happen in a consulting room"
        in english.select_one("main blockquote").get_text()
    )


def test_accessibility_and_privacy_statements_exist_in_both_languages(demo, client, html):
    for url, heading in [
        ("/nl/toegankelijkheid/", "Toegankelijkheidsverklaring"),
        ("/en/accessibility/", "Accessibility statement"),
        ("/nl/privacy/", "Privacyverklaring"),
        ("/en/privacy/", "Privacy statement"),
    ]:
        assert html(client.get(url)).text("h1") == heading


def test_demo_content_loads_twice_without_duplicates(demo):
    from wagtail.models import Page

    from cms import demo as demo_module

    before = Page.objects.count()
    demo_module.run()
    assert Page.objects.count() == before


def test_english_pages_are_wagtail_localize_translations(demo):
    from wagtail_localize.models import Translation

    from home.models import StandardPage

    about = StandardPage.objects.get(slug="over-ons")
    assert Translation.objects.filter(
        source__object_id=about.translation_key, target_locale__language_code="en"
    ).exists()


def test_pages_are_cached_for_visitors_but_not_editors(demo, client, admin_user):
    assert "public" in client.get("/nl/").headers["Cache-Control"]
    client.force_login(admin_user)
    response = client.get("/nl/")
    assert "private" in response.headers["Cache-Control"]
    assert "no-store" in response.headers["Cache-Control"]


def test_load_demo_prints_the_admin_login_for_the_served_address(demo, db, tmp_path, settings):
    from io import StringIO

    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    settings.BASE_DIR = tmp_path
    out = StringIO()
    call_command(
        "load_demo", site_url="http://127.0.0.1:8123", admin_password="s3cret-demo", stdout=out
    )
    assert "Admin login for http://127.0.0.1:8123/admin/" in out.getvalue()
    assert "password: s3cret-demo" in out.getvalue()
    assert get_user_model().objects.get(username="admin").check_password("s3cret-demo")

"""News pages in a real browser: accessibility at two widths, privacy, the view counter."""

from urllib.parse import urlsplit

import pytest

from tests.browser.axe import violations

pytestmark = pytest.mark.browser

NEWS_PAGES = [
    "/nl/nieuws/",
    "/en/news/",
    "/nl/nieuws/?category=verslag&year=2025",
    "/en/news/?year=abcd",
    "/nl/nieuws/herstelspecial-eemland/",
    "/en/news/eemland-recovery-special/",
    "/nl/nieuws/verslag-bouwconferentie-zelfregienetwerken/",
]
DESKTOP = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0"
HORIZONTAL_OVERFLOW = "document.documentElement.scrollWidth - document.documentElement.clientWidth"


@pytest.mark.parametrize("width", [1280, 320])
@pytest.mark.parametrize("path", NEWS_PAGES)
def test_news_pages_are_axe_clean_and_private(demo_site, visit, page, path, width):
    page.set_viewport_size({"width": width, "height": 900})
    response, requests = visit(demo_site + path)
    assert response.status in (200, 400)
    origin = urlsplit(demo_site).netloc
    foreign = [url for url in requests if urlsplit(url).netloc not in ("", origin)]
    assert not foreign, foreign
    assert page.context.cookies() == []
    assert page.evaluate(HORIZONTAL_OVERFLOW) <= 0
    found = violations(page)
    assert not found, found


def test_the_page_counts_its_view_without_cookies(demo_site, browser):
    # Headless Chromium says so in its user agent and is not counted; present a desktop one.
    context = browser.new_context(user_agent=DESKTOP)
    page = context.new_page()
    counted = []
    page.on(
        "response",
        lambda response: counted.append(response.status) if "/view/" in response.url else None,
    )
    page.goto(demo_site + "/nl/nieuws/herstelspecial-eemland/")
    page.wait_for_load_state("networkidle")
    assert counted == [204]
    assert context.cookies() == []
    context.close()


def test_copy_link_button_says_the_link_is_copied(demo_site, page, browser):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    tab = context.new_page()
    tab.goto(demo_site + "/en/news/eemland-recovery-special/")
    button = tab.get_by_role("button", name="Copy link")
    button.focus()
    tab.keyboard.press("Enter")
    tab.wait_for_function("document.getElementById('share-copy-status').textContent !== ''")
    assert tab.locator("#share-copy-status").inner_text() == "The link is copied."
    assert tab.evaluate("navigator.clipboard.readText()").endswith(
        "/en/news/eemland-recovery-special/"
    )
    context.close()


def test_filters_work_with_the_keyboard(demo_site, page):
    page.goto(demo_site + "/nl/nieuws/")
    page.select_option("#news-category", "verslag")
    page.locator("#news-year").focus()
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_url("**/nl/nieuws/?category=verslag&year=")
    titles = page.locator(".news-list .card__title").all_inner_texts()
    assert titles and all(t.startswith("Verslag") for t in titles)

"""What only a browser shows about the shared page frame: keyboard use, privacy, accessibility."""

from urllib.parse import urlsplit

import pytest

from tests.browser.axe import violations

pytestmark = pytest.mark.browser

FOCUSED_NAME = """(() => {
    const element = document.activeElement;
    return (element.getAttribute("hreflang") || element.name || element.textContent || "").trim();
})()"""
HORIZONTAL_OVERFLOW = "document.documentElement.scrollWidth - document.documentElement.clientWidth"

FRAME_PAGES = [
    "/nl/",
    "/en/",
    "/nl/over-ons/",
    "/en/about-us/",
    "/nl/toegankelijkheid/",
    "/en/privacy/",
    "/nl/bestaat-niet/",
    "/en/search/?q=herstel",
]


@pytest.mark.parametrize("path", FRAME_PAGES)
def test_pages_are_axe_clean_and_private(demo_site, visit, page, path):
    response, requests = visit(demo_site + path)
    assert response.status in (200, 404)
    origin = urlsplit(demo_site).netloc
    foreign = [url for url in requests if urlsplit(url).netloc not in ("", origin)]
    assert not foreign, foreign
    assert page.context.cookies() == []
    found = violations(page)
    assert not found, found


@pytest.mark.parametrize("width", [1280, 320])
def test_skip_link_moves_focus_to_main_content(demo_site, page, width):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(demo_site + "/nl/over-ons/")
    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    assert skip.inner_text() == "Direct naar de inhoud"
    assert skip.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    # The next Tab continues after the header, not back at its start.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('header') === null")
    assert page.evaluate("document.activeElement !== document.body")


def test_keyboard_reaches_navigation_switcher_and_search(demo_site, page):
    page.goto(demo_site + "/nl/")
    reached = []
    for _ in range(12):
        page.keyboard.press("Tab")
        reached.append(page.evaluate(FOCUSED_NAME))
    assert "en" in reached  # language switcher link
    assert "q" in reached  # search field
    assert "Over ons" in reached  # main navigation


def test_focus_is_visible(demo_site, page):
    page.goto(demo_site + "/nl/")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    shadow = page.evaluate("getComputedStyle(document.activeElement).boxShadow")
    assert outline != "none" or shadow != "none"


def test_search_form_submits_to_the_results_page(demo_site, page):
    page.goto(demo_site + "/en/")
    page.fill('form[role="search"] input[name="q"]', "recovery")
    page.keyboard.press("Enter")
    page.wait_for_url("**/en/search/?q=recovery")
    assert page.locator("h1").inner_text() == "Search"


def test_nothing_overflows_at_320_pixels(demo_site, page):
    page.set_viewport_size({"width": 320, "height": 700})
    for path in ("/nl/", "/en/about-us/", "/nl/toegankelijkheid/"):
        page.goto(demo_site + path)
        overflow = page.evaluate(HORIZONTAL_OVERFLOW)
        assert overflow <= 0, (path, overflow)

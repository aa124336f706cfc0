"""Every page type, in Dutch and English, at 1280 and 320 pixels: axe-clean, private, no overflow.

The page types come from `manage.py page_type_urls` (one live page of each type per language,
plus views such as the month view and the place pages); search results and the 404 page are
added here. Text zoomed to 200%, reduced motion and print are checked on each type as well.
"""

from urllib.parse import urlsplit

import pytest

from tests.browser.axe import violations

pytestmark = pytest.mark.browser

PAGE_TYPES = [
    "home.HomePage",
    "home.StandardPage",
    "programmes.ProgrammeIndexPage",
    "programmes.ProgrammePage",
    "programmes.ProjectPage",
    "programmes.SeriesPage",
    "programmes.EpisodePage",
    "programmes.WhereWeWorkPage",
    "programmes.Region",
    "programmes.Municipality",
    "events.AgendaPage",
    "events.AgendaMonth",
    "events.AgendaArchive",
    "events.EventPage",
    "events.Registration",
    "news.NewsIndexPage",
    "news.NewsPage",
    "search",
    "404",
]
EXTRA = {
    "search": {"nl": "/nl/zoeken/?q=herstel", "en": "/en/search/?q=recovery"},
    "404": {"nl": "/nl/bestaat-niet/", "en": "/en/does-not-exist/"},
}
OVERFLOW = "document.documentElement.scrollWidth - document.documentElement.clientWidth"


def _path(page_types, page_type, language):
    return (EXTRA.get(page_type) or page_types[page_type])[language]


@pytest.mark.parametrize("width", [1280, 320])
@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_page_type_is_axe_clean_private_and_fits(
    demo_site, page_types, page, page_type, language, width
):
    page.set_viewport_size({"width": width, "height": 900})
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    response = page.goto(demo_site + _path(page_types, page_type, language))
    page.wait_for_load_state("networkidle")
    assert response.status == (404 if page_type == "404" else 200)
    assert page.locator("html").get_attribute("lang") == language
    origin = urlsplit(demo_site).netloc
    assert [url for url in requests if urlsplit(url).netloc not in ("", origin)] == []
    assert page.context.cookies() == []
    found = violations(page)
    assert not found, found
    assert page.evaluate(OVERFLOW) <= 0


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_text_zoomed_to_200_percent_loses_nothing(demo_site, page_types, page, page_type):
    """WCAG 1.4.4: with the text twice as large nothing needs a sideways scroll or is cut off."""
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(demo_site + _path(page_types, page_type, "nl"))
    # Like a browser's text-size setting: only the text grows (set through the CSSOM, which the
    # Content-Security-Policy allows, unlike an injected style sheet).
    page.evaluate("document.documentElement.style.fontSize = '200%'")
    assert page.evaluate(OVERFLOW) <= 0
    clipped = page.evaluate(
        """() => Array.from(document.querySelectorAll('main *, header *')).filter(element => {
            const style = getComputedStyle(element);
            const hides = ['hidden', 'clip'].includes(style.overflowX);
            if (!hides || element.closest('.visually-hidden, .skip-links')) {
                return false;
            }
            return element.scrollWidth > element.clientWidth + 1;
        }).map(element => element.className || element.tagName)"""
    )
    assert clipped == []


def test_reduced_motion_turns_off_smooth_scrolling_and_transitions(demo_site, page):
    page.emulate_media(reduced_motion="reduce")
    page.goto(demo_site + "/nl/")
    assert page.evaluate("getComputedStyle(document.documentElement).scrollBehavior") == "auto"
    duration = page.evaluate(
        "parseFloat(getComputedStyle(document.querySelector('a')).transitionDuration)"
    )
    assert duration <= 0.001
    page.emulate_media(reduced_motion="no-preference")
    page.goto(demo_site + "/nl/")
    assert page.evaluate("getComputedStyle(document.documentElement).scrollBehavior") == "smooth"


@pytest.mark.parametrize(
    "page_type", ["events.EventPage", "programmes.ProgrammePage", "programmes.ProjectPage"]
)
def test_print_shows_the_content_without_navigation(demo_site, page_types, page, page_type):
    page.goto(demo_site + _path(page_types, page_type, "nl"))
    page.emulate_media(media="print")
    assert not page.locator(".main-nav").is_visible()
    assert not page.locator("form[role=search]").is_visible()
    assert page.locator("main h1").is_visible()
    assert page.locator(".contact-card").first.is_visible()
    pdf = page.pdf()
    assert pdf.startswith(b"%PDF")


def test_agenda_filters_and_month_grid_work_with_the_keyboard(demo_site, page_types, page):
    page.goto(demo_site + page_types["events.AgendaPage"]["nl"])
    select = page.locator(".agenda-filters select").first
    select.focus()
    name = select.get_attribute("name")
    page.keyboard.press("ArrowDown")
    chosen = select.input_value()
    assert chosen
    # Tab on to the submit button and press Enter: the filter is in the address.
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.type") == "submit":
            break
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{name}={chosen}**")

    page.goto(demo_site + page_types["events.AgendaMonth"]["nl"])
    page.locator(".month__table a").first.focus()
    focused = page.evaluate("document.activeElement.closest('td') !== null")
    assert focused
    href = page.evaluate("document.activeElement.getAttribute('href')")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{href.split('?')[0]}**")
    assert page.locator("main h1").is_visible()


def test_programme_filters_work_with_the_keyboard(demo_site, page_types, page):
    page.goto(demo_site + page_types["programmes.ProgrammeIndexPage"]["nl"])
    page.locator("#programme-status").focus()
    page.keyboard.press("ArrowDown")  # planned
    page.keyboard.press("ArrowDown")  # running
    status = page.locator("#programme-status").input_value()
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**status={status}**")
    assert page.locator(".programme-list .card").count() >= 1

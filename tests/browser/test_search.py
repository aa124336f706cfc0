"""Search in Chromium: the suggestions combobox by keyboard, axe on results, no-JS fallback."""

import pytest

from tests.browser.axe import violations

HEADER_INPUT = 'header form[role="search"] input[name="q"]'


def open_suggestions(page, demo_site, language="nl", text="ov"):
    page.goto(f"{demo_site}/{language}/")
    page.click(HEADER_INPUT)
    page.keyboard.type(text, delay=50)
    page.wait_for_selector('[role="listbox"] [role="option"]', state="visible")
    return page.locator(HEADER_INPUT)


def test_suggestions_work_by_keyboard(demo_site, page):
    field = open_suggestions(page, demo_site)
    assert field.get_attribute("role") == "combobox"
    assert field.get_attribute("aria-expanded") == "true"
    options = page.locator('[role="listbox"] [role="option"]')
    assert "Over ons" in options.all_inner_texts()
    assert field.get_attribute("aria-activedescendant") is None

    page.keyboard.press("ArrowDown")
    first_id = options.nth(0).get_attribute("id")
    assert field.get_attribute("aria-activedescendant") == first_id
    assert options.nth(0).get_attribute("aria-selected") == "true"
    page.keyboard.press("ArrowUp")  # wraps to the last option
    last = options.count() - 1
    assert options.nth(last).get_attribute("aria-selected") == "true"
    page.keyboard.press("Escape")
    assert field.get_attribute("aria-expanded") == "false"
    assert page.locator('[role="listbox"]').is_hidden()
    assert field.get_attribute("aria-activedescendant") is None

    page.keyboard.press("ArrowDown")  # reopens
    assert field.get_attribute("aria-expanded") == "true"
    index = options.all_inner_texts().index("Over ons")
    for _ in range(index + 1):
        page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Over ons"


def test_open_suggestions_are_axe_clean(demo_site, page):
    open_suggestions(page, demo_site, "en", "ab")
    page.keyboard.press("ArrowDown")
    assert violations(page) == []


@pytest.mark.parametrize("width", [1280, 320])
@pytest.mark.parametrize(
    "path",
    [
        "/nl/zoeken/?q=herstel",
        "/en/search/?q=recovery",
        "/nl/zoeken/?q=zzqqxx",
        "/en/search/?q=zzqqxx",
        "/en/search/",
    ],
)
def test_results_pages_are_axe_clean(demo_site, page, path, width):
    page.set_viewport_size({"width": width, "height": 800})
    response = page.goto(demo_site + path)
    assert response.status == 200
    assert violations(page) == []
    overflow = page.evaluate(
        "document.documentElement.scrollWidth > document.documentElement.clientWidth"
    )
    assert not overflow


def test_without_javascript_the_form_still_searches(demo_site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(demo_site + "/en/")
    field = page.locator(HEADER_INPUT)
    assert field.get_attribute("role") is None
    # Not "about": PostgreSQL's English configuration drops it as a stop word.
    field.fill("privacy")
    page.keyboard.press("Enter")
    page.wait_for_url("**/en/search/?q=privacy")
    assert "Privacy statement" in page.locator(".search-results").inner_text()
    context.close()

"""Registering for a date in real Chromium: keyboard only, axe-clean with and without errors.

The form itself is in the page catalogue (`events.Registration`), so test_catalogue.py checks it
at both widths, zoomed and for privacy; here a visitor fills it in.
"""

import re
import uuid

import pytest

from tests.browser.axe import violations

pytestmark = pytest.mark.browser


def _focused(page):
    return page.evaluate(
        "document.activeElement.id || document.activeElement.getAttribute('href') || "
        "document.activeElement.tagName"
    )


def _tab_to(page, wanted, limit=80):
    """Press Tab until the focus is on `wanted` (an id or an href); the ids passed on the way."""
    passed = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = _focused(page)
        passed.append(focused)
        if focused == wanted:
            return passed
    raise AssertionError(f"Tab never reached {wanted}: {passed}")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_visitor_registers_with_the_keyboard_only(demo_site, page_types, page, language):
    path = page_types["events.Registration"][language].split("#")[0]
    page.goto(demo_site + path)
    places_before = page.locator(".registration__places").inner_text()

    # The "Register" button near the top leads to the form.
    _tab_to(page, "#registration")
    page.keyboard.press("Enter")
    assert page.url.endswith("#registration")

    # Empty, sent with Enter: the errors are listed, announced, and the first Tab reaches them.
    order = _tab_to(page, "id_name")
    assert order == ["id_name"]
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/(aanmelding|registration)/\d+/#registration$"))
    summary = page.locator(".error-summary")
    assert summary.get_attribute("role") == "alert"
    assert summary.locator("li").count() == 3
    found = violations(page)
    assert not found, found
    page.keyboard.press("Tab")
    assert _focused(page).startswith("#id_")
    page.keyboard.press("Enter")
    assert _focused(page) == "id_name"

    # Fill in every field in order; the hidden spam trap is never reached.
    email = f"toetsenbord-{uuid.uuid4().hex[:8]}@example.org"
    page.keyboard.type("Kim de Boer")
    visited = ["id_name"]
    page.keyboard.press("Tab")
    visited.append(_focused(page))
    page.keyboard.type(email)
    page.keyboard.press("Tab")
    visited.append(_focused(page))
    page.keyboard.type("06 12345678")
    page.keyboard.press("Tab")
    visited.append(_focused(page))
    page.keyboard.press("ArrowDown")  # two places
    page.keyboard.press("Tab")
    visited.append(_focused(page))
    page.keyboard.type("Graag een stoel met armleuningen")
    page.keyboard.press("Tab")
    visited.append(_focused(page))
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    visited.append(page.evaluate("document.activeElement.type"))
    assert visited == [
        "id_name",
        "id_email",
        "id_phone",
        "id_places",
        "id_access_needs",
        "id_consent",
        "submit",
    ]
    assert page.locator("#id_places").input_value() == "2"
    assert page.locator("#id_consent").is_checked()
    page.keyboard.press("Enter")

    page.wait_for_url(re.compile(r"/(aanmelding|registration)/\d+/(ontvangen|received)/"))
    assert page.locator("h1").inner_text() in (
        "Bedankt voor je aanmelding",
        "Thank you for registering",
    )
    assert "Kim de Boer" not in page.locator("main").inner_text()
    found = violations(page)
    assert not found, found
    assert page.context.cookies() == []

    # Back on the event page, two places fewer are left.
    page.goto(demo_site + path)
    left = int(re.search(r"\d+", page.locator(".registration__places").inner_text()).group())
    assert left == int(re.search(r"\d+", places_before).group()) - 2


def test_the_waiting_list_form_is_axe_clean(demo_site, page):
    page.goto(demo_site + "/en/calendar/meerdaagse-training-ervaringsdeskundigheid/")
    assert page.locator("#registration button[type=submit]").inner_text() == (
        "Join the waiting list"
    )
    found = violations(page)
    assert not found, found

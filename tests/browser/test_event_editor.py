"""The event editor in the Wagtail admin, with django-recurrence's widget, in real Chromium.

It runs against the demo server (its own database), so the test database is never flushed.
"""

import re

import pytest

from tests.browser.server import log_in_as_admin

pytestmark = pytest.mark.browser


def test_editor_adds_a_weekly_event_and_it_appears_in_the_agenda(demo_site, page_types, page):
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    log_in_as_admin(page, demo_site)

    agenda_path = page_types["events.AgendaPage"]["nl"]
    page.goto(demo_site + agenda_path)
    edit = page.locator('a[href*="/admin/pages/"][href$="/edit/"]').first.get_attribute("href")
    agenda_id = re.search(r"/admin/pages/(\d+)/edit/", edit).group(1)

    page.goto(f"{demo_site}/admin/pages/add/events/eventpage/{agenda_id}/")
    page.wait_for_load_state("networkidle")
    assert errors == []

    # The recurrence widget is live and speaks Dutch (its JavaScript catalogue is served):
    # adding a rule shows its frequency choice.
    add_rule = page.locator(".recurrence-widget .add-rule").first
    assert "Herhaling toevoegen" in add_rule.inner_text()
    add_rule.click()
    frequency = page.locator(".recurrence-widget select").first
    frequency.wait_for()
    assert frequency.is_visible()

    page.fill("#id_title", "Wekelijkse webinar-inloop")
    page.fill("#id_start_time", "19:30")
    page.fill("#id_end_time", "21:00")
    page.fill("#id_intro", "Elke week een online inloop.")
    page.select_option("#id_event_type", "webinar")

    # Wagtail's own date-time choosers (start time here, go-live under Promote) still work:
    # the editor's jQuery keeps its picker plugin and the chooser opens.
    assert page.evaluate("typeof window.jQuery.fn.datetimepicker") == "function"
    assert page.locator("#id_go_live_at").count() == 1
    page.keyboard.press("Escape")
    page.locator("#id_start_time").click()
    page.wait_for_function(
        "Array.from(document.querySelectorAll('.xdsoft_datetimepicker'))"
        ".some(element => element.offsetParent !== null)",
        timeout=5000,
    )
    page.keyboard.press("Escape")

    page.evaluate("document.querySelector('button[name=\"action-publish\"]').click()")
    page.wait_for_url(lambda url: "/add/" not in url)
    assert errors == []

    page.goto(f"{demo_site}{agenda_path}?type=webinar")
    listed = page.locator(".occurrence__title", has_text="Wekelijkse webinar-inloop")
    assert listed.count() >= 2
    times = page.locator(
        ".occurrence:has-text('Wekelijkse webinar-inloop') .occurrence__when time"
    )
    assert all(
        re.search(r"T(19:30|21:00):00\+0[12]:00$", t)
        for t in times.evaluate_all("nodes => nodes.map(node => node.getAttribute('datetime'))")
    )

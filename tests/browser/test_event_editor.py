"""The event editor in the Wagtail admin, with django-recurrence's widget, in real Chromium."""

import pytest

from events.models import AgendaPage, EventOccurrence, EventPage
from tests.factories.pages import add_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def editor(live_server, page, site_tree, django_user_model):
    agenda = add_page(site_tree["nl"], AgendaPage, title="Agenda", slug="agenda-editor")
    django_user_model.objects.create_superuser("redacteur", "r@example.org", "geheim-wachtwoord")
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "redacteur")
    page.fill("#id_password", "geheim-wachtwoord")
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    return page, agenda, errors


def test_editor_adds_a_weekly_event_and_it_appears_in_the_agenda(editor, live_server):
    page, agenda, errors = editor
    page.goto(f"{live_server.url}/admin/pages/add/events/eventpage/{agenda.pk}/")
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

    page.fill("#id_title", "Wekelijkse inloop")
    page.fill("#id_start_time", "19:30")
    page.fill("#id_end_time", "21:00")
    page.fill("#id_intro", "Elke week een inloop.")

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

    event = EventPage.objects.get(title="Wekelijkse inloop")
    assert event.live
    assert event.recurrence.rrules
    assert EventOccurrence.objects.filter(event=event).count() > 40

    page.goto(live_server.url + agenda.url)
    listed = page.locator(".occurrence__title", has_text="Wekelijkse inloop")
    assert listed.count() >= 2

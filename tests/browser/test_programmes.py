"""An editor builds a programme in the admin in real Chromium; visitors read it once published.

Every programme page type is checked for accessibility and privacy in test_catalogue.py.
"""

import re

import pytest

from tests.browser.server import log_in_as_admin

pytestmark = pytest.mark.browser


def _choose_person(page, panel, index, name):
    """Add a row to an inline panel and pick a contact person in the snippet chooser."""
    panel.locator("button", has_text=re.compile("contact", re.I)).last.click()
    row = panel.locator("[data-inline-panel-child]:not(.deleted)").nth(index)
    row.locator("button", has_text=re.compile("Kies|Choose", re.I)).first.click()
    modal = page.locator(".modal-dialog")
    modal.wait_for()
    modal.locator("a", has_text=name).first.click()
    modal.wait_for(state="hidden")
    assert name in row.inner_text()


def test_editor_builds_a_programme_and_visitors_see_it_once_published(
    demo_site, page_types, page, browser
):
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    log_in_as_admin(page, demo_site)

    index_path = page_types["programmes.ProgrammeIndexPage"]["nl"]
    page.goto(demo_site + index_path)
    edit = page.locator('a[href*="/admin/pages/"][href$="/edit/"]').first.get_attribute("href")
    index_id = re.search(r"/admin/pages/(\d+)/edit/", edit).group(1)

    page.goto(f"{demo_site}/admin/pages/add/programmes/programmepage/{index_id}/")
    page.fill("#id_title", "Herstel in de buurt")
    page.fill("#id_intro", "Een programma dat in de browser is gemaakt.")

    page.locator('[role="tab"]', has_text=re.compile("Mensen en plaatsen")).click()
    panel = (
        page.locator("#panel-child-people_and_places-contact_persons-section, section")
        .filter(has_text=re.compile("Contactpersonen"))
        .first
    )
    _choose_person(page, panel, 0, "Anouk de Vries")
    _choose_person(page, panel, 1, "Mehmet Yilmaz")

    # Save a draft first: a visitor does not see it.
    page.locator('button[name="action-publish"]').wait_for(state="attached")
    page.keyboard.press("Control+s")
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    assert errors == []
    visitor = browser.new_context()
    anonymous = visitor.new_page()
    url = f"{demo_site}{index_path}herstel-in-de-buurt/"
    assert anonymous.goto(url).status == 404

    page.evaluate("document.querySelector('button[name=\"action-publish\"]').click()")
    page.wait_for_url(lambda target: "/edit/" not in target)
    assert errors == []

    assert anonymous.goto(url).status == 200
    names = anonymous.locator(".contact-card__name").all_inner_texts()
    assert names == ["Anouk de Vries", "Mehmet Yilmaz"]
    mail = anonymous.locator('.contact-card a[href^="mailto:"]').first.get_attribute("href")
    assert mail == "mailto:anouk.devries@example.org"
    visitor.close()

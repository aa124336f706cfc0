from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission

import pytest
from wagtail.models import Locale

from cms.localization import translate
from cms.translation_status import INCOMPLETE, MISSING, OUTDATED, UP_TO_DATE, overview
from home.models import StandardPage
from programmes.models import Organisation
from tests.factories.pages import add_page

pytestmark = pytest.mark.django_db


def status_of(title):
    return {row.title: row for row in overview("en")}[title]


def test_demo_content_is_fully_translated(demo):
    rows = overview("en")
    assert rows
    assert {row.status for row in rows} == {UP_TO_DATE}, [
        (row.kind, row.title, row.status) for row in rows if row.status != UP_TO_DATE
    ]


def test_states_follow_the_dutch_source(demo):
    home = StandardPage.objects.get(slug="over-ons").get_parent()
    page = add_page(home, title="Werkwijze", slug="werkwijze", intro="Zo werken we.")
    row = status_of("Werkwijze")
    assert row.status == MISSING
    assert row.action_url == f"/admin/localize/submit/page/{page.pk}/"

    translate(
        page, {"Werkwijze": "Approach", "werkwijze": "approach", "Zo werken we.": "How we work."}
    )
    assert status_of("Werkwijze").status == UP_TO_DATE

    page.intro = "Zo werken we samen."
    page.save_revision().publish()
    row = status_of("Werkwijze")
    assert row.status == OUTDATED
    assert row.action_url.startswith("/admin/localize/update/")

    # Syncing without translating the new sentence leaves one string waiting.
    translate(page, {"Werkwijze": "Approach", "werkwijze": "approach"}, strict=False)
    row = status_of("Werkwijze")
    assert row.status == INCOMPLETE
    assert row.untranslated == 1


def test_snippets_are_listed(demo):
    nl = Locale.objects.get(language_code="nl")
    Organisation.objects.create(name="Nieuwe partner", locale=nl)
    row = status_of("Nieuwe partner")
    assert row.status == MISSING
    assert row.kind == "Organisatie" or row.kind == "Organisation"
    assert "/admin/localize/submit/snippet/programmes/organisation/" in row.action_url


def test_overview_in_the_admin(demo, client, html, django_assert_max_num_queries):
    admin = get_user_model().objects.create_superuser("vertaler", "v@example.org", "pw")
    client.force_login(admin)
    home = StandardPage.objects.get(slug="over-ons").get_parent()
    add_page(home, title="Nog niet vertaald", slug="nog-niet")
    response = client.get("/admin/translations/overview/")
    assert response.status_code == 200
    page = html(response)
    rows = [
        [cell.get_text(" ", strip=True) for cell in row.select("td")]
        for row in page.select("tbody tr")
    ]
    assert any(row[0] == "Nog niet vertaald" and row[2] == "Niet vertaald" for row in rows), rows
    # Only what needs work is shown by default; everything on request.
    assert len(rows) == 1
    everything = html(client.get("/admin/translations/overview/?show=all"))
    assert len(everything.select("tbody tr")) == 50  # first of several pages
    # Unknown language and page numbers fall back instead of failing.
    assert client.get("/admin/translations/overview/?language=xx&p=999").status_code == 200


def test_overview_needs_translation_rights(demo, client):
    user = get_user_model().objects.create_user("bezoeker", "b@example.org", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get("/admin/translations/overview/").status_code in (302, 403)

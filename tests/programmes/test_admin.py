"""Editors build programmes and projects through Wagtail's own add and edit views."""

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from programmes.models import ProgrammePage, ProjectPage
from tests.programmes.conftest import make_people

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("redacteur", "r@example.org", "x")
    client.force_login(user)
    return user


def _programme_form(people, **overrides):
    data = {
        "title": "Samen in de wijk",
        "slug": "samen-in-de-wijk",
        "intro": "Een nieuw programma.",
        "status": "running",
        "start_date": "2026-01-05",
        "end_date": "",
        "goals": streamfield([("goal", "Eerste doel"), ("goal", "Tweede doel")]),
        "body": streamfield([]),
        "documents": streamfield([]),
        "gallery": streamfield([]),
        "contact_persons": inline_formset([{"person": person.pk} for person in people]),
        "partners": inline_formset([]),
        "places": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


def test_editor_creates_a_programme_with_two_people_and_a_project(
    editor, client, programme_index, html, django_user_model
):
    people = make_people(2, "Contact")
    add_url = f"/admin/pages/add/programmes/programmepage/{programme_index.pk}/"
    assert client.get(add_url).status_code == 200
    response = client.post(add_url, _programme_form(people))
    assert response.status_code == 302, response.content[:2000]
    programme = ProgrammePage.objects.get(slug="samen-in-de-wijk")
    assert not programme.live

    # A visitor does not see the draft.
    client.logout()
    assert client.get(programme_index.url + "samen-in-de-wijk/").status_code == 404
    assert "Samen in de wijk" not in client.get(programme_index.url).content.decode()

    client.force_login(editor)
    edit_url = f"/admin/pages/{programme.pk}/edit/"
    rows = [{"id": link.pk, "person": link.person_id} for link in programme.contact_persons.all()]
    data = _programme_form(
        people,
        contact_persons=inline_formset(rows, initial=len(rows)),
        **{"action-publish": "publish"},
    )
    response = client.post(edit_url, data)
    assert response.status_code == 302, response.content[:2000]

    project_url = f"/admin/pages/add/programmes/projectpage/{programme.pk}/"
    response = client.post(
        project_url,
        nested_form_data(
            {
                "title": "Buurtkamers",
                "slug": "buurtkamers",
                "intro": "",
                "status": "planned",
                "start_date": "2026-03-01",
                "end_date": "",
                "duration": "12 maanden",
                "background": rich_text("<p>Waarom.</p>"),
                "objective": rich_text("<p>Wat.</p>"),
                "approach": rich_text(""),
                "results": rich_text(""),
                "neighbourhoods": "",
                "commissioner": "",
                "documents": streamfield([]),
                "contact_persons": inline_formset([{"person": people[1].pk}]),
                "partners": inline_formset([]),
                "municipalities": inline_formset([]),
                "action-publish": "publish",
            }
        ),
    )
    assert response.status_code == 302, response.content[:2000]
    assert ProjectPage.objects.get(slug="buurtkamers").live

    client.logout()
    page = html(client.get(programme_index.url + "samen-in-de-wijk/"))
    assert [li.get_text(strip=True) for li in page.select(".goals li")] == [
        "Eerste doel",
        "Tweede doel",
    ]
    names = [n.get_text(strip=True) for n in page.select(".contact-card__name")]
    assert names == ["Contact 0", "Contact 1"]
    assert [a.get_text(strip=True) for a in page.select(".projects .card__title a")] == [
        "Buurtkamers"
    ]
    project = html(client.get(programme_index.url + "samen-in-de-wijk/buurtkamers/"))
    assert project.select_one(".contact-card__name").get_text(strip=True) == "Contact 1"


def test_place_rows_need_a_region_or_a_municipality(editor, client, programme_index, places):
    add_url = f"/admin/pages/add/programmes/programmepage/{programme_index.pk}/"
    data = _programme_form(
        [],
        places=inline_formset(
            [{"region": places["region"].pk, "municipality": places["lead"].pk}]
        ),
        end_date="2025-01-01",
    )
    response = client.post(add_url, data)
    assert response.status_code == 200
    body = response.content.decode()
    assert "not both and not neither" in body or "niet allebei" in body
    assert not ProgrammePage.objects.filter(slug="samen-in-de-wijk").exists()


def test_page_types_can_only_be_created_where_they_belong():
    from home.models import HomePage
    from programmes.models import (
        EpisodePage,
        ProgrammeIndexPage,
        SeriesPage,
        WhereWeWorkPage,
    )

    assert ProjectPage.allowed_parent_page_models() == [ProgrammePage]
    assert set(SeriesPage.allowed_parent_page_models()) == {ProgrammeIndexPage, ProgrammePage}
    assert EpisodePage.allowed_parent_page_models() == [SeriesPage]
    assert ProgrammeIndexPage.allowed_parent_page_models() == [HomePage]
    assert WhereWeWorkPage.allowed_subpage_models() == []

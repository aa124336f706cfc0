"""The roles, driven through the admin like the people who have them."""

import datetime as dt

from django.core.management import call_command
from django.utils import timezone

import pytest
import time_machine
from bs4 import BeautifulSoup
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from news.models import NewsPage
from news.roles import COMMUNICATIE, MODERATOREN, REDACTIE, ensure_roles
from tests.factories.pages import add_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def programme(news_tree):
    from programmes.models import ProgrammeIndexPage, ProgrammePage

    home = news_tree["site"]["nl"]
    programmes = add_page(home, ProgrammeIndexPage, title="Programma's", slug="programmas-x")
    return add_page(programmes, ProgrammePage, title="Regie in de Regio", slug="regie")


@pytest.fixture
def users(programme, django_user_model):
    groups = ensure_roles()
    people = {}
    for name in (COMMUNICATIE, REDACTIE, MODERATOREN):
        user = django_user_model.objects.create_user(name.lower(), f"{name}@example.org", "pw")
        user.groups.add(groups[name])
        people[name] = user
    return people


def news_form(**fields):
    return nested_form_data(
        {
            "title": "Herstelspecial",
            "slug": "herstelspecial",
            "lead": "Het Herstelnetwerk in Eemland.",
            "body": streamfield([]),
            "comments": inline_formset([]),
            **fields,
        }
    )


def programme_form(**fields):
    return nested_form_data(
        {
            "title": "Regie in de Regio",
            "slug": "regie",
            "status": "running",
            "goals": streamfield([]),
            "body": streamfield([]),
            "documents": streamfield([]),
            "gallery": streamfield([]),
            "contact_persons": inline_formset([]),
            "partners": inline_formset([]),
            "places": inline_formset([]),
            "comments": inline_formset([]),
            **fields,
        }
    )


def test_setup_is_idempotent(programme):
    from django.contrib.auth.models import Group

    from wagtail.models import GroupPagePermission, Workflow, WorkflowPage

    call_command("setup_roles", stdout=None)
    counts = (GroupPagePermission.objects.count(), WorkflowPage.objects.count())
    call_command("setup_roles")
    assert (GroupPagePermission.objects.count(), WorkflowPage.objects.count()) == counts
    assert set(Group.objects.values_list("name", flat=True)) >= {
        COMMUNICATIE,
        REDACTIE,
        MODERATOREN,
    }
    assert Workflow.objects.filter(name="Moderatie programma's").count() == 1


def test_communicatie_publishes_news_directly(client, news_tree, users):
    client.force_login(users[COMMUNICATIE])
    index = news_tree["nl"]
    response = client.post(
        f"/admin/pages/add/news/newspage/{index.pk}/",
        news_form(**{"action-publish": "action-publish"}),
    )
    assert response.status_code == 302, response.content[:2000]
    page = NewsPage.objects.get(slug="herstelspecial")
    assert page.live
    assert client.get(page.url).status_code == 200


def test_communicatie_cannot_touch_programme_pages(client, programme, users):
    client.force_login(users[COMMUNICATIE])
    assert client.get(f"/admin/pages/{programme.pk}/edit/").status_code in (302, 403)
    response = client.post(
        f"/admin/pages/{programme.pk}/edit/",
        programme_form(title="Gekaapt", **{"action-publish": "action-publish"}),
    )
    assert response.status_code in (302, 403)
    programme.refresh_from_db()
    assert programme.title == "Regie in de Regio"


def test_redactie_submits_and_the_moderator_approves(client, programme, users):
    client.force_login(users[REDACTIE])
    # Asking to publish does not publish: Redactie has no publish permission.
    client.post(
        f"/admin/pages/{programme.pk}/edit/",
        programme_form(title="Regie in de Regio (nieuw)", **{"action-publish": "action-publish"}),
    )
    programme.refresh_from_db()
    assert programme.title == "Regie in de Regio"
    response = client.post(
        f"/admin/pages/{programme.pk}/edit/",
        programme_form(title="Regie in de Regio (nieuw)", **{"action-submit": "action-submit"}),
    )
    assert response.status_code == 302
    programme.refresh_from_db()
    assert programme.title == "Regie in de Regio"  # live version unchanged while waiting
    state = WorkflowState.objects.get(object_id=str(programme.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Moderatie programma's"
    # Redactie cannot approve its own submission.
    task_state = state.current_task_state
    url = f"/admin/pages/workflow/action/{programme.pk}/approve/{task_state.pk}/"
    client.post(url, {"comment": ""})
    programme.refresh_from_db()
    assert programme.title == "Regie in de Regio"

    client.force_login(users[MODERATOREN])
    dashboard = BeautifulSoup(client.get("/admin/").content, "html5lib")
    panel = dashboard.select_one("#news-awaiting-moderation-section")
    assert "Regie in de Regio (nieuw)" in panel.get_text()
    assert "redactie" in panel.get_text()
    response = client.post(url, {"comment": "Prima"})
    assert response.status_code in (200, 302)
    programme.refresh_from_db()
    assert programme.title == "Regie in de Regio (nieuw)"
    assert programme.live
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED


def test_scheduled_news_goes_live_with_publish_scheduled(client, news_tree, users):
    client.force_login(users[COMMUNICATIE])
    go_live = timezone.now() + dt.timedelta(days=2)
    local = timezone.localtime(go_live).strftime("%Y-%m-%d %H:%M")
    response = client.post(
        f"/admin/pages/add/news/newspage/{news_tree['nl'].pk}/",
        news_form(go_live_at=local, **{"action-publish": "action-publish"}),
    )
    assert response.status_code == 302, response.content[:3000]
    page = NewsPage.objects.get(slug="herstelspecial")
    assert not page.live
    assert page.get_latest_revision().approved_go_live_at is not None
    # The admin shows it as scheduled: the dashboard lists it.
    dashboard = BeautifulSoup(client.get("/admin/").content, "html5lib")
    assert "Herstelspecial" in dashboard.select_one("#news-recent-section").get_text()
    client.logout()
    assert client.get("/nl/nieuws/herstelspecial/").status_code == 404
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert not page.live
    with time_machine.travel(go_live + dt.timedelta(minutes=5)):
        call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live
    assert client.get("/nl/nieuws/herstelspecial/").status_code == 200


def test_expired_news_goes_offline(news_tree):
    from tests.news.conftest import make_news, when

    page = make_news(news_tree["nl"], "Kort nieuws", when(2024, 1, 1))
    page.expire_at = timezone.now() + dt.timedelta(hours=1)
    page.save_revision().publish()
    with time_machine.travel(timezone.now() + dt.timedelta(hours=2)):
        call_command("publish_scheduled")
    page.refresh_from_db()
    assert not page.live
    assert page.expired

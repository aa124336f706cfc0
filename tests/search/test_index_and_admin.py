"""The index follows the page tree; editors manage promotions; admins see popular queries."""

from django.contrib.auth.models import Group
from django.core.management import call_command

import pytest
from wagtail.models import Page, PageViewRestriction

from tests.search.conftest import results, search_url

pytestmark = pytest.mark.django_db


def found(client, html, query, language="nl"):
    return results(html(client.get(search_url(language), {"q": query})))


def test_index_follows_publish_unpublish_and_delete(add, client, html):
    page = add("nl", "Voorjaarsmarkt", "", publish=False, live=False)
    assert found(client, html, "voorjaarsmarkt") == []
    page.save_revision().publish()
    assert found(client, html, "voorjaarsmarkt") == ["Voorjaarsmarkt"]
    page.title = "Zomermarkt"
    page.save_revision().publish()
    assert found(client, html, "voorjaarsmarkt") == []
    assert found(client, html, "zomermarkt") == ["Zomermarkt"]
    page.refresh_from_db()
    page.unpublish()
    assert found(client, html, "zomermarkt") == []
    page.save_revision().publish()
    Page.objects.get(pk=page.pk).delete()
    assert found(client, html, "zomermarkt") == []
    from wagtail.search.models import IndexEntry

    assert not IndexEntry.objects.filter(
        object_id=str(page.pk), content_type_id=page.content_type_id
    ).exists()


def test_index_follows_a_move(add, client, html):
    old_parent = add("nl", "Archief", "")
    new_parent = add("nl", "Actueel", "")
    page = add("nl", "Herfstwandeling", "", parent=old_parent)
    Page.objects.get(pk=page.pk).move(Page.objects.get(pk=new_parent.pk), pos="last-child")
    response = client.get(search_url("nl"), {"q": "herfstwandeling"})
    link = html(response).select_one(".search-result__title a")
    assert link["href"].endswith("/actueel/herfstwandeling/")
    # Moving it under a restricted section hides it.
    PageViewRestriction.objects.create(page=old_parent, restriction_type="login")
    Page.objects.get(pk=page.pk).move(Page.objects.get(pk=old_parent.pk), pos="last-child")
    assert found(client, html, "herfstwandeling") == []


def test_update_index_rebuilds(add, person, client, html):
    from wagtail.search.models import IndexEntry

    add("nl", "Xylofoonacademie", "Cursussen.")
    add("en", "Xylophone academy", "Xylophone courses.")
    person("nl", "Yara Verbrugge", role="Ervaringsdeskundige")
    IndexEntry.objects.all().delete()
    assert found(client, html, "xylofoonacademie") == []
    call_command("update_index", verbosity=0)
    assert found(client, html, "xylofoonacademie") == ["Xylofoonacademie"]
    assert found(client, html, "xylophone", "en") == ["Xylophone academy"]
    assert found(client, html, "Verbrugge") == ["Yara Verbrugge"]


def test_editors_manage_promotions(site_tree, client, django_user_model):
    editor = django_user_model.objects.create_user("redacteur", password="x")  # noqa: S106
    editor.groups.add(Group.objects.get(name="Editors"))
    editor.groups.add(Group.objects.get(name="Moderators"))
    client.force_login(editor)
    for url in ["/admin/searchpicks/", "/admin/searchpicks/add/"]:
        assert client.get(url).status_code == 200
    for codename in ["add_searchpromotion", "change_searchpromotion", "delete_searchpromotion"]:
        assert editor.has_perm(f"wagtailsearchpromotions.{codename}")


def test_admin_sees_popular_queries(add, client, html, admin_user):
    add("nl", "Kwispelgroep", "")
    for _ in range(3):
        client.get(search_url("nl"), {"q": "kwispelgroep"})
    client.get(search_url("nl"), {"q": "zeldzaam"})
    client.force_login(admin_user)
    report = html(client.get("/admin/searchpicks/reports/search-terms/"))
    rows = [" ".join(row.get_text(" ").split()) for row in report.select("tbody tr")]
    assert rows[0].startswith("kwispelgroep") and "3" in rows[0]
    assert any(row.startswith("zeldzaam") for row in rows)

from django.contrib.auth import get_user_model

import pytest
from wagtail.models import Page

from home.models import StandardPage
from tests.factories.images import png_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client, user


def test_admin_speaks_dutch_by_default(editor_client, html, site_tree):
    client, _user = editor_client
    page = html(client.get("/admin/"))
    assert page.lang == "nl"
    assert "Dashboard" in page.text("body") or "Pagina's" in page.text("body")


def test_admin_speaks_english_to_a_user_who_chooses_it(editor_client, html, site_tree):
    client, user = editor_client
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    page = html(client.get("/admin/"))
    assert page.lang == "en"


def test_editor_creates_and_publishes_a_standard_page(editor_client, site_tree, html):
    client, _user = editor_client
    home = site_tree["nl"]
    add_url = f"/admin/pages/add/home/standardpage/{home.id}/"
    form = html(client.get(add_url))
    assert form.select_one('input[name="title"]') is not None
    data = {
        "title": "Werkwijze",
        "slug": "werkwijze",
        "intro": "Zo werken we samen.",
        "body-count": "1",
        "body-0-type": "heading",
        "body-0-deleted": "",
        "body-0-order": "0",
        "body-0-value-text": "Samen",
        "body-0-value-level": "h2",
        "action-publish": "publish",
    }
    response = client.post(add_url, data)
    assert response.status_code == 302, html(response).text("body")[:2000]
    page = StandardPage.objects.get(slug="werkwijze")
    assert page.live
    client.logout()
    visitor = html(client.get("/nl/werkwijze/"))
    assert visitor.text("h1") == "Werkwijze"
    assert visitor.select_one("main h2").get_text(strip=True) == "Samen"


def test_draft_is_not_visible_to_visitors(site_tree, client):
    page = StandardPage(title="Concept", slug="concept")
    site_tree["nl"].add_child(instance=page)
    page.unpublish() if page.live else None
    Page.objects.filter(id=page.id).update(live=False)
    assert client.get("/nl/concept/").status_code == 404


def test_image_upload_requires_alt_text_or_decorative(editor_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from wagtail.images import get_image_model

    client, _user = editor_client
    upload = SimpleUploadedFile("foto.png", png_bytes(), content_type="image/png")
    response = client.post(
        "/admin/images/add/", {"title": "Foto", "file": upload, "description": ""}
    )
    assert response.status_code == 200
    assert "Beschrijf de afbeelding" in response.content.decode()
    assert not get_image_model().objects.filter(title="Foto").exists()

    upload = SimpleUploadedFile("foto.png", png_bytes(), content_type="image/png")
    response = client.post(
        "/admin/images/add/",
        {"title": "Foto", "file": upload, "description": "", "is_decorative": "on"},
    )
    assert response.status_code == 302
    assert get_image_model().objects.get(title="Foto").is_decorative


def test_editors_get_the_accessibility_checker_in_the_user_bar(demo, client, django_user_model):
    user = django_user_model.objects.create_superuser("controle", "c@example.org", "x")
    client.force_login(user)
    body = client.get("/nl/over-ons/").content.decode()
    assert 'id="checker-axe-configuration"' in body
    assert 'id="checker-trigger"' in body
    client.logout()
    # Visitors get no user bar at all.
    assert "checker-axe-configuration" not in client.get("/nl/over-ons/").content.decode()

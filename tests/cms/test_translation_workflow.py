"""Editors translate, sync and round-trip PO files through wagtail-localize's own admin views."""

import datetime
from urllib.parse import urlencode

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

import polib
import pytest
import recurrence
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from cms.localization import translate
from events.models import AgendaPage, EventPage
from programmes.models import ProgrammeIndexPage, ProgrammePage
from tests.factories.pages import add_page
from tests.programmes.conftest import make_people, make_programme

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("vertaler", "v@example.org", "x")
    client.force_login(user)
    return user


@pytest.fixture
def capture(django_capture_on_commit_callbacks):
    """wagtail-localize publishes when the transaction commits; tests run inside one."""
    return django_capture_on_commit_callbacks


@pytest.fixture
def english():
    return Locale.objects.get(language_code="en")


def _submit(client, page, english):
    response = client.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [english.pk]})
    assert response.status_code == 302, response.content[:1500]
    source = TranslationSource.objects.get_for_instance(page)
    return Translation.objects.get(source=source, target_locale=english)


def _translate_strings(client, translation, strings):
    """Fill in each string through the translation editor's own endpoint."""
    segments = StringSegment.objects.filter(source=translation.source).select_related("string")
    done = 0
    for segment in segments:
        if segment.string.data in strings:
            response = client.put(
                f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
                data=urlencode({"value": strings[segment.string.data]}),
                content_type="application/x-www-form-urlencoded",
            )
            assert response.status_code in (200, 201), response.content[:500]
            done += 1
    return done


@pytest.fixture
def programme(site_tree, english):
    index = add_page(site_tree["nl"], ProgrammeIndexPage, title="Programma's", slug="prog-w")
    translate(index, {"Programma's": "Programmes", "prog-w": "prog-w"})
    people = make_people(2, "Vertaal")
    for person in people:
        translate(person, {"Adviseur": "Adviser"})
    return make_programme(
        index,
        "samen",
        title="Samen sterk",
        intro="Samen werken aan herstel.",
        goals=[("goal", "Eerste doel"), ("goal", "Tweede doel")],
        people=people,
    )


def test_programme_with_contact_persons_is_translated_and_synced(
    editor, client, html, programme, english, capture
):
    translation = _submit(client, programme, english)
    done = _translate_strings(
        client,
        translation,
        {
            "Samen sterk": "Stronger together",
            "samen": "together",
            "Samen werken aan herstel.": "Working together on recovery.",
            "Eerste doel": "First goal",
            "Tweede doel": "Second goal",
        },
    )
    assert done == 5
    with capture(execute=True):
        translation.save_target(publish=True)
    target = programme.get_translation(english)
    client.logout()
    page = html(client.get(target.url))
    assert page.select_one("html")["lang"] == "en"
    assert page.select_one("h1").get_text(strip=True) == "Stronger together"
    assert [li.get_text(strip=True) for li in page.select(".goals li")] == [
        "First goal",
        "Second goal",
    ]
    # The contact persons are the English translations of the Dutch snippets.
    roles = [node.get_text(strip=True) for node in page.select(".contact-card__role")]
    assert roles == ["Adviser", "Adviser"]

    # The Dutch source changes: a synchronised field (the start date) and a new goal.
    client.force_login(editor)
    programme.start_date = datetime.date(2021, 3, 1)
    programme.goals.append(("goal", "Derde doel"))
    programme.save_revision().publish()
    with capture(execute=True):
        response = client.post(
            f"/admin/localize/update/{translation.source.pk}/", {"publish_translations": "on"}
        )
    assert response.status_code == 302, response.content[:1500]
    client.logout()
    page = html(client.get(target.url))
    assert "1 March 2021" in page.select_one(".period").get_text()
    goals = [li.get_text(strip=True) for li in page.select(".goals li")]
    # Translated text is kept; the new goal shows in Dutch until it is translated.
    assert goals == ["First goal", "Second goal", "Derde doel"]
    assert page.select_one("h1").get_text(strip=True) == "Stronger together"


def test_a_translated_page_needs_at_most_one_query_more(
    editor, client, programme, english, capture
):
    translation = _submit(client, programme, english)
    with capture(execute=True):
        translation.save_target(publish=True)
    target = programme.get_translation(english)
    client.logout()

    def count(url):
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    dutch = count(programme.url)
    assert count(target.url) <= dutch + 1


def test_an_events_recurrence_arrives_in_english_after_a_sync(
    editor, client, site_tree, english, capture
):
    agenda = add_page(site_tree["nl"], AgendaPage, title="Agenda", slug="agenda-w")
    translate(agenda, {"Agenda": "Calendar", "agenda-w": "calendar-w"})
    event = EventPage(
        title="Lotgenotengroep",
        slug="groep",
        start_date=datetime.date.today(),
        start_time=datetime.time(19, 30),
        end_time=datetime.time(21, 0),
        recurrence=recurrence.Recurrence(rrules=[recurrence.Rule(recurrence.WEEKLY)]),
    )
    agenda.add_child(instance=event)
    event.save_revision().publish()
    translation = _submit(client, event, english)
    _translate_strings(client, translation, {"Lotgenotengroep": "Peer group", "groep": "group"})
    with capture(execute=True):
        translation.save_target(publish=True)
    target = EventPage.objects.get(translation_key=event.translation_key, locale=english)
    weekly = target.occurrences.count()

    event.recurrence = recurrence.Recurrence(
        rrules=[recurrence.Rule(recurrence.WEEKLY, interval=2)]
    )
    event.save_revision().publish()
    with capture(execute=True):
        response = client.post(
            f"/admin/localize/update/{translation.source.pk}/", {"publish_translations": "on"}
        )
    assert response.status_code == 302
    target.refresh_from_db()
    assert target.recurrence.rrules[0].interval == 2
    assert target.title == "Peer group"
    # Its occurrences follow: every other week now.
    assert abs(target.occurrences.count() - weekly / 2) <= 1


def test_po_file_round_trip(editor, client, programme, english, capture):
    translation = _submit(client, programme, english)
    response = client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    sources = {entry.msgid for entry in po}
    assert {"Samen sterk", "Eerste doel", "Tweede doel"} <= sources
    for entry in po:
        entry.msgstr = f"EN {entry.msgid}"
    upload = SimpleUploadedFile("vertaling.po", str(po).encode(), content_type="text/x-gettext")
    response = client.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/",
        {"file": upload, "next": "/admin/"},
    )
    assert response.status_code == 302
    with capture(execute=True):
        translation.save_target(publish=True)
    target = ProgrammePage.objects.get(translation_key=programme.translation_key, locale=english)
    assert target.title == "EN Samen sterk"
    assert [block.value for block in target.goals] == ["EN Eerste doel", "EN Tweede doel"]


def test_every_english_page_says_it_is_english(demo, client, html):
    from wagtail.models import Page

    pages = Page.objects.live().filter(locale__language_code="en", depth__gt=1).specific()
    checked = 0
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert html(response).select_one("html")["lang"] == "en", page.url
        checked += 1
    assert checked >= 40


@pytest.mark.parametrize(
    ("model_path", "synchronised", "translated"),
    [
        ("events.models.EventPage", {"recurrence", "start_date", "start_time"}, {"title"}),
        ("events.models.EventException", {"date", "new_date"}, {"text"}),
        ("programmes.models.ProgrammePage", {"status", "start_date"}, {"goals", "body"}),
        ("programmes.models.ProjectPartner", set(), {"role", "organisation", "municipality"}),
        ("programmes.models.EpisodePage", {"date", "video_url", "audio"}, {"transcript"}),
        ("programmes.models.ContactPerson", {"email", "phone", "name"}, {"role", "bio"}),
        ("programmes.models.Municipality", {"slug", "is_lead"}, {"name", "region"}),
    ],
)
def test_what_is_translated_and_what_follows_the_source(model_path, synchronised, translated):
    from importlib import import_module

    from wagtail_localize.fields import SynchronizedField, get_translatable_fields

    module, name = model_path.rsplit(".", 1)
    model = getattr(import_module(module), name)
    fields = {field.field_name: field for field in get_translatable_fields(model)}
    for field_name in synchronised:
        assert type(fields[field_name]) is SynchronizedField, field_name
    # Text is offered for translation; links to translatable snippets follow to the snippet's
    # translation.
    for field_name in translated:
        assert type(fields[field_name]) is not SynchronizedField, field_name

"""Registrations in the admin: dates with counts, the people per date, attendance, CSV, who may."""

import csv
import datetime as dt
import io

from django.urls import reverse

import pytest
import time_machine

from events.models import Registration, RegistrationSlot
from news.roles import COMMUNICATIE, MODERATOREN, REDACTIE, ensure_roles
from tests.events.registering import BEFORE, FIRST, SECOND, post, register_many

pytestmark = pytest.mark.usefixtures("no_demo_registrations")


@pytest.fixture(autouse=True)
def _frozen():
    with time_machine.travel(BEFORE, tick=False):
        yield


@pytest.fixture
def people(db, django_user_model):
    groups = ensure_roles()
    users = {}
    for name in (COMMUNICATIE, REDACTIE, MODERATOREN):
        user = django_user_model.objects.create_user(name.lower(), f"{name}@example.org", "pw")
        user.groups.add(groups[name])
        users[name] = user
    return users


@pytest.fixture
def filled(client, training):
    """Three places taken on the first date (two people), one waiting, one cancelled."""
    post(client, training, name="Anna de Vries", email="anna@example.nl", places="2")
    post(client, training, name="Bram Bakker", email="bram@example.nl", access_needs="Rolstoel")
    post(client, training, name="Cor Jansen", email="cor@example.nl")
    cancelled = post(client, training, date=SECOND, name="Dirk", email="dirk@example.nl")
    assert cancelled.status_code == 303
    from events import registrations

    registrations.cancel(Registration.objects.get(email="dirk@example.nl"), "http://testserver")
    return RegistrationSlot.objects.get(original_date=FIRST)


def test_index_lists_coming_dates_with_counts(client, filled, admin_user, html):
    client.force_login(admin_user)
    page = html(client.get(reverse("events_registrations")))
    rows = [
        [cell.get_text(" ", strip=True) for cell in row.select("td")]
        for row in page.select("tbody tr")
    ]
    assert rows[0][0] == "Training herstelwerkgroep"
    assert rows[0][2:] == ["3 / 3", "1", "0", "0"]
    assert rows[1][2:] == ["0 / 3", "0", "1", "0"]
    # The search narrows by activity; past dates are on their own list.
    assert not html(client.get(reverse("events_registrations") + "?q=yoga")).select("tbody tr")
    assert not html(client.get(reverse("events_registrations") + "?show=past")).select("tbody tr")
    with time_machine.travel(dt.datetime(2027, 3, 5, tzinfo=dt.UTC), tick=False):
        client.force_login(admin_user)
        past = html(client.get(reverse("events_registrations") + "?show=past"))
        coming = html(client.get(reverse("events_registrations")))
    assert len(past.select("tbody tr")) == 1
    assert len(coming.select("tbody tr")) == 1


@pytest.mark.parametrize("query", ["?p=999999", "?p=abc", "?show=<x>", "?q=" + "x" * 5000])
def test_index_takes_odd_parameters(client, filled, admin_user, query):
    client.force_login(admin_user)
    assert client.get(reverse("events_registrations") + query).status_code == 200


def test_detail_shows_people_per_status(client, filled, admin_user, html):
    client.force_login(admin_user)
    page = html(client.get(reverse("events_registrations_detail", args=[filled.pk])))
    headings = [h.get_text(strip=True) for h in page.select("main h2")]
    assert headings == ["Bevestigd", "Op de wachtlijst"]
    confirmed, waiting = page.select("table.listing")
    names = [row.select("td")[0].get_text(strip=True) for row in confirmed.select("tbody tr")]
    assert names == ["Anna de Vries", "Bram Bakker"]
    assert "Rolstoel" in confirmed.get_text()
    assert "Cor Jansen" in waiting.get_text()
    assert "3 / 3" in page.text(".registration-counts")
    # Before the date starts there is no attendance to mark.
    assert not page.select('input[name="attended"]')
    assert "vanaf het begin van de datum" in page.text("main")


AT_THE_START = dt.datetime(2027, 3, 2, 18, 45, tzinfo=dt.UTC)  # 19:45 in Amsterdam


def test_unknown_date_is_404(client, admin_user, db):
    client.force_login(admin_user)
    for name in ("events_registrations_detail", "events_registrations_export"):
        response = client.get(reverse(name, args=[999]), follow=True)
        assert response.status_code == 404


def test_attendance_is_marked_from_the_start_for_those_shown(client, filled, admin_user, html):
    url = reverse("events_registrations_detail", args=[filled.pk])
    anna = Registration.objects.get(email="anna@example.nl")
    bram = Registration.objects.get(email="bram@example.nl")
    cor = Registration.objects.get(email="cor@example.nl")
    client.force_login(admin_user)
    # Too early: nothing is marked.
    shown = [anna.pk, bram.pk]
    response = client.post(url, {"shown": shown, "attended": [anna.pk]}, follow=True)
    assert "vanaf het begin van de datum" in html(response).text()
    assert Registration.objects.filter(attended__isnull=False).count() == 0

    with time_machine.travel(AT_THE_START, tick=False):
        client.force_login(admin_user)
        page = html(client.get(url))
        confirmed = page.select("table.listing")[0]
        assert len(confirmed.select('input[name="attended"]')) == 2
        assert sorted(int(i["value"]) for i in page.select('input[name="shown"]')) == shown
        # A waiting registration, an unknown id and junk cannot be marked.
        response = client.post(
            url, {"shown": shown + [cor.pk], "attended": [anna.pk, cor.pk, 424242, "x"]}
        )
        assert response.status_code == 302
        attended = Registration.objects.filter(pk__in=[anna.pk, bram.pk, cor.pk]).order_by("pk")
        assert [r.attended for r in attended] == [True, False, None]
        page = html(client.get(url))
        assert "Aanwezigheid opgeslagen." in page.text()
        assert page.select_one(f"#attended-{anna.pk}").has_attr("checked")
        # Someone the form did not show (moved up since it was opened) is left unknown.
        client.post(url, {"shown": [bram.pk], "attended": []})
        anna.refresh_from_db()
        assert anna.attended is True
        client.post(url, {"shown": shown})
        anna.refresh_from_db()
        assert anna.attended is False
    counts = RegistrationSlot.objects.with_counts().get(pk=filled.pk)
    assert counts.attended_count == 0


def test_csv_export_parses_and_is_safe_in_spreadsheets(client, training, admin_user):
    training.registration_ask_phone = True
    training.save_revision().publish()
    post(
        client,
        training,
        name='=HYPERLINK("http://x")',
        email="formula@example.nl",
        access_needs="@SUM(A1)",
    )
    post(client, training, name="Zoë Ömer", email="zoe@example.nl", phone="+31 6 12345678")
    slot = RegistrationSlot.objects.get()
    client.force_login(admin_user)
    response = client.get(reverse("events_registrations_export", args=[slot.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert [row["Naam"] for row in rows] == ['\'=HYPERLINK("http://x")', "Zoë Ömer"]
    assert rows[0]["Toegankelijkheidswensen"] == "'@SUM(A1)"
    assert rows[1]["Telefoon"] == "'+31 6 12345678"
    assert {row["Status"] for row in rows} == {"bevestigd"}
    assert rows[1]["E-mail"] == "zoe@example.nl"
    assert rows[0]["Aangemeld"] == "2027-02-01 13:00"


def test_editors_and_moderators_may_see_and_export_communications_may_not(client, filled, people):
    detail = reverse("events_registrations_detail", args=[filled.pk])
    export = reverse("events_registrations_export", args=[filled.pk])
    for name in (REDACTIE, MODERATOREN):
        client.force_login(people[name])
        assert client.get(reverse("events_registrations")).status_code == 200
        assert client.get(detail).status_code == 200
        assert client.get(export).status_code == 200
        assert b'"/admin/registrations/"' in client.get(reverse("wagtailadmin_home")).content
    client.force_login(people[COMMUNICATIE])
    for url in (reverse("events_registrations"), detail, export):
        assert client.get(url).status_code in (302, 403)
    assert client.post(detail, {"attended": [1]}).status_code in (302, 403)
    assert not Registration.objects.filter(attended=True).exists()
    assert b'"/admin/registrations/"' not in client.get(reverse("wagtailadmin_home")).content


def test_visitors_are_sent_to_the_login(client, filled):
    response = client.get(reverse("events_registrations_detail", args=[filled.pk]))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_event_edit_page_links_to_its_registrations(client, training, admin_user, html):
    client.force_login(admin_user)
    page = html(client.get(reverse("wagtailadmin_pages:edit", args=[training.pk])))
    links = [a["href"] for a in page.select("a[href]") if "/admin/registrations/" in a["href"]]
    assert links == ["/admin/registrations/?q=Training%20herstelwerkgroep"]


def test_admin_lists_have_a_fixed_query_count(
    client, training, admin_user, django_assert_max_num_queries
):
    client.force_login(admin_user)
    register_many(client, training, 2)
    register_many(client, training, 2, date=SECOND, prefix="s")
    client.get(reverse("events_registrations"))
    with django_assert_max_num_queries(12):
        client.get(reverse("events_registrations"))
    slot = RegistrationSlot.objects.get(original_date=FIRST)
    register_many(client, training, 10, prefix="w")
    with django_assert_max_num_queries(12):
        client.get(reverse("events_registrations_detail", args=[slot.pk]))

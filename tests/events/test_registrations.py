"""Registration for dates of events: the form, places, waiting list, mails, cancel links."""

import datetime as dt
import io
import re

from django.core import mail

import pytest
import recurring_ical_events
import time_machine
from icalendar import Calendar

from cms.models import OrganisationSettings
from events import registrations
from events.models import (
    EventOccurrence,
    Registration,
    RegistrationSlot,
    RegistrationStatus,
)
from tests.events.registering import (
    BEFORE,
    FIRST,
    SECOND,
    cancel_url_from,
    post,
    register_many,
    reverse_register,
)
from tests.factories.pages import translate_page

pytestmark = pytest.mark.usefixtures("no_demo_registrations")


@pytest.fixture(autouse=True)
def _frozen():
    with time_machine.travel(BEFORE, tick=False):
        yield


def form_on(html, client, page, date=None):
    url = page.url + (f"?date={date.isoformat()}" if date else "")
    return html(client.get(url))


# The form on the event page ------------------------------------------------------------------


def test_event_page_offers_the_form_with_the_fields_the_editor_chose(client, training, html):
    page = form_on(html, client, training)
    form = page.select_one("#registration form.registration-form")
    assert form is not None
    assert form["action"] == f"/nl/aanmelding/{training.pk}/#registration"
    names = {field["name"] for field in form.select("input, select, textarea")}
    assert {"date", "name", "email", "places", "access_needs", "consent", "website"} <= names
    assert "phone" not in names and "remarks" not in names
    assert form.select_one('input[name="date"]')["value"] == "2027-03-02"
    assert [o["value"] for o in form.select('select[name="places"] option')] == ["1", "2"]
    assert "3 plaatsen vrij." in page.text("#registration")
    # The standard consent text says what happens to the details, and the box is tied to it.
    consent = page.select_one("#id_consent")
    assert "registration-consent-text" in consent["aria-describedby"]
    assert "30 dagen" in page.text("#registration-consent-text")
    assert page.select_one(".honeypot")["aria-hidden"] == "true"
    assert page.select_one("#id_website")["tabindex"] == "-1"


def test_phone_and_remarks_appear_when_asked_and_one_place_is_hidden(make_event, client, html):
    event = make_event(
        "Regiobijeenkomst",
        registration_enabled=True,
        registration_capacity=10,
        registration_ask_phone=True,
        registration_ask_remarks=True,
        registration_ask_access_needs=False,
        registration_consent="Wij gebruiken je gegevens alleen voor deze bijeenkomst.",
    )
    page = form_on(html, client, event)
    names = {field["name"] for field in page.select("#registration input, #registration textarea")}
    assert {"phone", "remarks"} <= names
    assert "access_needs" not in names
    assert page.select_one('#registration input[name="places"]')["type"] == "hidden"
    assert page.text("#registration-consent-text") == (
        "Wij gebruiken je gegevens alleen voor deze bijeenkomst."
    )


def test_reading_the_page_sets_no_cookie(client, training):
    response = client.get(training.url)
    assert response.status_code == 200
    assert not response.cookies


def test_each_date_of_a_series_has_its_own_form(client, training, html):
    page = form_on(html, client, training, SECOND)
    assert page.select_one('#registration input[name="date"]')["value"] == "2027-03-09"


def test_events_without_registration_have_no_form(make_event, client, html):
    event = make_event("Inloopavond")
    assert form_on(html, client, event).select_one("#registration") is None
    response = post(client, event)
    assert response.status_code == 404
    assert not Registration.objects.exists()


# Registering ---------------------------------------------------------------------------------


def test_registering_confirms_mails_and_shows_the_result(client, training, html):
    response = post(client, training, places="2", access_needs="Rolstoelplek graag")
    assert response.status_code == 303
    assert response["Location"] == f"/nl/aanmelding/{training.pk}/ontvangen/?date=2027-03-02"
    registration = Registration.objects.get()
    assert registration.status == RegistrationStatus.CONFIRMED
    assert registration.places == 2
    assert registration.language == "nl"
    assert registration.access_needs == "Rolstoelplek graag"
    assert registration.slot.capacity == 3
    assert not response.cookies

    received = html(client.get(response["Location"]))
    assert received.status_code == 200
    assert received.text("h1") == "Bedankt voor je aanmelding"
    assert "dinsdag 2 maart 2027, 19:30" in received.text("main")
    assert "We hebben een mail gestuurd" in received.text("main")
    assert "private" in client.get(response["Location"])["Cache-Control"]

    # One place left now.
    assert "1 plaats vrij." in form_on(html, client, training).text("#registration")

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["anna@example.nl"]
    assert message.subject == "Aanmelding bevestigd: Training herstelwerkgroep"
    assert "Beste Anna de Vries," in message.body
    assert "dinsdag 2 maart 2027, 19:30 – 21:00" in message.body
    assert "Buurthuis De Linde, Lindelaan 4, Utrecht" in message.body
    assert "Plaatsen: 2" in message.body
    assert re.search(r"http://testserver/nl/aanmelding/annuleren/\S+/", message.body)


def test_the_ics_attachment_holds_the_one_date_in_amsterdam_time(client, training):
    post(client, training)
    ((name, content, mimetype),) = mail.outbox[0].attachments
    assert name == "activity.ics"
    assert mimetype == "text/calendar"
    raw = mail.outbox[0].message().as_string()
    assert 'Content-Type: text/calendar; charset="utf-8"\n' in raw
    calendar = Calendar.from_ical(content)
    assert str(calendar["method"]) == "PUBLISH"
    # The zone the times refer to is described in the file itself (RFC 5545, 3.2.19).
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["tzid"]) == "Europe/Amsterdam"
    assert "Kind regards," not in mail.outbox[0].body
    assert mail.outbox[0].body.rstrip().endswith(OrganisationSettings.load().name)
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["summary"]) == "Training herstelwerkgroep"
    start = vevent.decoded("dtstart")
    assert start.isoformat() == "2027-03-02T19:30:00+01:00"
    assert str(start.tzinfo) == "Europe/Amsterdam"
    assert vevent.decoded("dtend").isoformat() == "2027-03-02T21:00:00+01:00"
    assert str(vevent["status"]) == "CONFIRMED"
    assert "Lindelaan 4" in str(vevent["location"])
    expanded = recurring_ical_events.of(calendar).between(dt.date(2027, 1, 1), dt.date(2028, 1, 1))
    assert len(expanded) == 1


def test_english_page_mails_in_english_and_shares_the_places(client, training, html):
    english = translate_page(training, title="Recovery work group training", slug="training")
    EventOccurrence.objects.filter(event=english).exists()
    register_many(client, training, 2)
    page = form_on(html, client, english)
    assert page.lang == "en"
    assert "1 place left." in page.text("#registration")
    response = post(client, english, name="Sam Jones", email="sam@example.org")
    assert response["Location"].startswith(f"/en/registration/{english.pk}/received/")
    assert RegistrationSlot.objects.count() == 1
    assert Registration.objects.get(email="sam@example.org").language == "en"
    message = mail.outbox[-1]
    assert message.subject == "Registration confirmed: Recovery work group training"
    assert "Dear Sam Jones," in message.body
    assert "Tuesday 2 March 2027, 19:30" in message.body
    assert "/en/registration/cancel/" in message.body
    # The calendar entry speaks the visitor's language and links to the English page.
    (vevent,) = Calendar.from_ical(message.attachments[0][1]).walk("VEVENT")
    assert str(vevent["summary"]) == "Recovery work group training"
    assert str(vevent["url"]) == "http://testserver/en/test-agenda/training/"
    # The Dutch page counts the English registration too: full now.
    assert "wachtlijst" in form_on(html, client, training).text("#registration")


def test_when_full_the_form_offers_the_waiting_list(client, training, html):
    register_many(client, training, 3)
    page = form_on(html, client, training)
    assert page.select_one("#registration button").get_text(strip=True) == "Op de wachtlijst"
    response = post(client, training, email="laat@example.nl", name="Laat")
    assert response.status_code == 303
    late = Registration.objects.get(email="laat@example.nl")
    assert late.status == RegistrationStatus.WAITING
    assert html(client.get(response["Location"])).status_code == 200
    message = mail.outbox[-1]
    assert message.subject == "Op de wachtlijst: Training herstelwerkgroep"
    assert not message.attachments
    assert "/nl/aanmelding/annuleren/" in message.body


def test_more_places_than_are_left_go_on_the_waiting_list(client, training):
    register_many(client, training, 2)
    post(client, training, email="duo@example.nl", places="2")
    assert Registration.objects.get(email="duo@example.nl").status == RegistrationStatus.WAITING
    assert registrations.capacity_and_taken(training, FIRST) == (3, 2)


def test_full_without_waiting_list_says_so_and_refuses(make_event, client, html):
    event = make_event(
        "Webinar",
        registration_enabled=True,
        registration_capacity=1,
        registration_waiting_list=False,
    )
    register_many(client, event, 1)
    page = form_on(html, client, event)
    assert page.select_one("#registration form") is None
    assert "Deze datum is vol." in page.text("#registration")
    response = post(client, event, email="nog1@example.nl")
    assert response.status_code == 409
    assert "Deze datum is vol." in html(response).text("#registration")
    assert Registration.objects.count() == 1


def test_the_same_address_twice_is_one_registration_and_tells_nothing(client, training, html):
    first = post(client, training)
    second = post(client, training, name="Iemand Anders", email="  ANNA@example.NL ")
    assert second.status_code == 303
    assert Registration.objects.count() == 1
    assert Registration.objects.get().name == "Anna de Vries"
    # The mail goes again to the address (for someone who lost it), as it was stored, and at
    # most once a quarter of an hour.
    assert len(mail.outbox) == 2
    assert mail.outbox[1].to == ["anna@example.nl"]
    assert "Beste Anna de Vries," in mail.outbox[1].body
    post(client, training)
    assert len(mail.outbox) == 2
    with time_machine.travel(BEFORE + dt.timedelta(minutes=16), tick=False):
        post(client, training)
    assert len(mail.outbox) == 3
    # Whoever sends an address that is already registered sees what anyone sees: nothing
    # of the registration that exists.
    assert first["Location"] == second["Location"]
    page = html(client.get(second["Location"]))
    assert "Anna" not in page.text("main")
    # Another date is another registration.
    post(client, training, date=SECOND)
    assert Registration.objects.count() == 2


def test_the_same_address_after_cancelling_can_register_again(client, training):
    post(client, training)
    registration = Registration.objects.get()
    registrations.cancel(registration, "http://testserver")
    post(client, training)
    assert Registration.objects.filter(status=RegistrationStatus.CONFIRMED).count() == 1
    assert Registration.objects.count() == 2


# Errors and bad input -------------------------------------------------------------------------


def test_field_errors_are_clear_and_keep_what_was_typed(client, training, html):
    response = post(
        client,
        training,
        name="",
        email="anna-at-example",
        consent=None,
        access_needs="Ringleiding",
    )
    assert response.status_code == 400
    page = html(response)
    text = page.text("#registration")
    assert "Vul je naam in." in text
    assert "Vul een e-mailadres in zoals naam@voorbeeld.nl." in text
    assert "Vink het vakje aan" in text
    assert page.select_one("#id_email")["value"] == "anna-at-example"
    assert page.select_one("#id_email")["aria-invalid"] == "true"
    assert "id_email-error" in page.select_one("#id_email")["aria-describedby"]
    assert page.select_one("#id_access_needs").get_text() == "Ringleiding"
    summary_links = [a["href"] for a in page.select(".error-summary a")]
    assert summary_links == ["#id_name", "#id_email", "#id_consent"]
    assert not Registration.objects.exists()
    assert not mail.outbox


def test_english_errors_are_in_english(client, training, html):
    english = translate_page(training, title="Training", slug="training")
    response = post(client, english, name="", email="x")
    page = html(response)
    assert page.lang == "en"
    assert "Fill in your name." in page.text("#registration")


@pytest.mark.parametrize(
    ("fields", "status"),
    [
        ({"date": "2027-02-30"}, 400),
        ({"date": "morgen"}, 400),
        ({"date": "2027-03-03"}, 404),  # not a date of the series
        ({"places": "3"}, 400),  # over the limit of 2
        ({"places": "-1"}, 400),
        ({"places": "veel"}, 400),
        ({"name": "x" * 500}, 400),
        ({"phone": "1234567"}, 303),  # not asked, so ignored
    ],
)
def test_bad_input_gets_a_4xx_and_stores_nothing(client, training, fields, status):
    response = post(client, training, **fields)
    assert response.status_code == status
    assert Registration.objects.count() == (1 if status == 303 else 0)


def test_unknown_event_is_404(client, training):
    response = client.post(f"/nl/aanmelding/{training.pk + 999}/", {"name": "x"})
    assert response.status_code == 404


def test_get_on_the_form_address_is_not_allowed(client, training):
    assert client.get(reverse_register(training)).status_code == 405


def test_honeypot_stores_nothing(client, training, html):
    response = post(client, training, website="http://spam.example")
    assert response.status_code == 400
    assert not Registration.objects.exists()
    assert not mail.outbox
    page = html(response)
    assert "konden deze aanmelding niet aannemen" in page.text("#registration")
    assert page.select_one("#id_website").get("value", "") == ""
    assert "spam.example" not in response.content.decode()
    assert page.select_one("#id_name")["value"] == "Anna de Vries"


def test_rate_limit_per_address(client, training, settings, html):
    settings.REGISTRATION_RATE_LIMIT = (3, 3600)
    register_many(client, training, 3)
    response = post(client, training, email="vierde@example.nl")
    assert response.status_code == 429
    assert "Te veel aanmeldingen" in html(response).text("#registration")
    assert Registration.objects.count() == 3
    # Another address is not limited.
    other = client.post(
        reverse_register(training),
        {
            "date": "2027-03-02",
            "name": "B",
            "email": "b@example.nl",
            "places": "1",
            "consent": "on",
        },
        REMOTE_ADDR="198.51.100.7",
    )
    assert other.status_code == 303


def test_behind_a_proxy_the_limit_is_per_visitor_not_for_everyone(client, training, settings):
    settings.REGISTRATION_RATE_LIMIT = (1, 3600)
    settings.TRUSTED_PROXY_COUNT = 1

    def through_proxy(visitor, email):
        meta = {"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": visitor}
        return post(client, training, email=email, meta=meta).status_code

    assert through_proxy("203.0.113.1", "a@example.nl") == 303
    assert through_proxy("203.0.113.2", "b@example.nl") == 303
    assert through_proxy("203.0.113.1", "c@example.nl") == 429
    # A visitor cannot dodge the limit by sending an X-Forwarded-For of their own.
    assert through_proxy("198.51.100.50, 203.0.113.1", "d@example.nl") == 429


def test_the_rate_limit_keeps_no_address_in_clear(client, training, settings):
    from django.core.cache import cache

    post(client, training)
    keys = list(cache._cache.keys())  # locmem
    assert keys and not any("127.0.0.1" in key for key in keys)


def test_a_form_sent_from_another_site_is_refused(client, training):
    response = client.post(
        reverse_register(training),
        {
            "date": "2027-03-02",
            "name": "A",
            "email": "a@example.nl",
            "places": "1",
            "consent": "on",
        },
        HTTP_ORIGIN="https://evil.example",
    )
    assert response.status_code == 403
    assert not Registration.objects.exists()


# States of a date -----------------------------------------------------------------------------


def test_cancelled_date_says_so(make_event, client, html):
    event = make_event(
        "Training",
        registration_enabled=True,
        registration_capacity=5,
        exceptions=[{"date": FIRST, "kind": "cancel", "text": "De trainer is ziek."}],
    )
    page = form_on(html, client, event, FIRST)
    assert page.select_one("#registration form") is None
    assert "geannuleerd" in page.text("#registration")
    assert post(client, event).status_code == 409
    assert not Registration.objects.exists()


def test_closed_and_not_yet_open_dates_say_so(make_event, client, html):
    event = make_event(
        "Training",
        registration_enabled=True,
        registration_capacity=5,
        registration_opens_days_before=14,
        registration_closes_hours_before=24,
    )
    # 1 February: the date of 2 March opens on 16 February.
    page = form_on(html, client, event, FIRST)
    assert page.select_one("#registration form") is None
    assert "opent op" in page.text("#registration")
    assert page.select_one("#registration time[datetime='2027-02-16T19:30:00+01:00']")
    assert post(client, event).status_code == 409
    with time_machine.travel(dt.datetime(2027, 2, 20, 12, tzinfo=dt.UTC), tick=False):
        assert form_on(html, client, event, FIRST).select_one("#registration form")
        assert post(client, event).status_code == 303
    # The day before, 19:30 Amsterdam: closed.
    with time_machine.travel(dt.datetime(2027, 3, 1, 19, 0, tzinfo=dt.UTC), tick=False):
        page = form_on(html, client, event, FIRST)
        assert page.select_one("#registration form") is None
        assert "gesloten" in page.text("#registration")
        assert post(client, event, email="laat@example.nl").status_code == 409


def test_registration_opening_moment_is_respected(make_event, client, html):
    event = make_event(
        "Training",
        registration_enabled=True,
        registration_capacity=5,
        registration_opens=dt.datetime(2027, 2, 10, 9, 0, tzinfo=dt.UTC),
    )
    assert form_on(html, client, event).select_one("#registration form") is None
    with time_machine.travel(dt.datetime(2027, 2, 10, 9, 1, tzinfo=dt.UTC), tick=False):
        assert form_on(html, client, event).select_one("#registration form") is not None


def test_past_dates_say_so(client, training, html):
    with time_machine.travel(dt.datetime(2027, 3, 2, 20, 0, tzinfo=dt.UTC), tick=False):
        page = form_on(html, client, training, FIRST)
        assert page.select_one("#registration form") is None
        assert "voorbij" in page.text("#registration")
        assert post(client, training).status_code == 409


def test_editors_must_give_places(make_event):
    from django.core.exceptions import ValidationError

    event = make_event("Training")
    event.registration_enabled = True
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "registration_capacity" in error.value.message_dict
    event.registration_capacity = 10
    event.registration_url = "https://example.org/aanmelden"
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "registration_url" in error.value.message_dict


def test_json_ld_offer_follows_the_places(client, training, html):
    (data,) = form_on(html, client, training).json_ld()
    assert data["offers"]["availability"] == "https://schema.org/InStock"
    register_many(client, training, 3)
    (data,) = form_on(html, client, training).json_ld()
    assert data["offers"]["availability"] == "https://schema.org/SoldOut"


# Cancelling and the waiting list --------------------------------------------------------------


def test_cancel_link_asks_then_cancels_once(client, training, html):
    post(client, training)
    url = cancel_url_from(mail.outbox[0])
    # Opening the link (as a mail program might) cancels nothing.
    page = html(client.get(url))
    assert page.status_code == 200
    assert page.select_one("main form button").get_text(strip=True) == "Mijn aanmelding annuleren"
    assert Registration.objects.get().status == RegistrationStatus.CONFIRMED
    response = client.post(url, HTTP_ORIGIN="http://testserver")
    assert response.status_code == 303
    registration = Registration.objects.get()
    assert registration.status == RegistrationStatus.CANCELLED
    assert registration.cancelled_at is not None
    assert mail.outbox[-1].subject == "Aanmelding geannuleerd: Training herstelwerkgroep"
    calendar = Calendar.from_ical(mail.outbox[-1].attachments[0][1])
    assert str(calendar["method"]) == "CANCEL"
    # Used again: it says so and changes nothing.
    sent = len(mail.outbox)
    again = client.post(url, HTTP_ORIGIN="http://testserver")
    assert again.status_code == 303
    page = html(client.get(url))
    assert "Je aanmelding is geannuleerd." in page.text()
    assert page.select_one("main form") is None
    assert len(mail.outbox) == sent


def test_tampered_or_foreign_tokens_are_refused(client, training, html):
    post(client, training)
    url = cancel_url_from(mail.outbox[0])
    token = url.rstrip("/").split("/")[-1]
    tampered = url.replace(token, token[:-2] + ("aa" if not token.endswith("aa") else "bb"))
    assert client.get(tampered).status_code == 404
    assert client.post(tampered).status_code == 404
    # A token signed for another purpose (same key, another salt) cannot cancel.
    registration = Registration.objects.get()
    other = registrations.signing.dumps([registration.pk, registration.token], salt="other")
    assert client.post(f"/nl/aanmelding/annuleren/{other}/").status_code == 404
    # A signed token for a registration with another secret.
    forged = registrations.signing.dumps(
        [registration.pk, "guess"], salt=registrations.CANCEL_SALT
    )
    assert client.post(f"/nl/aanmelding/annuleren/{forged}/").status_code == 404
    assert Registration.objects.get().status == RegistrationStatus.CONFIRMED
    assert "niet geldig" in html(client.get(tampered)).text()


@pytest.mark.parametrize(
    "query", ["", "?date=", "?date=2027-02-30", "?date=2027-03-03", "?date=%00", "?date=x" * 50]
)
def test_the_page_after_registering_needs_a_date_of_the_event(client, training, query):
    url = f"/nl/aanmelding/{training.pk}/ontvangen/{query}"
    assert client.get(url).status_code == 404


def test_ids_too_large_for_the_database_and_odd_searches_are_handled(client, training, admin_user):
    huge = "9" * 30
    response = client.post(
        f"/nl/aanmelding/{huge}/", {"date": "2027-03-02"}, HTTP_ORIGIN="http://testserver"
    )
    assert response.status_code == 404
    assert client.get(f"/nl/aanmelding/{huge}/ontvangen/?date=2027-03-02").status_code == 404
    client.force_login(admin_user)
    for url in (f"/admin/registrations/{huge}/", f"/admin/registrations/{huge}/csv/"):
        assert client.get(url, follow=True).status_code == 404
    assert client.get("/admin/registrations/?q=%00abc").status_code == 200


def test_cancelling_after_the_start_is_not_possible(client, training, html):
    post(client, training)
    url = cancel_url_from(mail.outbox[0])
    with time_machine.travel(dt.datetime(2027, 3, 2, 19, 0, tzinfo=dt.UTC), tick=False):
        page = html(client.get(url))
        assert page.select_one("main form") is None
        client.post(url)
    assert Registration.objects.get().status == RegistrationStatus.CONFIRMED


def test_waiting_list_moves_up_in_order_of_who_fits(client, training):
    # 3 places: A takes 1, B takes 2. Then C (2), D (1) and E (1) wait, in that order.
    post(client, training, name="A", email="a@example.nl", places="1")
    post(client, training, name="B", email="b@example.nl", places="2")
    for name, places in (("C", "2"), ("D", "1"), ("E", "1")):
        post(client, training, name=name, email=f"{name.lower()}@example.nl", places=places)
    by_name = {r.name: r for r in Registration.objects.all()}
    assert [by_name[n].status for n in "ABCDE"] == ["confirmed"] * 2 + ["waiting"] * 3
    mail.outbox.clear()

    # A cancels: one place free. C needs two and does not fit; D is the first who fits.
    ok, promoted = registrations.cancel(by_name["A"], "http://testserver")
    assert ok and [r.name for r in promoted] == ["D"]
    # B cancels: two places free, and C (first in line) gets them; E still waits.
    ok, promoted = registrations.cancel(by_name["B"], "http://testserver")
    assert [r.name for r in promoted] == ["C"]
    statuses = dict(Registration.objects.values_list("name", "status"))
    assert statuses == {
        "A": "cancelled",
        "B": "cancelled",
        "C": "confirmed",
        "D": "confirmed",
        "E": "waiting",
    }
    assert registrations.capacity_and_taken(training, FIRST) == (3, 3)
    subjects = [(m.to[0], m.subject.split(":")[0]) for m in mail.outbox]
    assert subjects == [
        ("a@example.nl", "Aanmelding geannuleerd"),
        ("d@example.nl", "Er is een plaats vrijgekomen voor jou"),
        ("b@example.nl", "Aanmelding geannuleerd"),
        ("c@example.nl", "Er is een plaats vrijgekomen voor jou"),
    ]
    promoted_mail = mail.outbox[1]
    assert "aangemeld" in promoted_mail.body
    assert Calendar.from_ical(promoted_mail.attachments[0][1]).walk("VEVENT")


def test_more_places_from_the_editor_move_the_waiting_list_up(client, training):
    register_many(client, training, 5)
    assert Registration.objects.filter(status="waiting").count() == 2
    training.registration_capacity = 4
    training.save_revision().publish()
    statuses = list(
        Registration.objects.order_by("created_at", "id").values_list("status", flat=True)
    )
    assert statuses == ["confirmed"] * 4 + ["waiting"]
    assert RegistrationSlot.objects.get().capacity == 4
    # Fewer places never cancel anyone.
    training.registration_capacity = 2
    training.save_revision().publish()
    assert Registration.objects.filter(status="confirmed").count() == 4


def test_a_failing_mail_server_loses_nothing(client, training, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise OSError("mail server down")

    monkeypatch.setattr("django.core.mail.EmailMultiAlternatives.send", broken)
    response = post(client, training)
    assert response.status_code == 303
    assert Registration.objects.get().status == RegistrationStatus.CONFIRMED
    assert "Could not send" in caplog.text


def test_registrations_survive_a_date_leaving_the_series(client, training):
    post(client, training)
    training.exceptions.all().delete()
    import recurrence

    training.recurrence = recurrence.Recurrence(
        rrules=[recurrence.Rule(recurrence.WEEKLY)], exdates=[dt.datetime(2027, 3, 2)]
    )
    training.save_revision().publish()
    assert not EventOccurrence.objects.filter(event=training, original_date=FIRST).exists()
    assert Registration.objects.get().slot.original_date == FIRST


# Removal of personal data ---------------------------------------------------------------------


def test_purge_removes_personal_data_after_the_set_days_and_keeps_counts(
    client, training, settings
):
    from django.core.management import call_command

    post(client, training, phone="", access_needs="Rolstoel", remarks="")
    post(client, training, date=SECOND, email="later@example.nl")
    first = RegistrationSlot.objects.get(original_date=FIRST)
    first.registrations.update(attended=True)

    # 29 days after the first date ended (21:00 on 2 March): nothing goes yet.
    with time_machine.travel(dt.datetime(2027, 3, 31, 12, 0, tzinfo=dt.UTC), tick=False):
        call_command("purge_registrations", stdout=(out := io.StringIO()))
    assert not Registration.objects.filter(purged_at__isnull=False).exists()

    # 30 days and a bit after: the first date's registrations lose their personal data.
    with time_machine.travel(dt.datetime(2027, 4, 1, 21, 0, tzinfo=dt.UTC), tick=False):
        call_command("purge_registrations", stdout=(out := io.StringIO()))
    assert out.getvalue().startswith("Personal data removed from 1 registrations (30 days")
    purged = Registration.objects.get(slot__original_date=FIRST)
    assert (purged.name, purged.email, purged.email_key, purged.access_needs, purged.token) == (
        "",
        "",
        None,
        "",
        "",
    )
    assert purged.purged_at is not None
    assert (purged.status, purged.places, purged.attended) == ("confirmed", 1, True)
    kept = Registration.objects.get(slot__original_date=SECOND)
    assert kept.email == "later@example.nl"
    counts = RegistrationSlot.objects.with_counts().get(original_date=FIRST)
    assert (counts.confirmed_places, counts.attended_count) == (1, 1)

    # A shorter setting reaches the second date sooner.
    settings.REGISTRATION_RETENTION_DAYS = 7
    with time_machine.travel(dt.datetime(2027, 3, 17, 12, 0, tzinfo=dt.UTC), tick=False):
        call_command("purge_registrations", stdout=(out := io.StringIO()))
    assert Registration.objects.get(slot__original_date=SECOND).email == ""


def test_cancel_links_of_purged_registrations_no_longer_work(client, training):
    post(client, training)
    url = cancel_url_from(mail.outbox[0])
    registrations.purge(now=dt.datetime(2027, 5, 1, tzinfo=dt.UTC))
    assert client.get(url).status_code == 404


# Queries ---------------------------------------------------------------------------------------


def test_event_page_with_registration_has_a_fixed_query_count(
    client, training, django_assert_max_num_queries
):
    client.get(training.url)
    client.get(training.url)
    register_many(client, training, 2)
    with django_assert_max_num_queries(9):
        response = client.get(training.url)
    assert b"1 plaats vrij." in response.content
    register_many(client, training, 20, prefix="q")
    with django_assert_max_num_queries(9):
        response = client.get(training.url)
    assert b"wachtlijst" in response.content


# Edge cases from review --------------------------------------------------------------------


def test_the_waiting_list_does_not_move_up_for_a_cancelled_date(client, training):
    from events.models import EventException

    register_many(client, training, 3)
    post(client, training, email="wacht@example.nl")
    training.exceptions = [EventException(date=FIRST, kind="cancel", text="Trainer ziek.")]
    training.save_revision().publish()
    sent = len(mail.outbox)
    # People cancel because the date is off; nobody is told a place has come free.
    registrations.cancel(Registration.objects.get(email="p0@example.nl"), "http://testserver")
    waiting = Registration.objects.get(email="wacht@example.nl")
    assert waiting.status == RegistrationStatus.WAITING
    assert [m.to for m in mail.outbox[sent:]] == [["p0@example.nl"]]


def test_the_waiting_list_does_not_move_up_once_the_event_is_offline(client, training):
    register_many(client, training, 3)
    post(client, training, email="wacht@example.nl")
    training.unpublish()
    registrations.cancel(Registration.objects.get(email="p0@example.nl"), "http://testserver")
    assert Registration.objects.get(email="wacht@example.nl").status == "waiting"


def test_leaving_the_waiting_list_sends_no_calendar_file(client, training):
    register_many(client, training, 3)
    post(client, training, email="wacht@example.nl")
    registrations.cancel(Registration.objects.get(email="wacht@example.nl"), "http://testserver")
    message = mail.outbox[-1]
    assert message.to == ["wacht@example.nl"]
    assert not message.attachments
    assert "bijlage" not in message.body


def test_no_more_places_can_be_asked_than_a_date_has(make_event, client, html):
    event = make_event(
        "Kleine groep",
        registration_enabled=True,
        registration_capacity=2,
        registration_max_places=5,
    )
    page = form_on(html, client, event)
    assert [o["value"] for o in page.select('select[name="places"] option')] == ["1", "2"]
    assert post(client, event, places="3").status_code == 400
    assert not Registration.objects.exists()


def test_without_waiting_list_asking_more_than_is_left_says_how_many_are(make_event, client, html):
    event = make_event(
        "Kleine groep",
        registration_enabled=True,
        registration_capacity=3,
        registration_max_places=3,
        registration_waiting_list=False,
    )
    post(client, event, email="eerst@example.nl", places="2")
    response = post(client, event, places="2")
    assert response.status_code == 409
    assert "Er is nog maar 1 plaats vrij op deze datum." in html(response).text("#registration")
    assert Registration.objects.count() == 1


def test_a_closed_date_refuses_known_and_new_addresses_alike(client, training, settings):
    post(client, training)
    with time_machine.travel(dt.datetime(2027, 3, 2, 19, 0, tzinfo=dt.UTC), tick=False):
        known = post(client, training)
        new = post(client, training, email="nieuw@example.nl")
    assert known.status_code == new.status_code == 409
    assert known.content.replace(b"anna@example.nl", b"") == new.content.replace(
        b"nieuw@example.nl", b""
    )


def test_a_missing_date_keeps_what_was_typed(client, training, html):
    response = post(client, training, date="", name="", email="kim@example.nl")
    assert response.status_code == 400
    page = html(response)
    assert "Kies een van de data van deze activiteit." in page.text("#registration")
    assert page.select_one("#id_email")["value"] == "kim@example.nl"
    assert "Vul je naam in." in page.text("#registration")
    assert page.select_one('input[name="date"]')["value"] == "2027-03-02"
    assert not Registration.objects.exists()


def test_the_places_are_the_same_in_every_language(client, training, html):
    from wagtail_localize.fields import get_translatable_fields

    from events.models import EventPage

    fields = {f.field_name: f for f in get_translatable_fields(EventPage)}
    for name in ("registration_capacity", "registration_enabled", "registration_max_places"):
        assert fields[name].is_synchronized(training)
        assert not fields[name].is_overridable(training)
    english = translate_page(training, title="Training", slug="training")
    register_many(client, training, 1)
    # Even a translation left behind with other places counts the shared places of the date.
    EventPage.objects.filter(pk=english.pk).update(registration_capacity=10)
    english.refresh_from_db()
    assert "2 places left." in form_on(html, client, english).text("#registration")
    assert "2 plaatsen vrij." in form_on(html, client, training).text("#registration")


def test_someone_waiting_is_offered_to_leave_the_waiting_list(client, training, html):
    register_many(client, training, 3)
    post(client, training, email="wacht@example.nl")
    page = html(client.get(cancel_url_from(mail.outbox[-1])))
    assert page.select_one("main form button").get_text(strip=True) == "Haal mij van de wachtlijst"
    assert "Je staat op de wachtlijst." in page.text("main")


def test_a_lagging_translation_neither_moves_the_list_up_nor_changes_the_places(client, training):
    from events.models import EventException, EventPage

    english = translate_page(training, title="Training", slug="training")
    register_many(client, training, 3)
    post(client, training, email="wacht@example.nl")
    # Dutch cancels the first date; the English page has not caught up and still holds it.
    training.exceptions = [EventException(date=FIRST, kind="cancel", text="Trainer ziek.")]
    training.save_revision().publish()
    assert EventOccurrence.objects.get(event=english, original_date=FIRST).status == "scheduled"
    registrations.cancel(Registration.objects.get(email="p0@example.nl"), "http://testserver")
    assert Registration.objects.get(email="wacht@example.nl").status == "waiting"
    # An English page published with other places (an older sync) leaves the count alone.
    english = EventPage.objects.get(pk=english.pk)
    english.registration_capacity = 10
    english.save_revision().publish()
    assert RegistrationSlot.objects.get(original_date=FIRST).capacity == 3
    assert Registration.objects.get(email="wacht@example.nl").status == "waiting"

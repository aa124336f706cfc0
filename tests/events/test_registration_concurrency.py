"""Registrations arriving at the same moment, over HTTP, on PostgreSQL.

A live server thread answers real requests; each request runs in its own thread with its own
database connection, as in production. Threads only see committed data, so the test works
outside a test transaction, on an event of its own under the session's (committed) demo
agenda, and removes the event and its registrations afterwards.
"""

import datetime as dt
import http.client
import uuid
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlencode

from django.core import mail
from django.db import connection
from django.test.testcases import LiveServerThread, _StaticFilesHandler
from django.urls import reverse
from django.utils import timezone, translation

import pytest
import recurrence

from events import registrations
from events.models import AgendaPage, EventPage, Registration, RegistrationSlot

WORKERS = 40


@pytest.fixture
def crowded_event(on_postgres, demo, django_db_blocker):
    """A one-off training in two weeks with 20 places, one place per registration."""
    with django_db_blocker.unblock():
        agenda = AgendaPage.objects.filter(locale__language_code="nl").first()
        page = EventPage(
            title="Drukbezochte training",
            slug=f"drukbezochte-training-{uuid.uuid4().hex[:8]}",
            start_date=timezone.localdate() + dt.timedelta(days=14),
            start_time=dt.time(19, 30),
            end_time=dt.time(21, 0),
            recurrence=recurrence.Recurrence(),
            registration_enabled=True,
            registration_capacity=20,
            registration_max_places=1,
        )
        agenda.add_child(instance=page)
        page.save_revision().publish()
        try:
            yield page
        finally:
            RegistrationSlot.objects.filter(event_key=page.translation_key).delete()
            EventPage.objects.get(pk=page.pk).delete()


@pytest.fixture
def server(crowded_event, settings, django_db_blocker):
    settings.ALLOWED_HOSTS = ["127.0.0.1"]
    thread = LiveServerThread("127.0.0.1", _StaticFilesHandler, connections_override={})
    thread.daemon = True
    with django_db_blocker.unblock():
        thread.start()
        thread.is_ready.wait()
        if thread.error:
            raise thread.error
        try:
            yield f"127.0.0.1:{thread.port}"
        finally:
            thread.terminate()


def test_200_at_once_for_20_places_never_overbook_and_lose_none(
    crowded_event, server, django_db_blocker
):
    with translation.override("nl"):
        path = reverse("events:register", args=[crowded_event.pk])
    date = crowded_event.start_date.isoformat()
    emails = [f"deelnemer{number}@example.nl" for number in range(200)]

    def one(email):
        return register_on(server, path, email, date)

    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        statuses = list(pool.map(one, emails))

    assert statuses == [303] * 200
    with django_db_blocker.unblock():
        slot = RegistrationSlot.objects.with_counts().get(event_key=crowded_event.translation_key)
        stored = Registration.objects.filter(slot=slot)
        assert stored.count() == 200
        assert stored.filter(status="confirmed").count() == 20
        assert stored.filter(status="waiting").count() == 180
        assert (slot.confirmed_places, slot.waiting_places) == (20, 180)
        assert sorted(stored.values_list("email", flat=True)) == sorted(emails)
    assert len(mail.outbox) == 200

    # The same address sent 20 times at once is one registration; its mail goes out once, and
    # once more for the repeats (a repeat resends it at most once a quarter of an hour).
    with ThreadPoolExecutor(max_workers=20) as pool:
        again = list(pool.map(lambda _: one("dubbel@example.nl"), range(20)))
    assert again == [303] * 20
    with django_db_blocker.unblock():
        assert Registration.objects.filter(email="dubbel@example.nl").count() == 1
        assert Registration.objects.filter(slot=slot).count() == 201
    assert len(mail.outbox) == 202

    # 15 of the confirmed cancel while 15 newcomers register, all at once: the freed places go
    # to the waiting list in order, the newcomers queue behind it, and nothing is overbooked.
    with django_db_blocker.unblock():
        leaving = list(stored.filter(status="confirmed").order_by("id")[:15])
        first_waiting = list(
            stored.filter(status="waiting")
            .order_by("created_at", "id")
            .values_list("pk", flat=True)
        )[:15]
        cancel_paths = [
            reverse("events:registration_cancel", args=[registrations.cancel_token(r)])
            for r in leaving
        ]
    newcomers = [f"nieuw{number}@example.nl" for number in range(15)]
    jobs = [("cancel", path) for path in cancel_paths] + [("new", email) for email in newcomers]

    def run(job):
        kind, value = job
        if kind == "cancel":
            return post_form(server, value, {})
        return one(value)

    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        results = list(pool.map(run, jobs))
    assert results == [303] * 30
    with django_db_blocker.unblock():
        slot = RegistrationSlot.objects.with_counts().get(pk=slot.pk)
        assert slot.confirmed_places == 20
        assert stored.filter(status="cancelled").count() == 15
        moved_up = set(
            stored.filter(status="confirmed", pk__in=first_waiting).values_list("pk", flat=True)
        )
        assert moved_up == set(first_waiting)
        assert not stored.filter(status="confirmed", email__in=newcomers).exists()
        assert stored.count() == 216
    connection.close()


def register_on(address, path, email, date):
    """POST one registration for a date; the status code, or the error's text (never raised)."""
    fields = {
        "date": date,
        "name": "Deelnemer",
        "email": email,
        "places": "1",
        "consent": "on",
        "website": "",
    }
    return post_form(address, path, fields)


def post_form(address, path, fields):
    """POST a form as a browser on this site would; the status code, or the error's text."""
    try:
        client = http.client.HTTPConnection(address, timeout=120)
        client.request(
            "POST",
            path,
            body=urlencode(fields),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Origin": f"http://{address}",
            },
        )
        response = client.getresponse()
        response.read()
        client.close()
        return response.status
    except Exception as error:  # noqa: BLE001 - every failure is counted, not raised
        return repr(error)


@pytest.mark.django_db
def test_the_database_itself_refuses_a_second_active_registration(on_postgres, training):
    """The last line of defence under the lock: a partial unique index on (date, address)."""
    from django.db import IntegrityError, transaction

    from events import registrations

    slot = RegistrationSlot.objects.create(
        event=training,
        event_key=training.translation_key,
        original_date=training.start_date,
        title=training.title,
        start=timezone.now() + dt.timedelta(days=1),
        end=timezone.now() + dt.timedelta(days=1, hours=1),
        capacity=3,
    )
    key = registrations.email_key("anna@example.nl")
    first = Registration.objects.create(slot=slot, email_key=key, email="anna@example.nl")
    with pytest.raises(IntegrityError), transaction.atomic():
        Registration.objects.create(slot=slot, email_key=key, email="Anna@Example.nl")
    # Once cancelled, the address may register again; removed data (no key) never clashes.
    first.status = "cancelled"
    first.save()
    Registration.objects.create(slot=slot, email_key=key, email="anna@example.nl")
    Registration.objects.create(slot=slot, email_key=None)
    Registration.objects.create(slot=slot, email_key=None)
    with pytest.raises(IntegrityError), transaction.atomic():
        RegistrationSlot.objects.create(
            event_key=training.translation_key,
            original_date=training.start_date,
            title="twice",
            start=slot.start,
            end=slot.end,
            capacity=1,
        )

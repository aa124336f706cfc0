import datetime

import pytest
import recurrence

from events.models import AgendaPage, EventException, EventPage
from tests.factories.pages import add_page


@pytest.fixture
def agenda(site_tree):
    return add_page(site_tree["nl"], AgendaPage, title="Agenda", slug="test-agenda")


@pytest.fixture
def make_event(agenda):
    def make(title="Lotgenotengroep", rule="weekly", start=datetime.date(2027, 3, 2), **fields):
        rules = {
            "weekly": recurrence.Recurrence(rrules=[recurrence.Rule(recurrence.WEEKLY)]),
            None: None,
        }
        exceptions = fields.pop("exceptions", [])
        rec = fields.pop("recurrence", rules.get(rule))
        page = EventPage(
            title=title,
            slug=fields.pop("slug", None) or title.lower().replace(" ", "-"),
            start_date=start,
            start_time=fields.pop("start_time", datetime.time(19, 30)),
            end_time=fields.pop("end_time", datetime.time(21, 0)),
            recurrence=rec if rec is not None else recurrence.Recurrence(),
            exceptions=[EventException(**e) for e in exceptions],
            **fields,
        )
        agenda.add_child(instance=page)
        page.save_revision().publish()
        page.refresh_from_db()
        return page

    return make


@pytest.fixture
def no_demo_registrations(db):
    """Start without registrations.

    The demo content, which other tests load into the same database for the whole session, has
    some; they are removed within the test's transaction only.
    """
    from events.models import RegistrationSlot

    RegistrationSlot.objects.all().delete()


@pytest.fixture
def training(make_event):
    """A weekly training from 2 March 2027 with three places, at most two per registration."""
    return make_event(
        "Training herstelwerkgroep",
        registration_enabled=True,
        registration_capacity=3,
        registration_max_places=2,
        venue="Buurthuis De Linde",
        address="Lindelaan 4, Utrecht",
    )


@pytest.fixture(autouse=True)
def _empty_cache():
    """Feeds cache each event's part by publication time, which frozen clocks repeat."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()

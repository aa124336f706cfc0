import datetime

import pytest
import recurrence

from events.models import AgendaPage, EventPage
from programmes.models import ProgrammeIndexPage, ProgrammePage
from tests.factories.pages import add_page


@pytest.mark.django_db
def test_programme_page_shows_its_coming_activities(site_tree, client, html):
    index = add_page(site_tree["nl"], ProgrammeIndexPage, title="Programma's", slug="prog-test")
    programme = add_page(index, ProgrammePage, title="Regie in de Regio", slug="regie-test")
    other = add_page(index, ProgrammePage, title="Ander programma", slug="ander-test")
    agenda = add_page(site_tree["nl"], AgendaPage, title="Agenda", slug="agenda-prog-test")
    for title, owner in (("Regiobijeenkomst", programme), ("Iets anders", other)):
        event = EventPage(
            title=title,
            slug=title.lower().replace(" ", "-"),
            start_date=datetime.date.today() + datetime.timedelta(days=3),
            start_time=datetime.time(13, 0),
            end_time=datetime.time(16, 0),
            recurrence=recurrence.Recurrence(),
            programme=owner,
        )
        agenda.add_child(instance=event)
        event.save_revision().publish()
    page = html(client.get(programme.url))
    section = page.select_one(".upcoming-activities")
    titles = [node.get_text(strip=True) for node in section.select(".occurrence__title")]
    assert titles == ["Regiobijeenkomst"]
    assert f"programme={programme.pk}" in section.select("a")[-1]["href"]

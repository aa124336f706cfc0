"""What PostgreSQL's database backend gives us: stemming per language, weights, facets."""

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from tests.search.conftest import results, search_url

pytestmark = pytest.mark.django_db


def get(client, html, language, **params):
    response = client.get(search_url(language), params)
    assert response.status_code == 200
    return html(response)


def test_dutch_plural_finds_singular(on_postgres, add, client, html):
    add("nl", "Onze herstelacademie", "Cursussen over herstel, voor iedereen.")
    add("nl", "Wandelgroep", "Elke week samen wandelen.")
    page = get(client, html, "nl", q="herstelacademies")
    assert results(page, among={"Onze herstelacademie", "Wandelgroep"}) == ["Onze herstelacademie"]


def test_dutch_stemming_in_the_body(on_postgres, add, client, html):
    add("nl", "Trainingen van Xander", "Gegeven door een ervaringsdeskundige uit de regio.")
    add("nl", "Agenda van Xander", "Alle activiteiten.")
    page = get(client, html, "nl", q="ervaringsdeskundigen")
    mine = {"Trainingen van Xander", "Agenda van Xander"}
    assert results(page, among=mine) == ["Trainingen van Xander"]


def test_english_pages_found_with_english_words(on_postgres, add, client, html):
    add("en", "Recovery walks", "We are walking together every week.")
    add("nl", "Wandelen", "We are walking together every week.")
    page = get(client, html, "en", q="walks")
    # English stemming: "walks" and "walking" share the stem "walk".
    assert results(page, among={"Recovery walks", "Wandelen"}) == ["Recovery walks"]


def test_languages_are_kept_apart(on_postgres, add, client, html):
    add("nl", "Lotgenotengroep Zwartewaal", "Een groep voor naasten.")
    add("en", "Peer group Zwartewaal", "A group for family and friends.")
    assert results(get(client, html, "nl", q="Zwartewaal")) == ["Lotgenotengroep Zwartewaal"]
    assert results(get(client, html, "en", q="Zwartewaal")) == ["Peer group Zwartewaal"]


def test_index_rows_are_stemmed_in_their_own_language(on_postgres, add):
    from django.db import connection

    dutch = add("nl", "Herstelacademies", "")
    english = add("en", "Walking groups", "")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT object_id, title::text FROM wagtailsearch_indexentry "
            "WHERE object_id IN (%s, %s)",
            [str(dutch.pk), str(english.pk)],
        )
        vectors = dict(cursor.fetchall())
    assert "herstelacademie" in vectors[str(dutch.pk)]
    assert "'walk'" in vectors[str(english.pk)]


def test_title_weighs_more_than_body(on_postgres, add, client, html):
    add("nl", "Over Xander", "Hier staat ook iets over de talkshow, ergens in de tekst.")
    add("nl", "Talkshow Xander", "Een maandelijks gesprek.")
    page = get(client, html, "nl", q="talkshow")
    mine = {"Talkshow Xander", "Over Xander"}
    assert results(page, among=mine) == ["Talkshow Xander", "Over Xander"]


def test_drafts_and_unpublished_pages_are_not_found(on_postgres, add, client, html):
    add("nl", "Zichtbare zomerschool", "")
    add("nl", "Concept zomerschool", "", publish=False, live=False)
    gone = add("nl", "Oude zomerschool", "")
    gone.unpublish()
    assert results(get(client, html, "nl", q="zomerschool")) == ["Zichtbare zomerschool"]


def test_contact_persons_by_name_and_role(on_postgres, site_tree, person, client, html):
    person("nl", "Yara Verbrugge", role="Coördinator herstelnetwerken")
    person("en", "Yara Verbrugge", role="Coordinator of recovery networks")
    person("nl", "Verborgen Persoon", role="Coördinator", live=False)
    by_name = get(client, html, "nl", q="Verbrugge")
    assert results(by_name) == ["Yara Verbrugge"]
    assert by_name.select_one(".search-result__type").get_text(strip=True) == "Contactpersonen"
    mine = {"Yara Verbrugge", "Verborgen Persoon"}
    assert results(get(client, html, "nl", q="coördinatoren"), among=mine) == ["Yara Verbrugge"]
    english = get(client, html, "en", q="coordinators")
    assert results(english, among=mine) == ["Yara Verbrugge"]


def test_facets_count_per_type_and_filter(on_postgres, add, person, client, html):
    for number in range(3):
        add("nl", f"Klompendans {number}", "Een klompendans in de wijk.")
    person("nl", "Kees Klompendans", role="Organiseert klompendansen")
    page = get(client, html, "nl", q="klompendans")
    facets = {" ".join(link.get_text(" ").split()) for link in page.select(".search-facets a")}
    assert facets == {"Alles (4)", "Pagina's (3)", "Contactpersonen (1)"}
    filtered = get(client, html, "nl", q="klompendans", type="person")
    assert results(filtered) == ["Kees Klompendans"]
    current = filtered.select_one('.search-facets a[aria-current="true"]')
    assert "Contactpersonen" in current.get_text()


def test_promotions_come_first(on_postgres, add, client, html):
    add("nl", "Kwartetvacatures", "Werken bij ons.")
    target = add("nl", "Word vrijwilliger", "Help mee.")
    query = Query.objects.create(query_string="kwartetvacatures")
    SearchPromotion.objects.create(query=query, page=target, description="Ook zonder betaling.")
    page = get(client, html, "nl", q="Kwartetvacatures")
    promoted = page.select(".search-promotions a")
    assert [link.get_text(strip=True) for link in promoted] == ["Word vrijwilliger"]
    assert "Ook zonder betaling." in page.text(".search-promotions")
    assert results(page) == ["Kwartetvacatures"]
    # The English search does not show a promotion of a Dutch page.
    assert not get(client, html, "en", q="kwartetvacatures").select(".search-promotions a")


def test_highlight_marks_stemmed_words_and_escapes(on_postgres, add, client, html):
    add("nl", "Scholing", "Leer van <b>xylofoonacademies</b> & anderen.")
    page = get(client, html, "nl", q="xylofoonacademie")
    snippet = page.select_one(".search-result__snippet")
    assert [mark.get_text() for mark in snippet.select("mark")] == ["xylofoonacademies"]
    assert snippet.select("b") == []
    assert "<b>" in snippet.get_text()


def test_inactive_results_rank_last_and_details_are_shown(
    on_postgres, add, client, html, monkeypatch
):
    import datetime
    from zoneinfo import ZoneInfo

    from home.models import StandardPage

    past = add("nl", "Kookcursus voorbij", "Koken, koken en nog eens koken.")
    future = add("nl", "Kookcursus", "Koken.")
    when = datetime.datetime(2026, 11, 24, 19, 30, tzinfo=ZoneInfo("Europe/Amsterdam"))
    calls = []

    def inactive(cls):
        calls.append("inactive")
        return {past.pk}

    def details(cls, pages):
        calls.append(sorted(page.pk for page in pages))
        return {future.pk: {"next_occurrence": when}}

    monkeypatch.setattr(StandardPage, "search_inactive_ids", classmethod(inactive), raising=False)
    monkeypatch.setattr(StandardPage, "search_details", classmethod(details), raising=False)
    page = get(client, html, "nl", q="koken")
    assert results(page, among={"Kookcursus", "Kookcursus voorbij"}) == [
        "Kookcursus",
        "Kookcursus voorbij",
    ]
    assert calls == ["inactive", sorted([past.pk, future.pk])]
    time = page.select_one(".search-result__when time")
    assert time["datetime"] == "2026-11-24T19:30:00+01:00"

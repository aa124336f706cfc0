"""What visitors read on programme, project, series, episode and place pages, in both languages."""

import feedparser
import pytest
from wagtail.models import Locale

from programmes.models import (
    EpisodePage,
    EpisodeType,
    Municipality,
    ProgrammeIndexPage,
    ProgrammePage,
    ProjectPage,
    SeriesPage,
    WhereWeWorkPage,
)

pytestmark = pytest.mark.django_db


def _en(page):
    return page.get_translation(Locale.objects.get(language_code="en")).specific


def _demo_pages():
    nl = Locale.objects.get(language_code="nl")
    regie = ProgrammePage.objects.get(slug="regie-in-de-regio", locale=nl)
    return {
        "index": ProgrammeIndexPage.objects.get(locale=nl),
        "programme": regie,
        "project": ProjectPage.objects.get(slug="empowerment-in-de-wijk", locale=nl),
        "series": SeriesPage.objects.get(slug="beweging-in-kwetsbaarheid", locale=nl),
        "episode": EpisodePage.objects.get(slug="aflevering-2", locale=nl),
        "places": WhereWeWorkPage.objects.get(locale=nl),
    }


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_page_type_renders_in_both_languages(demo, client, html, language):
    for kind, page in _demo_pages().items():
        if language == "en":
            page = _en(page)
        response = client.get(page.url)
        assert response.status_code == 200, (kind, page.url)
        document = html(response)
        assert document.select_one("html")["lang"] == language
        assert document.select_one("h1").get_text(strip=True) == page.title
    overview = _demo_pages()["places"]
    if language == "en":
        overview = _en(overview)
    for path, heading in (("eemland/", "Eemland"), ("eemland/amersfoort/", "Amersfoort")):
        document = html(client.get(overview.url + path))
        assert heading in document.select_one("h1").get_text()
        assert document.select_one("html")["lang"] == language


def test_goals_are_read_in_their_order_in_each_language(demo, client, html):
    programme = _demo_pages()["programme"]
    expected = [block.value for block in programme.goals]
    shown = [
        li.get_text(strip=True) for li in html(client.get(programme.url)).select(".goals ol li")
    ]
    assert shown == expected and len(shown) == 3
    english = [
        li.get_text(strip=True)
        for li in html(client.get(_en(programme).url)).select(".goals ol li")
    ]
    assert english[0] == "Strengthen local and regional advocacy in every lead municipality."
    assert len(english) == 3


def test_contact_cards_have_working_mail_and_phone_links(demo, client, html):
    programme = _demo_pages()["programme"]
    for page, role in ((programme, "Programmaleider"), (_en(programme), "Programme lead")):
        cards = html(client.get(page.url)).select(".contacts .contact-card")
        names = [card.select_one(".contact-card__name").get_text(strip=True) for card in cards]
        assert names == ["Anouk de Vries", "Sanne Jansen"]
        first = cards[0]
        assert first.select_one('a[href^="mailto:"]')["href"] == "mailto:anouk.devries@example.org"
        assert first.select_one('a[href^="tel:"]')["href"] == "tel:0301234560"
        # The English page shows the English translation of the contact person.
        assert first.select_one(".contact-card__role").get_text(strip=True).startswith(role)


def _partners(document):
    rows = []
    for group in document.select(".partner-group"):
        place = group.select_one(".partner-group__place")
        for partner in group.select(".partner"):
            role = partner.select_one(".partner__role")
            rows.append(
                [
                    partner.select_one(".partner__name").get_text(strip=True),
                    role.get_text(strip=True) if role else "",
                    place.get_text(strip=True) if place else "",
                ]
            )
    return rows


def test_partners_are_listed_with_their_role_in_the_project(demo, client, html):
    project = _demo_pages()["project"]
    table = _partners(html(client.get(project.url)))
    assert ["Team ED", "zelfhulporganisatie", "Amsterdam"] in table
    assert ["Wijkteam Hoograven", "wijkteam of welzijnsorganisatie", "Utrecht"] in table
    assert len(table) == 12
    english = _partners(html(client.get(_en(project).url)))
    assert english[0] == ["Team ED", "self-help organisation", "Amsterdam"]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_municipalities_link_to_their_own_pages(demo, client, html, language):
    project = _demo_pages()["project"]
    if language == "en":
        project = _en(project)
    links = html(client.get(project.url)).select(".facts__places a")
    names = [link.get_text(strip=True) for link in links]
    assert names == ["Amsterdam", "Gouda", "Utrecht", "Arnhem", "Zutphen", "Enschede"]
    for link in links:
        response = client.get(link["href"])
        assert response.status_code == 200
        page = html(response)
        assert page.select_one("h1").get_text(strip=True) == link.get_text(strip=True)
        assert page.select_one("html")["lang"] == language
        # The municipality page lists the project that links to it.
        assert project.title in [a.get_text(strip=True) for a in page.select(".card__title a")]


def test_projects_are_listed_on_their_programme(demo, client, html):
    programme = _demo_pages()["programme"]
    cards = html(client.get(programme.url)).select(".projects .card__title a")
    titles = {a.get_text(strip=True): a["href"] for a in cards}
    assert set(titles) == {
        "Rondje regio's",
        "Uitwisselingsbijeenkomsten",
        "Bouwconferentie zelfregienetwerken",
    }
    for href in titles.values():
        assert client.get(href).status_code == 200


def test_episodes_are_listed_in_date_order(demo, client, html):
    series = _demo_pages()["series"]
    document = html(client.get(series.url))
    items = document.select(".episode-list__item")
    dates = [item.select_one("time")["datetime"] for item in items]
    assert len(dates) == 6 and dates == sorted(dates)
    assert dates[0] == "2021-01-21"
    feed = document.select_one('link[rel="alternate"][type="application/rss+xml"]')
    assert feed["href"] == series.url + "podcast/"


def test_episode_pages_offer_player_transcript_or_document(demo, client, html):
    series = _demo_pages()["series"]
    episodes = {e.episode_type: e for e in EpisodePage.objects.child_of(series)}
    podcast = html(client.get(episodes[EpisodeType.PODCAST].url))
    audio = podcast.select_one("audio[controls]")
    assert audio["src"].endswith(".mp3")
    assert podcast.select_one(".transcript h2") is not None
    talkshow = html(client.get(episodes[EpisodeType.TALKSHOW].url))
    # The player only loads from YouTube (no-cookie) when the visitor asks for it.
    assert talkshow.select_one("iframe") is None
    assert (
        "youtube-nocookie.com" in talkshow.select_one("[data-video-player]")["data-video-player"]
    )
    publication = html(client.get(episodes[EpisodeType.PUBLICATION].url))
    assert publication.select_one(".document-link a")["href"].endswith(".pdf")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_podcast_feed_has_one_entry_per_audio_episode(demo, client, language):
    series = _demo_pages()["series"]
    if language == "en":
        series = _en(series)
    response = client.get(series.url + "podcast/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.title == series.title
    assert feed.namespaces.get("itunes") == "http://www.itunes.com/dtds/podcast-1.0.dtd"
    # What podcast directories ask for: an owner, an image, a category, a language.
    assert feed.feed.publisher_detail.email == "info@example.org"
    assert feed.feed.image.href.startswith("http://testserver/")
    assert feed.feed.tags[0].term == "Health & Fitness"
    assert feed.feed.language == language
    audio_episodes = EpisodePage.objects.child_of(series).filter(
        episode_type=EpisodeType.PODCAST, audio__isnull=False
    )
    assert len(feed.entries) == audio_episodes.count() == 3
    by_title = {episode.title: episode for episode in audio_episodes.select_related("audio")}
    for entry in feed.entries:
        episode = by_title[entry.title]
        (enclosure,) = entry.enclosures
        assert enclosure.type == "audio/mpeg"
        assert int(enclosure.length) == episode.audio.file_size > 1000
        assert enclosure.href == "http://testserver" + episode.audio.url
        assert entry.link == "http://testserver" + episode.url
        assert entry.itunes_duration.count(":") == 2
    published = [entry.published_parsed for entry in feed.entries]
    assert published == sorted(published, reverse=True)


def test_region_page_lists_its_municipalities_and_marks_the_lead(demo, client, html):
    overview = _demo_pages()["places"]
    document = html(client.get(overview.url + "eemland/"))
    items = [li.get_text(" ", strip=True) for li in document.select("main .inline-list li")]
    assert "Amersfoort (centrumgemeente)" in items
    assert "Soest" in items
    programmes = [a.get_text(strip=True) for a in document.select(".card__title a")]
    assert "Herstelnetwerk regio Eemland" in programmes
    # The language switcher leads to the same region in English.
    english = document.select_one('link[rel="alternate"][hreflang="en"]')["href"]
    assert english.endswith("/en/where-we-work/eemland/")


def test_municipality_page_shows_programmes_projects_and_activities(demo, client, html):
    overview = _demo_pages()["places"]
    document = html(client.get(overview.url + "eemland/amersfoort/"))
    titles = [a.get_text(strip=True) for a in document.select(".card__title a")]
    assert "Herstelnetwerk regio Eemland" in titles
    assert "Van herstelacademie naar herstelnetwerk" in titles
    assert document.select_one(".upcoming-activities") is not None
    canonical = document.select_one('link[rel="canonical"]')["href"]
    assert canonical.endswith("/nl/waar-we-werken/eemland/amersfoort/")


def test_places_overview_links_every_region_and_municipality(demo, client, html):
    overview = _demo_pages()["places"]
    document = html(client.get(overview.url))
    hrefs = [a["href"] for a in document.select(".region-list a")]
    nl = Locale.objects.get(language_code="nl")
    assert len(hrefs) == Municipality.objects.filter(locale=nl).count() + 8
    for href in hrefs[:5]:
        assert client.get(href).status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        "?region=atlantis",
        "?status=paused",
        "?region=%3Cscript%3Ealert(1)%3C/script%3E",
        "?region=" + "x" * 5000,
        "?status=running&region=eemland&page=99999",
        "?region[]=1&status=%00",
    ],
)
def test_programme_index_handles_bad_filters(demo, client, html, query):
    index = _demo_pages()["index"]
    response = client.get(index.url + query)
    assert response.status_code == 200
    document = html(response)
    if "eemland" in query:
        assert [a.get_text(strip=True) for a in document.select(".card__title a")] == [
            "Herstelnetwerk regio Eemland",
            "Regie in de Regio",
        ]
    else:
        assert document.select(".programme-list") == []
        assert document.select_one(".notice--warning") is not None
    assert b"<script>alert" not in response.content


def test_programme_index_filters_by_region_and_status(demo, client, html):
    index = _demo_pages()["index"]

    def titles(query):
        return [
            a.get_text(strip=True)
            for a in html(client.get(index.url + query)).select(".card__title a")
        ]

    everything = titles("")
    assert "Beweging in kwetsbaarheid" in everything and len(everything) == 4
    assert titles("?status=finished") == [
        "Beweging in kwetsbaarheid",
        "Ervaringsdeskundigheid in de wijk",
    ]
    assert titles("?region=twente") == ["Ervaringsdeskundigheid in de wijk", "Regie in de Regio"]


@pytest.mark.parametrize(
    "path", ["atlantis/", "eemland/atlantis/", "twente/amersfoort/", "eemland/amersfoort/x/"]
)
def test_unknown_places_are_not_found(demo, client, path):
    overview = _demo_pages()["places"]
    assert client.get(overview.url + path).status_code == 404


def test_podcast_feed_leaves_out_private_episodes_and_is_cached_only_when_public(demo, client):
    from wagtail.models import PageViewRestriction

    series = _demo_pages()["series"]
    episode = EpisodePage.objects.child_of(series).filter(episode_type=EpisodeType.PODCAST)[0]
    response = client.get(series.url + "podcast/")
    assert "public" in response["Cache-Control"]
    PageViewRestriction.objects.create(
        page=episode, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    feed = feedparser.parse(client.get(series.url + "podcast/").content)
    assert episode.title not in [entry.title for entry in feed.entries]
    assert len(feed.entries) == 2

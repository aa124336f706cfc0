"""Programme, index and place pages render in a fixed number of queries, however much they list."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from programmes.models import Organisation, OrganisationKind
from tests.programmes.conftest import make_people, make_programme

pytestmark = pytest.mark.django_db


def _count(client, url):
    client.get(url)  # warm the caches that outlive a request (navigation, content types)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


def _organisations(count, prefix):
    from wagtail.models import Locale

    nl = Locale.objects.get(language_code="nl")
    return [
        Organisation.objects.create(name=f"{prefix} {n}", kind=OrganisationKind.WELFARE, locale=nl)
        for n in range(count)
    ]


def test_programme_page_queries_do_not_grow_with_people_projects_partners(
    programme_index, places, client, html
):
    small = make_programme(
        programme_index,
        "klein",
        people=make_people(1, "Klein"),
        partners=_organisations(1, "Klein"),
        places=[places["region"]],
        projects=1,
    )
    large = make_programme(
        programme_index,
        "groot",
        people=make_people(5, "Groot"),
        partners=_organisations(6, "Groot"),
        places=[places["region"], places["lead"], places["other"]],
        projects=10,
    )
    small_count, _response = _count(client, small.url)
    large_count, response = _count(client, large.url)
    page = html(response)
    assert len(page.select(".contacts .contact-card")) == 5
    assert len(page.select(".projects .card")) == 10
    assert len(page.select(".partners .partner")) == 6
    assert small_count == large_count
    assert large_count <= 15


def test_programme_index_queries_do_not_grow_with_programmes(
    programme_index, places, client, html
):
    make_programme(programme_index, "p-0", places=[places["lead"]])
    few, _response = _count(client, programme_index.url)
    for number in range(1, 50):
        make_programme(programme_index, f"p-{number}", places=[places["lead"]])
    many, response = _count(client, programme_index.url)
    assert len(html(response).select(".programme-list .card")) == 50
    assert few == many <= 12
    filtered, response = _count(client, programme_index.url + f"?region={places['region'].slug}")
    assert len(html(response).select(".programme-list .card")) == 50
    assert filtered <= 12


def test_municipality_page_queries_do_not_grow(programme_index, places, client, html):
    url = places["overview"].url + f"{places['region'].slug}/{places['lead'].slug}/"
    make_programme(programme_index, "m-0", places=[places["lead"]], projects=1)
    few, _response = _count(client, url)
    for number in range(1, 8):
        make_programme(programme_index, f"m-{number}", places=[places["lead"]], projects=2)
    many, response = _count(client, url)
    assert len(html(response).select(".card")) == 8
    assert few == many <= 12
    region_count, _response = _count(client, places["overview"].url + f"{places['region'].slug}/")
    assert region_count <= 12

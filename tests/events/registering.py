"""Helpers for tests that register for event dates."""

import datetime as dt
import re

from django.urls import reverse

# Frozen well before the first date (Tuesday 2 March 2027, 19:30 in Amsterdam).
BEFORE = dt.datetime(2027, 2, 1, 12, 0, tzinfo=dt.UTC)
FIRST = dt.date(2027, 3, 2)
SECOND = dt.date(2027, 3, 9)


def post(client, page, date=FIRST, meta=None, **fields):
    """POST the form for `page`; `fields` change the form data, `meta` the request headers."""
    data = {
        "date": date if isinstance(date, str) else date.isoformat(),
        "name": "Anna de Vries",
        "email": "anna@example.nl",
        "places": "1",
        "consent": "on",
        "website": "",
    }
    data.update(fields)
    data = {key: value for key, value in data.items() if value is not None}
    with_language = reverse_register(page)
    return client.post(with_language, data, **{**headers_for(page), **(meta or {})})


def reverse_register(page):
    from django.utils import translation

    with translation.override(page.locale.language_code):
        return reverse("events:register", args=[page.pk])


def headers_for(page):
    return {"HTTP_ORIGIN": "http://testserver"}


def register_many(client, page, count, date=FIRST, places="1", prefix="p"):
    for number in range(count):
        response = post(
            client,
            page,
            date,
            name=f"Persoon {number}",
            email=f"{prefix}{number}@example.nl",
            places=places,
        )
        assert response.status_code == 303, response.content[:500]


def cancel_url_from(message):
    return re.search(r"http://testserver(/\S+/annuleren/\S+/)", message.body).group(1)

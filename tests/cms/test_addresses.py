"""The visitor's address, with and without proxies in front of the site."""

from django.test import RequestFactory

import pytest

from cms.addresses import client_address


def request(remote="10.0.0.1", forwarded=None):
    headers = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **headers)


def test_without_proxies_the_connecting_address_counts_and_the_header_is_ignored(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_address(request(forwarded="203.0.113.9")) == "10.0.0.1"


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (1, "203.0.113.9", "203.0.113.9"),
        # A visitor can put anything at the front; only the proxies' own entries count.
        (1, "198.51.100.1, 203.0.113.9", "203.0.113.9"),
        (2, "spoofed, 203.0.113.9, 10.1.1.1", "203.0.113.9"),
        # Fewer entries than proxies: the request did not come through them all.
        (2, "203.0.113.9", "10.0.0.1"),
        (1, "", "10.0.0.1"),
        (1, " , ", "10.0.0.1"),
    ],
)
def test_behind_proxies_the_entry_they_added_counts(settings, proxies, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    assert client_address(request(forwarded=forwarded)) == expected

import os

from django.db import connection

import pytest

from tests.helpers import HtmlPage


@pytest.fixture(autouse=True)
def _fresh_caches():
    """Every test starts with empty caches: a rolled-back database reuses ids."""
    from django.core.cache import caches

    for cache in caches.all(initialized_only=True):
        cache.clear()
    yield


@pytest.fixture(scope="session")
def demo(django_db_setup, django_db_blocker):
    """The demo content, loaded once per test session into the test database.

    Tests that use it run inside a transaction that is rolled back, so they may change the
    content freely. Transactional tests (which flush the database) must not use it.
    """
    from cms import demo as demo_module

    with django_db_blocker.unblock():
        context = demo_module.run()
    return context


@pytest.fixture
def locales(db):
    from wagtail.models import Locale

    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("nl", "en")}


@pytest.fixture
def site_tree(locales):
    """A minimal site: a Dutch home page and its English translation, no demo content."""
    from tests.factories.pages import make_site

    return make_site()


@pytest.fixture
def html():
    return HtmlPage.from_response


@pytest.fixture
def on_postgres():
    """Skip on SQLite; CI runs PostgreSQL with REQUIRE_POSTGRES=1, where a skip is a failure."""
    if connection.vendor != "postgresql":
        if os.environ.get("REQUIRE_POSTGRES"):
            pytest.fail("REQUIRE_POSTGRES is set but the tests are not running on PostgreSQL")
        pytest.skip("needs PostgreSQL (set DATABASE_URL)")
    return True

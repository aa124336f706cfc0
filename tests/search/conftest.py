import pytest
from wagtail.models import Locale

from home.models import StandardPage
from programmes.models import ContactPerson
from tests.factories.pages import add_page


@pytest.fixture
def add(site_tree):
    """add(lang, title, intro="", model=StandardPage, publish=True, **fields) -> live page."""

    def _add(language, title, intro="", model=StandardPage, publish=True, parent=None, **fields):
        return add_page(
            parent or site_tree[language],
            model,
            publish=publish,
            title=title,
            intro=intro,
            locale=site_tree[language].locale,
            **fields,
        )

    return _add


@pytest.fixture
def person(locales):
    def _person(language, name, role="", live=True, **fields):
        return ContactPerson.objects.create(
            locale=Locale.objects.get(language_code=language),
            name=name,
            role=role,
            live=live,
            **fields,
        )

    return _person


def search_url(language):
    return "/nl/zoeken/" if language == "nl" else "/en/search/"


def results(page, among=None):
    """Titles of the results on a parsed results page, in order (only those in `among`, if
    given: the session's demo content may be in the database too)."""
    titles = [
        " ".join(node.get_text(" ").split()) for node in page.select(".search-result__title")
    ]
    return [title for title in titles if among is None or title in among]

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


@pytest.fixture
def news_tree(site_tree):
    """A Dutch news index with two categories, and its English translation."""
    from news.models import NewsCategory, NewsIndexPage
    from tests.factories.pages import add_page, translate_page

    home = site_tree["nl"]
    # When the session's demo content is loaded, start from an empty news section anyway.
    for existing in NewsIndexPage.objects.all():
        existing.delete()
    NewsCategory.objects.all().delete()
    index = add_page(home, NewsIndexPage, title="Nieuws", slug="nieuws")
    index_en = translate_page(index, title="News", slug="news")
    nl = home.locale
    en = site_tree["en"].locale
    nieuws = NewsCategory.objects.create(name="Nieuws", slug="nieuws", locale=nl)
    verslag = NewsCategory.objects.create(name="Verslag", slug="verslag", locale=nl)
    NewsCategory.objects.create(
        name="Report", slug="verslag", locale=en, translation_key=verslag.translation_key
    )
    return {"nl": index, "en": index_en, "nieuws": nieuws, "verslag": verslag, "site": site_tree}


def when(year, month, day, hour=10):
    return dt.datetime(year, month, day, hour, tzinfo=AMSTERDAM)


def make_news(index, title, published=None, categories=(), tags=(), publish=True, **fields):
    """A news page under `index`, published through a revision like an editor would."""
    from news.models import NewsPage

    page = NewsPage(
        title=title,
        lead=fields.pop("lead", f"Lead van {title}."),
        date_published=published,
        live=publish,
        **fields,
    )
    page.categories = list(categories)
    if tags:
        page.tags.add(*tags)
    index.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    page.refresh_from_db()
    return page


def make_many(index, count, categories=()):
    """Many live news pages quickly (no revisions), for query-count tests."""
    from news.models import NewsPage

    for number in range(count):
        page = NewsPage(
            title=f"Bericht {number}",
            lead="Een korte lead.",
            date_published=when(2024, 1, 1) + dt.timedelta(hours=number),
            live=True,
        )
        page.categories = list(categories)
        page.tags.add("eemland", "herstel")
        index.add_child(instance=page)


@pytest.fixture
def image(db):
    from tests.factories.images import make_image

    return make_image("Herstel", "Mensen in een kring", width=1200, height=630)

"""Search benchmark: 10,000 pages of mixed types, then 50 typical queries through the view.

Runs only on PostgreSQL (the backend production uses); on SQLite it says so and stops.
Pages are inserted in bulk (page rows with treebeard paths computed here, then the rows of each
page type's own table), then `update_index` builds the search index as it would in production.
"""

import random
import time
import uuid

from django.apps import apps
from django.core.management import call_command
from django.db import connection, transaction
from django.db.models import NOT_PROVIDED
from django.db.models.sql import InsertQuery
from django.test import Client
from django.utils import timezone

from wagtail.models import Locale, Page, Site

from cms import demo
from cms.bench import benchmark, median, percentile

PAGES = 10_000
# Page types to mix, by label (looked up, never imported); those not installed are skipped.
PAGE_TYPES = [
    "home.StandardPage",
    "programmes.ProgrammePage",
    "programmes.ProjectPage",
    "programmes.SeriesPage",
    "programmes.EpisodePage",
    "events.EventPage",
    "news.NewsPage",
]
WORDS = {
    "nl": [
        "herstel",
        "herstelacademie",
        "herstelacademies",
        "ervaringsdeskundige",
        "ervaringsdeskundigen",
        "naasten",
        "lotgenotengroep",
        "lotgenoten",
        "training",
        "cursus",
        "wandeling",
        "bijeenkomst",
        "talkshow",
        "podcast",
        "regio",
        "gemeente",
        "wijk",
        "Amersfoort",
        "Utrecht",
        "Soest",
        "Zeist",
        "kwetsbaarheid",
        "veerkracht",
        "samen",
        "werken",
        "ontmoeting",
        "gesprek",
        "vrijwilliger",
        "cliënt",
        "familie",
        "netwerk",
        "zorg",
        "welzijn",
    ],
    "en": [
        "recovery",
        "academy",
        "academies",
        "expert",
        "experience",
        "family",
        "friends",
        "peer",
        "group",
        "support",
        "training",
        "course",
        "walk",
        "meeting",
        "talkshow",
        "podcast",
        "region",
        "municipality",
        "neighbourhood",
        "Amersfoort",
        "Utrecht",
        "Soest",
        "Zeist",
        "vulnerability",
        "resilience",
        "together",
        "working",
        "meeting",
        "conversation",
        "volunteer",
        "client",
        "network",
        "care",
        "wellbeing",
    ],
}
QUERIES = {
    "nl": [
        "herstel",
        "herstelacademies",
        "ervaringsdeskundigen",
        "naasten",
        "lotgenotengroep Amersfoort",
        "training",
        "talkshow",
        "podcast",
        "wandeling Soest",
        "cursus herstel",
        "vrijwilliger",
        "familie",
        "zorg en welzijn",
        "gemeente Utrecht",
        "bijeenkomst",
        "veerkracht",
        "ontmoeting in de wijk",
        "netwerk",
        "regio Zeist",
        "gesprek",
        "samen werken",
        "kwetsbaarheid",
        "lotgenoten",
        "cliënt",
        "onbekendwoord",
    ],
    "en": [
        "recovery",
        "academies",
        "expert by experience",
        "family and friends",
        "peer group",
        "training",
        "talkshow",
        "podcast",
        "walks in Soest",
        "course",
        "volunteer",
        "support",
        "care and wellbeing",
        "municipality of Utrecht",
        "meeting",
        "resilience",
        "neighbourhood meeting",
        "network",
        "Zeist region",
        "conversation",
        "working together",
        "vulnerability",
        "peer support group",
        "client",
        "unknownword",
    ],
}


@benchmark("search")
def search_latency(context):
    """Median and p95 server time of 50 typical searches over 10,000 pages."""
    if connection.vendor != "postgresql":
        context.stdout.write(
            "  skipped: the search benchmark needs PostgreSQL "
            "(DATABASE_URL=postgres://...); SQLite has no stemming and is not what production uses"
        )
        return
    demo.run()
    homes = _homes()
    models = _insertable_models()
    if not models:
        context.stdout.write("  skipped: no page type can be inserted with default values")
        return
    start = time.perf_counter()
    created = _bulk_pages(homes, models, PAGES)
    context.report(f"insert {created} pages ({len(models)} types)", _ms(start) / 1000, "s")
    start = time.perf_counter()
    call_command("update_index", verbosity=0)
    context.report("update_index (whole site)", _ms(start) / 1000, "s")
    with connection.cursor() as cursor:
        # What autovacuum does soon after a bulk load in production: merge the GIN indexes'
        # pending lists and refresh the planner's statistics.
        cursor.execute("VACUUM ANALYZE")

    client = Client(HTTP_HOST="localhost")
    paths = {"nl": "/nl/zoeken/", "en": "/en/search/"}
    searches = [(paths[lang], query) for lang in ("nl", "en") for query in QUERIES[lang]]

    def get(path, query):
        response = client.get(path, {"q": query})
        if response.status_code != 200:
            raise RuntimeError(f"{path}?q={query} answered {response.status_code}")
        return response

    for path, query in searches:  # warm-up round
        get(path, query)
    durations = []
    for _round in range(3):
        for path, query in searches:
            begin = time.perf_counter()
            get(path, query)
            durations.append(_ms(begin))
    context.report(f"search view, {len(searches)} queries x 3, median", median(durations), "ms")
    context.report(
        f"search view, {len(searches)} queries x 3, p95",
        percentile(durations, 0.95),
        "ms",
        target=100,
    )


SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ne",
    "ru",
    "sa",
    "te",
    "vo",
    "bi",
    "da",
    "fe",
    "go",
    "hu",
    "ja",
    "ke",
    "li",
    "mo",
    "nu",
    "pe",
    "ri",
    "so",
    "tu",
    "we",
    "zi",
]


def _text(rng, topic_words):
    """An intro of 25 words: 4 topic words (each thus in roughly one page in nine) among
    filler pseudo-words from about 14,000 combinations, so that the index has the spread
    of a real site's vocabulary rather than 35 words repeated everywhere."""
    words = rng.choices(topic_words, k=4)
    words += ["".join(rng.choices(SYLLABLES, k=rng.choice((2, 3)))) for _ in range(21)]
    rng.shuffle(words)
    return " ".join(words).capitalize() + "."


def _ms(start):
    return (time.perf_counter() - start) * 1000


def _homes():
    nl_home = Site.objects.get(is_default_site=True).root_page
    en_home = nl_home.get_translation(Locale.objects.get(language_code="en"))
    return {"nl": nl_home, "en": en_home}


def _insertable_models():
    """Installed page types whose own fields can all be left at their defaults."""
    found = []
    for label in PAGE_TYPES:
        try:
            model = apps.get_model(label)
        except LookupError:
            continue
        required = [
            field
            for field in model._meta.local_concrete_fields
            if not field.primary_key
            and not field.null
            and field.default is NOT_PROVIDED
            and not field.blank
        ]
        if not required:
            found.append(model)
    return found


@transaction.atomic
def _bulk_pages(homes, models, total):
    rng = random.Random(20261124)  # noqa: S311 (test data, not security)
    now = timezone.now()
    created = 0
    for language, home in homes.items():
        home = Page.objects.get(pk=home.pk)
        first_child = home.numchild + 1
        count = total // len(homes)
        rows = []
        for index in range(count):
            model = models[index % len(models)]
            words = WORDS[language]
            title = " ".join(rng.sample(words, 3)).capitalize() + f" {index}"
            slug = f"bench-{language}-{index}"
            page = model(
                title=title,
                draft_title=title,
                slug=slug,
                content_type_id=_content_type_id(model),
                path=Page._get_path(home.path, home.depth + 1, first_child + index),
                depth=home.depth + 1,
                numchild=0,
                url_path=f"{home.url_path}{slug}/",
                locale_id=home.locale_id,
                translation_key=uuid.uuid4(),
                live=True,
                has_unpublished_changes=False,
                first_published_at=now,
                last_published_at=now,
                intro=_text(rng, words),
            )
            rows.append(page)
        # Page rows first (bulk_create fills in their ids), then each type's own table.
        Page.objects.bulk_create([Page(**_page_fields(row)) for row in rows], batch_size=1000)
        ids = Page.objects.filter(path__startswith=home.path, depth=home.depth + 1).filter(
            slug__startswith=f"bench-{language}-"
        )
        id_by_slug = dict(ids.values_list("slug", "id"))
        by_model = {}
        for row in rows:
            row.page_ptr_id = row.id = id_by_slug[row.slug]
            by_model.setdefault(type(row), []).append(row)
        for model, objs in by_model.items():
            _insert_own_rows(model, objs)
        Page.objects.filter(pk=home.pk).update(numchild=home.numchild + count)
        created += count
    return created


def _page_fields(page):
    return {
        field.attname: getattr(page, field.attname)
        for field in Page._meta.concrete_fields
        if not field.primary_key
    }


def _insert_own_rows(model, objs):
    fields = [field for field in model._meta.local_concrete_fields]
    for start in range(0, len(objs), 1000):
        query = InsertQuery(model)
        query.insert_values(fields, objs[start : start + 1000])
        query.get_compiler(using="default").execute_sql()


_content_types = {}


def _content_type_id(model):
    from django.contrib.contenttypes.models import ContentType

    if model not in _content_types:
        _content_types[model] = ContentType.objects.get_for_model(model).pk
    return _content_types[model]

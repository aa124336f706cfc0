"""Search across page types and snippets with a fixed number of queries.

1. One search over live, public pages of the visitor's locale, and one per registered snippet
   model (its locale, live only): ids and scores of at most MAX_HITS matches each.
2. Types come from each hit's content type (ContentType's cache, no query once warm); models that
   define `search_inactive_ids()` are asked once each, and their inactive hits rank last.
3. Facets count the hits per type; the type filter and the paginator work on that list.
4. Only the results on the shown page are loaded: one query for their pages, one per snippet
   model present, one for their index text (the highlighted snippet), and `search_details()` once
   per model present.
"""

import re
from collections import Counter
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Q

from wagtail.models import DraftStateMixin, Page
from wagtail.search.backends import get_search_backend

from search.highlight import highlight
from search.types import searchable_snippets, type_label, type_of_model

MAX_HITS = 1000


@dataclass
class Hit:
    key: str
    model: type
    pk: int
    score: float
    content_type_id: int
    inactive: bool = False
    # Filled in for the hits on the shown page:
    obj: object = None
    title: str = ""
    url: str = ""
    snippet: str = ""
    details: dict = field(default_factory=dict)

    @property
    def label(self):
        return type_label(self.key)


@dataclass
class Facet:
    key: str
    label: str
    count: int


NOT_A_WORD = re.compile(r"[^\w]+")


def search_words(query):
    """The query as plain words: the backends' own query syntaxes (SQLite FTS5 quotes,
    PostgreSQL tsquery operators) never see a visitor's punctuation."""
    return " ".join(NOT_A_WORD.sub(" ", query).split())


class Hits(list):
    """A list of hits that knows whether a search reached MAX_HITS (counts are then lower)."""

    capped = False


def find(query, locale):
    """All hits (at most MAX_HITS per model family), best first, inactive ones last."""
    hits = Hits()
    query = search_words(query)
    if not query:
        return hits
    pages = (
        Page.objects.live().public().filter(locale=locale).search(query).annotate_score("_score")
    )
    rows = _rows(pages, "content_type_id")
    hits.capped = len(rows) >= MAX_HITS
    for pk, content_type_id, score in rows:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is not None:
            hits.append(Hit(type_of_model(model), model, pk, score or 0.0, content_type_id))
    for key, model in searchable_snippets():
        queryset = model._default_manager.all()
        if hasattr(model, "locale_id"):
            queryset = queryset.filter(locale=locale)
        if issubclass(model, DraftStateMixin):
            queryset = queryset.filter(live=True)
        content_type_id = ContentType.objects.get_for_model(model).pk
        found = get_search_backend().search(query, queryset).annotate_score("_score")
        rows = _rows(found)
        hits.capped = hits.capped or len(rows) >= MAX_HITS
        for pk, score in rows:
            hits.append(Hit(key, model, pk, score or 0.0, content_type_id))

    _mark_inactive(hits)
    # Stable sort: the backends already broke ties by recency (-pk).
    hits.sort(key=lambda hit: (hit.inactive, -hit.score))
    return hits


def _rows(results, *fields):
    """(pk, *fields, score) of the best MAX_HITS results, without building model instances
    (a thousand Page instances cost more than the search itself)."""
    sliced = results[:MAX_HITS]
    get_queryset = getattr(sliced, "get_queryset", None)
    if get_queryset is not None:
        return list(get_queryset().values_list("pk", *fields, "_score"))
    return [  # a backend without a queryset of its own
        (obj.pk, *(getattr(obj, name) for name in fields), obj._score) for obj in sliced
    ]


def _mark_inactive(hits):
    for model in {hit.model for hit in hits}:
        method = getattr(model, "search_inactive_ids", None)
        if method is None:
            continue
        inactive = set(method())
        for hit in hits:
            if hit.model is model and hit.pk in inactive:
                hit.inactive = True


def facets(hits):
    from search.types import sort_key

    counts = Counter(hit.key for hit in hits)
    return [Facet(key, type_label(key), counts[key]) for key in sorted(counts, key=sort_key)]


def load(hits, query, request):
    """Fill in title, URL, snippet and details of the hits on the shown page."""
    if not hits:
        return hits
    page_ids = [hit.pk for hit in hits if issubclass(hit.model, Page)]
    pages = {page.pk: page for page in Page.objects.filter(pk__in=page_ids)} if page_ids else {}
    objects = {}
    for model in {hit.model for hit in hits if not issubclass(hit.model, Page)}:
        ids = [hit.pk for hit in hits if hit.model is model]
        objects[model] = model._default_manager.in_bulk(ids)
    texts = _index_texts(hits)
    for hit in hits:
        if issubclass(hit.model, Page):
            hit.obj = pages.get(hit.pk)
            if hit.obj is not None:
                hit.title = hit.obj.title
                hit.url = hit.obj.get_url(request)
        else:
            hit.obj = objects[hit.model].get(hit.pk)
            if hit.obj is not None:
                hit.title = str(hit.obj)
        hit.snippet = highlight(texts.get((hit.content_type_id, str(hit.pk)), ""), query)
    for model in {hit.model for hit in hits}:
        method = getattr(model, "search_details", None)
        if method is None:
            continue
        shown = [hit.obj for hit in hits if hit.model is model and hit.obj is not None]
        details = method(shown) or {}
        for hit in hits:
            if hit.model is model:
                hit.details = details.get(hit.pk, {})
    return [hit for hit in hits if hit.obj is not None]


def _index_texts(hits):
    """The indexed body text of each hit, in one query (the text the snippet is cut from)."""
    from wagtail.search.models import IndexEntry

    column = "body_text" if connection.vendor == "postgresql" else "body"
    condition = Q()
    by_type = {}
    for hit in hits:
        by_type.setdefault(hit.content_type_id, []).append(str(hit.pk))
    for content_type_id, ids in by_type.items():
        condition |= Q(content_type_id=content_type_id, object_id__in=ids)
    rows = IndexEntry.objects.filter(condition).values_list("content_type_id", "object_id", column)
    return {(ct, object_id): text or "" for ct, object_id, text in rows}

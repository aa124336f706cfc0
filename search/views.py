import re

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db.models import F, Q
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from search import engine
from search.types import known_types, type_label

MAX_QUERY_LENGTH = 200
MAX_SUGGEST_LENGTH = 100
RESULTS_PER_PAGE = 10
SUGGESTIONS = 8
# Pages the empty state links to, by model label (looked up, never imported).
EMPTY_STATE_PAGE_TYPES = ["events.AgendaPage", "programmes.ProgrammeIndexPage"]

CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")


def clean_query(raw, limit=MAX_QUERY_LENGTH):
    """The query without control characters (NUL...), whitespace collapsed, at most `limit` long.

    Returns (query, shortened).
    """
    text = " ".join(CONTROL_CHARACTERS.sub(" ", raw).split())
    return text[:limit].strip(), len(text) > limit


def search(request):
    """Search over live pages and contact persons in the visitor's language."""
    query, shortened = clean_query(request.GET.get("q", ""))
    messages = []
    if shortened:
        messages.append(
            _("Your search was shortened to %(count)d characters.") % {"count": MAX_QUERY_LENGTH}
        )
    locale = Locale.get_active()
    selected_type = request.GET.get("type", "").strip()
    hits, facets, promotions = [], [], []
    if query:
        hits = engine.find(query, locale)
        facets = engine.facets(hits)
        if hits.capped:
            messages.append(
                _("Only the best %(count)d matches are counted; more words give fewer matches.")
                % {"count": engine.MAX_HITS}
            )
        if selected_type:
            if selected_type in known_types():
                hits = [hit for hit in hits if hit.key == selected_type]
            else:
                messages.append(_("There is no such type of result; showing all results."))
                selected_type = ""
    paginator = Paginator(hits, RESULTS_PER_PAGE)
    page_number = _page_number(request.GET.get("page", "1"))
    if page_number is None or page_number > paginator.num_pages:
        messages.append(_("That results page does not exist; here is the first one."))
        page_number = 1
    page_obj = paginator.page(page_number)
    results = engine.load(list(page_obj.object_list), query, request)
    if query and page_number == 1 and not selected_type:
        promotions = _promotions(query, locale, request)
        if request.GET.get("page", "1") in ("", "1"):
            _record_hit(query)
    context = {
        "query": query,
        "search_query": query,
        "notices": messages,
        "page_obj": page_obj,
        "paginator": paginator,
        "results": results,
        "facets": facets,
        "total": sum(facet.count for facet in facets),
        "selected_type": selected_type,
        "selected_label": type_label(selected_type) if selected_type else "",
        "promotions": promotions,
        "max_length": MAX_QUERY_LENGTH,
    }
    if query and not paginator.count and not promotions:
        context["word_suggestions"] = _word_suggestions(query)
        context["landing_pages"] = _landing_pages(locale)
    response = render(request, "pages/search_results.html", context)
    patch_cache_control(response, private=True, max_age=0)
    return response


def suggest(request):
    """JSON: titles of live pages in the visitor's language that match what is being typed."""
    query, _shortened = clean_query(request.GET.get("q", ""), MAX_SUGGEST_LENGTH)
    results = []
    words = engine.search_words(query)
    if len(words) >= 2:
        pages = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active())
            .autocomplete(words)[:SUGGESTIONS]
        )
        results = [{"title": page.title, "url": page.get_url(request)} for page in pages]
    response = JsonResponse({"query": query, "results": results})
    patch_cache_control(response, public=True, max_age=300)
    return response


def _page_number(value):
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if number >= 1 else None


def _promotions(query, locale, request):
    promotions = (
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .filter(Q(page__isnull=True) | Q(page__live=True, page__locale=locale))
        .select_related("page")
        .order_by("sort_order")
    )
    return [
        {
            "title": promotion.title,
            "url": promotion.page.get_url(request) if promotion.page else promotion.link,
            "description": promotion.description,
        }
        for promotion in promotions
    ]


def _record_hit(query):
    """Count the query for the admin's search terms report: the words and the day, nothing else.

    Written without savepoints (inserts that ignore a conflict, then an update), so a new query
    costs five statements and a known one two."""
    query_string = normalise_query_string(query)
    if len(query_string) < 2:
        return
    query_id = Query.objects.filter(query_string=query_string).values_list("pk", flat=True).first()
    if query_id is None:
        Query.objects.bulk_create([Query(query_string=query_string)], ignore_conflicts=True)
        query_id = Query.objects.filter(query_string=query_string).values_list("pk", flat=True)[0]
    today = timezone.localdate()
    hits = QueryDailyHits.objects.filter(query_id=query_id, date=today)
    if hits.update(hits=F("hits") + 1):
        return
    QueryDailyHits.objects.bulk_create(
        [QueryDailyHits(query_id=query_id, date=today, hits=1)], ignore_conflicts=True
    )


def _word_suggestions(query):
    words = [word for word in query.split() if len(word) > 1]
    return words[:5] if len(words) > 1 else []


def _landing_pages(locale):
    content_types = []
    for label in EMPTY_STATE_PAGE_TYPES:
        try:
            content_types.append(ContentType.objects.get_by_natural_key(*label.lower().split(".")))
        except ContentType.DoesNotExist:
            continue
    if not content_types:
        return []
    return list(
        Page.objects.live()
        .filter(locale=locale, content_type__in=content_types)
        .order_by("content_type_id", "path")
    )

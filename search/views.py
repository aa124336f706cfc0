from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.shortcuts import render
from django.utils.translation import gettext as _

from wagtail.models import Locale, Page

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10


def search(request):
    """Search over live pages in the visitor's language."""
    raw_query = request.GET.get("q", "")
    query = raw_query.replace("\x00", "").strip()[:MAX_QUERY_LENGTH]
    message = ""
    if len(raw_query.strip()) > MAX_QUERY_LENGTH:
        message = _("Your search was shortened to %(count)d characters.") % {
            "count": MAX_QUERY_LENGTH
        }
    results = Page.objects.none()
    if query:
        results = Page.objects.live().public().filter(locale=Locale.get_active()).search(query)
    paginator = Paginator(results, RESULTS_PER_PAGE)
    page_number = request.GET.get("page", "1")
    try:
        page_obj = paginator.page(page_number)
    except (PageNotAnInteger, EmptyPage):
        page_obj = paginator.page(1)
        message = message or _("That results page does not exist; here is the first one.")
    return render(
        request,
        "pages/search_results.html",
        {"query": query, "page_obj": page_obj, "message": message, "paginator": paginator},
    )

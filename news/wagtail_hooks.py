from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page, Revision, WorkflowState
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from news import sections
from news.models import NewsCategory, NewsIndexPage, NewsPage


class NewsCategoryViewSet(SnippetViewSet):
    model = NewsCategory
    icon = "tag"
    menu_label = _("News categories")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "slug"]
    list_filter = ["locale"]
    search_fields = ["name"]


register_snippet(NewsCategoryViewSet)


# Sections on other apps' pages (see cms/sections.py) ------------------------------------------


@hooks.register("home_page_sections")
def latest_news_on_home_page(page, request):
    return sections.home_page_section(page)


@hooks.register("programme_page_sections")
def latest_news_on_programme_page(page, request):
    """News about this programme: chosen on the news item, in either language."""
    return sections.programme_page_section(page)


# Dashboard -------------------------------------------------------------------------------------


class PagesAwaitingModerationPanel(Component):
    """Every page in a moderation workflow, for whoever can approve or publish."""

    name = "news_pages_awaiting_moderation"
    template_name = "news/admin/awaiting_moderation_panel.html"
    order = 90

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        states = list(
            WorkflowState.objects.active()
            .select_related("workflow", "current_task_state__task", "requested_by")
            .order_by("-created_at")[:10]
        )
        pages = Page.objects.in_bulk([int(state.object_id) for state in states])
        context["rows"] = [
            (state, pages[int(state.object_id)])
            for state in states
            if int(state.object_id) in pages
        ]
        context["request"] = parent_context["request"]
        return context


class NewsPanel(Component):
    """Recently published and scheduled news."""

    name = "news_recent"
    template_name = "news/admin/news_panel.html"
    order = 95

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["recent"] = list(
            NewsPage.objects.live().select_related("locale").order_by("-last_published_at")[:6]
        )
        scheduled_ids = Revision.page_revisions.filter(
            approved_go_live_at__gt=timezone.now()
        ).values_list("object_id", flat=True)
        context["scheduled"] = list(
            NewsPage.objects.filter(pk__in=[int(pk) for pk in scheduled_ids])
            .select_related("locale")
            .order_by("go_live_at")
        )
        context["request"] = parent_context["request"]
        return context


@hooks.register("construct_homepage_panels")
def add_news_panels(request, panels):
    policy = PagePermissionPolicy()
    if policy.user_has_any_permission(request.user, ["publish", "change"]):
        panels.append(PagesAwaitingModerationPanel())
    panels.append(NewsPanel())


# The catalogue of URLs the browser suite visits ---------------------------------------------


@hooks.register("register_page_type_urls")
def news_filter_urls():
    urls = {}
    for locale in Locale.objects.filter(language_code__in=["nl", "en"]):
        index = NewsIndexPage.objects.live().filter(locale=locale).first()
        category = NewsCategory.objects.filter(locale=locale).first()
        if index is not None and category is not None and index.url:
            urls[locale.language_code] = f"{index.url}?category={category.slug}"
    return {"news.NewsIndexPage:category": urls} if len(urls) == 2 else {}

"""Empty the cached news sections whenever what they show may have changed."""

from django.db.models.signals import post_delete, post_save

from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from news import sections


def _forget(sender=None, **kwargs):
    sections.invalidate()


def connect():
    from news.models import NewsCategory, NewsIndexPage, NewsPage

    for model in (NewsPage, NewsIndexPage):
        page_published.connect(_forget, sender=model, dispatch_uid=f"news-pub-{model.__name__}")
        page_unpublished.connect(_forget, sender=model, dispatch_uid=f"news-unp-{model.__name__}")
        post_delete.connect(_forget, sender=model, dispatch_uid=f"news-del-{model.__name__}")
    post_save.connect(_forget, sender=NewsCategory, dispatch_uid="news-category-save")
    post_delete.connect(_forget, sender=NewsCategory, dispatch_uid="news-category-delete")
    # Any page whose address changes may be an ancestor of the news.
    page_slug_changed.connect(_forget, dispatch_uid="news-slug-changed")
    post_page_move.connect(_forget, dispatch_uid="news-page-moved")

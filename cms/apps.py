from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Site")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from wagtail.signals import page_published, page_unpublished, post_page_move

        from cms import navigation
        from cms.models import OrganisationSettings

        page_published.connect(navigation.invalidate, dispatch_uid="cms-nav-published")
        page_unpublished.connect(navigation.invalidate, dispatch_uid="cms-nav-unpublished")
        post_page_move.connect(navigation.invalidate, dispatch_uid="cms-nav-moved")
        post_delete.connect(self._page_deleted, dispatch_uid="cms-nav-deleted")
        post_save.connect(
            navigation.invalidate, sender=OrganisationSettings, dispatch_uid="cms-nav-settings"
        )

    @staticmethod
    def _page_deleted(sender, instance, **kwargs):
        from wagtail.models import Page

        from cms import navigation

        if isinstance(instance, Page):
            navigation.invalidate()

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from cms import views_admin


@hooks.register("register_admin_urls")
def translation_overview_urls():
    return [
        path(
            "translations/overview/",
            views_admin.translation_overview,
            name="cms_translation_overview",
        )
    ]


class TranslatorMenuItem(MenuItem):
    def is_shown(self, request):
        return views_admin.can_translate(request.user)


@hooks.register("register_reports_menu_item")
def translation_overview_menu_item():
    return TranslatorMenuItem(
        _("Translation overview"),
        reverse("cms_translation_overview"),
        name="translation-overview",
        icon_name="wagtail-localize-language",
        order=1100,
    )

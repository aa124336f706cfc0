from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext as _

from cms import translation_status


def can_translate(user):
    return user.is_superuser or user.has_perm("wagtail_localize.submit_translation")


def translation_overview(request):
    """Every page and snippet with the state of its translation into each other language."""
    if not can_translate(request.user):
        raise PermissionDenied
    targets = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    target = request.GET.get("language", targets[0])
    if target not in targets:
        target = targets[0]
    show = request.GET.get("show", "todo")
    rows = translation_status.overview(target)
    counts = {status: 0 for status in translation_status.STATUS_LABELS}
    for row in rows:
        counts[row.status] += 1
    if show == "todo":
        rows = [row for row in rows if row.status != translation_status.UP_TO_DATE]
    paginator = Paginator(rows, 50)
    page_obj = paginator.get_page(request.GET.get("p"))
    return render(
        request,
        "cms/admin/translation_overview.html",
        {
            "page_obj": page_obj,
            "counts": [
                (translation_status.STATUS_LABELS[status], count)
                for status, count in counts.items()
            ],
            "show": show,
            "target": target,
            "targets": [(code, dict(settings.LANGUAGES)[code]) for code in targets],
            "header_title": _("Translation overview"),
            "page_title": _("Translation overview"),
            "header_icon": "wagtail-localize-language",
        },
    )

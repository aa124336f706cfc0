"""Which pages and snippets lack an English translation, or have one that is behind the Dutch.

Used by the translation overview in the admin (cms/views_admin.py). Works for every translatable
page type and snippet, so new types join without changes here. The whole overview costs a fixed
number of queries per model, not per item.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Exists, OuterRef, Q
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Locale, Page, RevisionMixin, get_translatable_models
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

MISSING = "missing"
OUTDATED = "outdated"
INCOMPLETE = "incomplete"
UP_TO_DATE = "up_to_date"

STATUS_LABELS = {
    MISSING: _("Not translated"),
    OUTDATED: _("Source changed since the last sync"),
    INCOMPLETE: _("Strings waiting for translation"),
    UP_TO_DATE: _("Up to date"),
}


@dataclass
class Row:
    kind: str
    title: str
    source_edit_url: str
    status: str
    action_url: str
    action_label: str
    untranslated: int = 0

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]


def source_locale():
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def translatable_models():
    """Pages (as one kind) and every translatable snippet model that is not an inline child."""
    models = [
        model
        for model in get_translatable_models()
        if not issubclass(model, Page)
        and not any(isinstance(field, ParentalKey) for field in model._meta.get_fields())
    ]
    return [Page, *sorted(models, key=lambda model: model._meta.verbose_name)]


def overview(target_language_code):
    source = source_locale()
    target = Locale.objects.get(language_code=target_language_code)
    rows = []
    finder = AdminURLFinder()
    for model in translatable_models():
        rows.extend(_rows_for_model(model, source, target, finder))
    return rows


def _rows_for_model(model, source, target, finder):
    objects = model.objects.filter(locale=source)
    if model is Page:
        objects = objects.filter(depth__gt=1).order_by("path")
    else:
        objects = objects.order_by("pk")
    items = list(objects)
    if not items:
        return []
    keys = [item.translation_key for item in items]
    translations = {
        translation.translation_key: translation
        for translation in model.objects.filter(locale=target, translation_key__in=keys)
    }
    sources = {
        translation_source.object_id: translation_source
        for translation_source in TranslationSource.objects.filter(
            object_id__in=keys, locale=source
        )
    }
    untranslated = _untranslated_counts(sources.values(), target)
    if model is Page:
        verbose_names = {
            content_type.pk: content_type.model_class()._meta.verbose_name
            for content_type in ContentType.objects.filter(
                pk__in={item.content_type_id for item in items}
            )
        }

    rows = []
    for item in items:
        if model is Page:
            kind = verbose_names[item.content_type_id]
            title = item.get_admin_display_title()
        else:
            kind, title = model._meta.verbose_name, str(item)
        kind = capfirst(str(kind))
        translation_source = sources.get(item.translation_key)
        translation = translations.get(item.translation_key)
        base = {"kind": kind, "title": title, "source_edit_url": finder.get_edit_url(item) or ""}
        if translation is None:
            rows.append(
                Row(
                    **base,
                    status=MISSING,
                    action_url=_submit_url(item),
                    action_label=_("Translate"),
                )
            )
        elif translation_source is not None and _changed_since(item, translation_source):
            url = reverse("wagtail_localize:update_translations", args=[translation_source.pk])
            rows.append(Row(**base, status=OUTDATED, action_url=url, action_label=_("Sync")))
        elif translation_source is not None and untranslated.get(translation_source.pk):
            rows.append(
                Row(
                    **base,
                    status=INCOMPLETE,
                    action_url=finder.get_edit_url(translation) or "",
                    action_label=_("Translate strings"),
                    untranslated=untranslated[translation_source.pk],
                )
            )
        else:
            rows.append(Row(**base, status=UP_TO_DATE, action_url="", action_label=""))
    return rows


def _submit_url(item):
    if isinstance(item, Page):
        return reverse("wagtail_localize:submit_page_translation", args=[item.pk])
    meta = item._meta
    return reverse(
        "wagtail_localize:submit_snippet_translation",
        args=[meta.app_label, meta.model_name, item.pk],
    )


def _changed_since(item, translation_source):
    """Has the source been published or saved after its strings were last extracted?"""
    if isinstance(item, Page):
        changed_at = item.last_published_at
    elif isinstance(item, RevisionMixin):
        revision = item.latest_revision
        changed_at = revision.created_at if revision else None
    else:
        return False
    return bool(changed_at and changed_at > translation_source.last_updated_at)


def _untranslated_counts(translation_sources, target):
    """{source id: number of string segments without a translation into `target`}."""
    ids = [translation_source.pk for translation_source in translation_sources]
    if not ids:
        return {}
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale=target,
        has_error=False,
    )
    counts = (
        StringSegment.objects.filter(source_id__in=ids)
        .annotate(is_translated=Exists(translated))
        .values("source_id")
        .annotate(missing=Count("pk", filter=Q(is_translated=False)))
    )
    return {row["source_id"]: row["missing"] for row in counts if row["missing"]}

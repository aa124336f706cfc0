"""Translate pages and snippets through wagtail-localize from code (demo content, tests).

The English versions made here are real wagtail-localize translations: editors can open them in
the translation editor, and a sync after the Dutch source changes keeps the translated strings.
"""

from django.db import transaction

from wagtail.models import DraftStateMixin, Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


class MissingTranslations(Exception):
    pass


@transaction.atomic
def translate(instance, strings, language_code="en", strict=True, publish=True):
    """Create or update the translation of `instance` into `language_code`.

    `strings` maps each source string, as wagtail-localize segments it (one per field, block or
    paragraph), to its translation. Fields that wagtail-localize synchronises (dates, links,
    recurrence rules...) follow the source on their own.

    With `strict`, a source string without a translation raises MissingTranslations listing them.
    Returns the translated instance.
    """
    if isinstance(instance, Page):
        instance = instance.specific
    locale = Locale.objects.get(language_code=language_code)
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    missing = []
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        text = segment.string.data
        translated = strings.get(text)
        if translated is None:
            missing.append(text)
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": translated, "has_error": False, "field_error": ""},
        )
    if missing and strict:
        raise MissingTranslations(
            f"{instance!r} has strings without a translation: " + "; ".join(map(repr, missing))
        )
    has_drafts = isinstance(instance, DraftStateMixin)
    # Publishing through wagtail-localize waits for the transaction to commit; publish here
    # instead, so callers inside a transaction (tests, the demo) see the result at once.
    target, _created = source.create_or_update_translation(
        locale, publish=not has_drafts, fallback=True, copy_parent_pages=True
    )
    if publish and has_drafts:
        revision = target.get_latest_revision() or target.save_revision()
        revision.publish()
        target.refresh_from_db()
    return target

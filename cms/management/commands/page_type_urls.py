import json

from django.conf import settings
from django.core.management.base import BaseCommand

from wagtail import hooks
from wagtail.models import Page


class Command(BaseCommand):
    help = (
        "Print, as JSON, one live page per page type and language: "
        '{"app.Model": {"nl": "/nl/...", "en": "/en/..."}}. '
        "Used by the browser tests and `make screenshots` to visit every page type."
    )

    def handle(self, *args, **options):
        catalogue = {}
        pages = (
            Page.objects.live()
            .public()
            .filter(depth__gt=1)
            .select_related("content_type", "locale")
            .order_by("path")
        )
        for page in pages:
            label = f"{page.content_type.app_label}.{page.content_type.model_class().__name__}"
            by_language = catalogue.setdefault(label, {})
            language = page.locale.language_code
            if language in by_language:
                continue
            parts = page.get_url_parts()
            if parts:
                by_language[language] = parts[2]
        # Views that are not page types of their own (a month view, a municipality, search
        # results) join the catalogue through the `register_page_type_urls` hook: a function
        # returning {"label": {"nl": path, "en": path}}.
        for function in hooks.get_hooks("register_page_type_urls"):
            for label, by_language in (function() or {}).items():
                catalogue.setdefault(label, {}).update(by_language)
        languages = [code for code, _name in settings.LANGUAGES]
        for label, by_language in catalogue.items():
            catalogue[label] = {
                code: by_language[code] for code in languages if code in by_language
            }
        self.stdout.write(json.dumps(catalogue, indent=2, sort_keys=True))

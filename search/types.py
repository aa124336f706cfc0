"""Which models search covers, and under which type (facet) each one is counted.

Nothing here imports an app. Page types declare `search_type` (BasePage says "page") and their
`search_fields`; snippet models join through the Wagtail hook `register_searchable_snippets`,
whose functions return model classes or `(type, model)` pairs. See docs/search.md.
"""

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.models import Page

# Labels of the types we know; a type not listed here is labelled with the plural verbose name
# of the first model that declares it.
TYPE_LABELS = {
    "page": _("Pages"),
    "programme": _("Programmes"),
    "project": _("Projects"),
    "series": _("Series"),
    "episode": _("Episodes"),
    "event": _("Events"),
    "news": _("News"),
    "person": _("Contact persons"),
}
# The order facets are shown in; unknown types follow alphabetically.
TYPE_ORDER = list(TYPE_LABELS)


def type_of_model(model):
    return getattr(model, "search_type", None) or model._meta.model_name


def type_of_content_type_id(content_type_id):
    """The search type of a page's content type (ContentType's cache: no query once warm)."""
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return type_of_model(model) if model else "page"


def searchable_snippets():
    """[(type, model)] of the snippet models other apps registered for search."""
    found = []
    for function in hooks.get_hooks("register_searchable_snippets"):
        for item in function():
            if isinstance(item, tuple):
                found.append(item)
            else:
                found.append((type_of_model(item), item))
    return found


def type_label(key):
    if key in TYPE_LABELS:
        return str(TYPE_LABELS[key])
    for model in [*_page_models(), *(model for _key, model in searchable_snippets())]:
        if type_of_model(model) == key:
            return str(model._meta.verbose_name_plural).capitalize()
    return key


def known_types():
    """Every type that search can return (for validating the type filter)."""
    keys = {type_of_model(model) for model in _page_models()}
    keys.update(key for key, _model in searchable_snippets())
    return keys


def _page_models():
    from wagtail.models import get_page_models

    return [model for model in get_page_models() if model is not Page]


def sort_key(key):
    return (TYPE_ORDER.index(key) if key in TYPE_ORDER else len(TYPE_ORDER), key)

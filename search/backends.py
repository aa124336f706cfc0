"""One database search backend whose PostgreSQL index stems each object in its own language.

Wagtail's (modelsearch's) PostgreSQL backend builds every tsvector with one text search
configuration (`SEARCH_CONFIG`). Two backends with different configurations (one `dutch`, one
`english`) share a single index table and overwrite each other's rows (Wagtail issue 9253).

Here there is one backend and one index. When it writes an object's row it picks the
configuration from the object's locale (`LANGUAGE_CONFIGS`, e.g. nl -> dutch, en -> english);
objects without a locale (images, documents) use `SEARCH_CONFIG`. When it runs a query it picks
the configuration of the active language, which is the visitor's language on the public site
(the search view only searches objects of that locale, so query and documents are stemmed alike).
Autocomplete keeps modelsearch's unstemmed `simple` configuration.

On other databases (SQLite in development) this defers to modelsearch's own database backend,
which has no stemming.
"""

import copy
import re
from functools import cache

from django.db import connection
from django.utils.translation import get_language

from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend

DEFAULT_LANGUAGE_CONFIGS = {"nl": "dutch", "en": "english"}
DUTCH_VOWELS = "aeiouéèëïóöü"


def dutch_plural_variants(term):
    """The term and its plural or singular in -s after a vowel, which PostgreSQL's Dutch
    stemmer leaves alone ("herstelacademies" -> "herstelacademie", "cafe" -> "cafes").
    Plurals in -en and -s after a consonant are the stemmer's own work."""
    variants = [term]
    lower = term.lower()
    if len(lower) > 3 and lower.endswith("s") and lower[-2] in DUTCH_VOWELS:
        variants.append(term[:-1])
    elif len(lower) > 2 and lower[-1] in DUTCH_VOWELS:
        variants.append(term + "s")
    return variants


def SearchBackend(params):  # noqa: N802 (the name modelsearch looks up in a backend module)
    if connection.vendor == "postgresql":
        return _postgres_backend_class()(params)
    return DatabaseSearchBackend(params)


@cache
def _postgres_backend_class():
    # Imported lazily: the PostgreSQL module needs psycopg and the PostgreSQL index model.
    from django.contrib.postgres.search import SearchQuery

    from modelsearch.backends.database.postgres.postgres import (
        PostgresIndex,
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
    )
    from modelsearch.backends.database.postgres.query import Lexeme
    from modelsearch.query import PlainText

    class LanguageQueryCompiler(PostgresSearchQueryCompiler):
        def get_config(self, backend):
            return backend.config_for_language(get_language())

        def search(self, config, start, stop, score_field=None, backend=None):
            # The stock query matches `title || body`, an expression no index covers, so
            # PostgreSQL scans every index row. Narrow the rows first to those whose title or
            # body holds any of the words: the GIN indexes answer that, and the stock
            # condition still decides on what is left.
            if self.fields is None and isinstance(self.query, PlainText):
                candidates = self._any_word(config)
                if candidates is not None:
                    from django.db.models import CharField, Q
                    from django.db.models.functions import Cast

                    from modelsearch.utils import get_descendants_content_types_pks
                    from wagtail.search.models import IndexEntry

                    model = self.queryset.model
                    object_ids = IndexEntry.objects.filter(
                        Q(title=candidates) | Q(body=candidates),
                        content_type_id__in=get_descendants_content_types_pks(model),
                    ).values("object_id")
                    self.queryset = self.queryset.annotate(
                        _search_pk=Cast("pk", CharField())
                    ).filter(_search_pk__in=object_ids)
            return super().search(config, start, stop, score_field=score_field, backend=backend)

        def _any_word(self, config):
            lexeme = None
            for term in re.split(r"[\s\-]+", self.query.query_string):
                if not term:
                    continue
                variants = dutch_plural_variants(term) if config == "dutch" else [term]
                for variant in variants:
                    lexeme = Lexeme(variant) if lexeme is None else lexeme | Lexeme(variant)
            return (
                None if lexeme is None else SearchQuery(lexeme, search_type="raw", config=config)
            )

        def build_tsquery_content(self, query, config=None, invert=False):
            if config != "dutch" or not isinstance(query, PlainText) or invert:
                return super().build_tsquery_content(query, config=config, invert=invert)
            terms = [term for term in re.split(r"[\s\-]+", query.query_string) if term]
            if not terms:
                return None
            combined = None
            for term in terms:
                lexeme = None
                for variant in dutch_plural_variants(term):
                    lexeme = Lexeme(variant) if lexeme is None else lexeme | Lexeme(variant)
                if combined is None:
                    combined = lexeme
                elif query.operator == "and":
                    combined &= lexeme
                else:
                    combined |= lexeme
            return SearchQuery(combined, search_type="raw", config=config)

    class LanguageIndex(PostgresIndex):
        def add_items(self, model, objs):
            groups = {}
            for obj in objs:
                groups.setdefault(self.backend.config_for_object(obj), []).append(obj)
            for config, group in groups.items():
                # The stock index builds each row with `backend.config`; give it a backend
                # that carries this group's configuration.
                PostgresIndex(self.backend.with_config(config)).add_items(model, group)

    class LanguagePostgresSearchBackend(PostgresSearchBackend):
        query_compiler_class = LanguageQueryCompiler
        index_class = LanguageIndex

        def __init__(self, params):
            super().__init__(params)
            self.language_configs = params.get("LANGUAGE_CONFIGS", DEFAULT_LANGUAGE_CONFIGS)
            self._locale_languages = {}

        def config_for_language(self, language):
            if language:
                language = language.split("-")[0].lower()
            return self.language_configs.get(language, self.config)

        def config_for_object(self, obj):
            locale_id = getattr(obj, "locale_id", None)
            if locale_id is None:
                return self.config
            if locale_id not in self._locale_languages:
                from wagtail.models import Locale

                self._locale_languages = dict(Locale.objects.values_list("id", "language_code"))
            return self.config_for_language(self._locale_languages.get(locale_id))

        def with_config(self, config):
            clone = copy.copy(self)
            clone.config = config
            return clone

    return LanguagePostgresSearchBackend

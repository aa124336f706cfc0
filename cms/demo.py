"""Demo content, loaded by `manage.py load_demo` (and `make demo`).

Each app that has demo content puts a `demo.py` module beside its models with one or more
functions decorated with `@demo_step(order)`. The command imports every app's `demo` module and
runs the steps in order, each inside the same `DemoContext`. Every step must be idempotent:
running the command twice creates nothing twice.
"""

import secrets
from dataclasses import dataclass, field

from django.utils.module_loading import autodiscover_modules

_steps = []


def demo_step(order):
    def register(function):
        _steps.append((order, function.__module__, function.__name__, function))
        return function

    return register


@dataclass
class DemoContext:
    stdout: object = None
    # Filled in by the steps as they go: objects later steps need (home pages, places...).
    objects: dict = field(default_factory=dict)

    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)


def steps():
    autodiscover_modules("demo")
    return [step[3] for step in sorted(_steps, key=lambda step: step[:3])]


def run(stdout=None):
    context = DemoContext(stdout=stdout)
    seen = set()
    for step in steps():
        if step in seen:
            continue
        seen.add(step)
        context.log(f"- {step.__module__}.{step.__name__}")
        step(context)
    return context


def generate_password():
    return secrets.token_urlsafe(12)


class Strings(dict):
    """Collects Dutch source strings with their English translations while content is built.

    `t("Over ons", "About us")` returns the Dutch text and remembers the pair, so one list of
    pairs both builds the Dutch page and feeds its wagtail-localize translation.
    """

    def __call__(self, dutch, english):
        self[dutch] = english
        return dutch

    def rich(self, *paragraphs):
        """Rich text of paragraphs given as (dutch, english) pairs; each becomes one segment."""
        from wagtail.rich_text import RichText

        return RichText("".join(f"<p>{self(nl, en)}</p>" for nl, en in paragraphs))


def ensure_page(parent, model, slug, **fields):
    """Return the child of `parent` with this slug, creating and publishing it if missing."""
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing, False
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page, True


def ensure_translation(instance, strings, language_code="en"):
    """Translate `instance` with wagtail-localize unless a translation already exists."""
    from wagtail.models import Locale

    from cms.localization import translate

    locale = Locale.objects.get(language_code=language_code)
    existing = instance.get_translation_or_none(locale)
    if existing is not None:
        return existing
    return translate(instance, strings, language_code=language_code)

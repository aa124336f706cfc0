import factory
import wagtail_factories
from wagtail.models import Locale, Page, Site

from home.models import HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    slug = "home"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Pagina {n}")
    intro = "Een korte inleiding."

    class Meta:
        model = StandardPage


def make_site():
    """A Dutch home page as the site root, with a live English translation."""
    root = Page.get_first_root_node()
    nl = Locale.objects.get(language_code="nl")
    en = Locale.objects.get(language_code="en")
    home = HomePage.objects.filter(locale=nl, depth=2).first()
    if home is None:
        home = HomePage(title="Home", slug="home-test", locale=nl, intro="Welkom")
        root.add_child(instance=home)
        home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    home_en = home.get_translation_or_none(en)
    if home_en is None:
        home_en = home.copy_for_translation(en)
        home_en.title = "Home"
        home_en.save_revision().publish()
    return {"nl": home, "en": home_en.specific}


def add_page(parent, model=StandardPage, publish=True, **fields):
    page = model(**fields)
    parent.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    page.refresh_from_db()
    return page


def translate_page(page, **fields):
    """Plain English copy of a page (for tests that do not exercise wagtail-localize)."""
    en = Locale.objects.get(language_code="en")
    copy = page.copy_for_translation(en, copy_parents=True)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    copy.refresh_from_db()
    return copy.specific

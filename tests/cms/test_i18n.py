from django.conf import settings
from django.utils import translation

import polib
import pytest

from cms.i18n import FALLBACK_PARAM
from tests.factories.pages import add_page

pytestmark = pytest.mark.django_db

PO = settings.BASE_DIR / "locale" / "nl" / "LC_MESSAGES" / "django.po"
MO = PO.with_suffix(".mo")


def test_every_interface_string_has_a_dutch_translation():
    po = polib.pofile(str(PO))
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert not untranslated, untranslated
    assert not fuzzy, fuzzy


def test_compiled_catalogue_matches_the_po_file():
    po = polib.pofile(str(PO))
    mo = polib.mofile(str(MO))
    compiled = {(entry.msgctxt, entry.msgid): entry for entry in mo}
    for entry in po.translated_entries():
        assert (entry.msgctxt, entry.msgid) in compiled, (
            f"{entry.msgid!r} missing from .mo: run make messages"
        )
        if entry.msgid_plural:
            assert compiled[(entry.msgctxt, entry.msgid)].msgstr_plural == entry.msgstr_plural
        else:
            assert compiled[(entry.msgctxt, entry.msgid)].msgstr == entry.msgstr, entry.msgid


def test_search_url_is_translated():
    from django.urls import reverse

    with translation.override("nl"):
        assert reverse("search:search") == "/nl/zoeken/"
    with translation.override("en"):
        assert reverse("search:search") == "/en/search/"


def test_switcher_leads_to_the_translation(demo, client, html):
    page = html(client.get("/nl/over-ons/"))
    link = page.select_one('.language-switcher a[hreflang="en"]')
    assert link["href"] == "/en/about-us/"
    assert (
        page.select_one('.language-switcher [aria-current="true"]').get_text(strip=True)
        == "Nederlands"
    )


def test_switcher_falls_back_to_the_nearest_translated_ancestor(site_tree, client, html):
    parent = add_page(site_tree["nl"], title="Over ons", slug="over")
    add_page(parent, title="Alleen Nederlands", slug="alleen-nl")
    page = html(client.get("/nl/over/alleen-nl/"))
    link = page.select_one('.language-switcher a[hreflang="en"]')
    # No English version of the page or its parent: the English home page, with a notice.
    assert link["href"] == f"/en/?{FALLBACK_PARAM}=1"
    assert "en" not in page.hreflangs()
    landing = html(client.get(link["href"]))
    assert landing.lang == "en"
    assert "not available in this language" in landing.text(".notice")


def test_switcher_prefers_a_translated_parent(site_tree, client, html):
    from tests.factories.pages import translate_page

    parent = add_page(site_tree["nl"], title="Over ons", slug="over")
    translate_page(parent, title="About", slug="about")
    add_page(parent, title="Alleen Nederlands", slug="alleen-nl")
    page = html(client.get("/nl/over/alleen-nl/"))
    assert (
        page.select_one('.language-switcher a[hreflang="en"]')["href"]
        == f"/en/about/?{FALLBACK_PARAM}=1"
    )


def test_search_page_links_to_the_other_language(demo, client, html):
    page = html(client.get("/nl/zoeken/?q=herstel"))
    assert page.lang == "nl"
    assert (
        page.select_one('.language-switcher a[hreflang="en"]')["href"] == "/en/search/?q=herstel"
    )
    assert page.hreflangs()["en"].endswith("/en/search/?q=herstel")


def test_catalogue_holds_every_string_in_the_code(tmp_path):
    """Run makemessages on a copy of the code: no msgid may be missing from the Dutch .po."""
    import os
    import shutil
    import subprocess
    import sys

    if not shutil.which("xgettext"):
        if os.environ.get("CI"):
            pytest.fail("GNU gettext is needed in CI to check the catalogue")
        pytest.skip("GNU gettext (xgettext) is not installed")
    root = settings.BASE_DIR
    copy = tmp_path / "project"
    ignore = shutil.ignore_patterns(
        ".venv", ".git", "node_modules", "staticfiles", "media", "*.pyc"
    )
    shutil.copytree(root, copy, ignore=ignore)
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.test"}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "nl", "--no-obsolete", "-v0"],
        cwd=copy,
        env=env,
        check=True,
    )
    fresh = polib.pofile(str(copy / "locale" / "nl" / "LC_MESSAGES" / "django.po"))
    committed = {
        (entry.msgctxt, entry.msgid) for entry in polib.pofile(str(PO)).translated_entries()
    }
    missing = [entry.msgid for entry in fresh if (entry.msgctxt, entry.msgid) not in committed]
    assert not missing, f"run `make messages` and translate: {missing}"


def test_dates_are_formatted_per_language():
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from django.template import engines

    moment = datetime(2026, 11, 24, 19, 30, tzinfo=ZoneInfo("Europe/Amsterdam"))
    template = engines["django"].from_string(
        '{{ moment|date:"DATETIME_FORMAT" }}|{{ moment|date:"DATE_FORMAT" }}'
    )
    with translation.override("nl"):
        assert (
            template.render({"moment": moment})
            == "dinsdag 24 november 2026, 19:30|dinsdag 24 november 2026"
        )
    with translation.override("en"):
        assert (
            template.render({"moment": moment})
            == "Tuesday 24 November 2026, 19:30|Tuesday 24 November 2026"
        )

"""Save a screenshot of every page type at 1280 and 320 pixels wide: `make screenshots`.

Starts a server with the demo content in a scratch database, visits one page of each type in
each language plus the views listed in EXTRA_PATHS, and writes full-page PNGs to screenshots/.
"""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from tests.browser.conftest import CHROMIUM, CHROMIUM_FLAGS
from tests.browser.server import ROOT, demo_server

WIDTHS = (1280, 320)
# Views that are not a page type of their own.
EXTRA_PATHS = {
    "search-nl": "/nl/zoeken/?q=herstel",
    "search-en": "/en/search/?q=recovery",
    "not-found-nl": "/nl/bestaat-niet/",
    "not-found-en": "/en/does-not-exist/",
}


def targets(catalogue):
    for page_type, by_language in sorted(catalogue.items()):
        for language, path in by_language.items():
            yield f"{page_type.replace('.', '-')}-{language}", path
    yield from EXTRA_PATHS.items()


def main(out_dir):
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with demo_server() as (base_url, catalogue), sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        for width in WIDTHS:
            page = browser.new_page(viewport={"width": width, "height": 900}, locale="nl-NL")
            for name, path in targets(catalogue):
                page.goto(base_url + path)
                page.wait_for_load_state("networkidle")
                target = out / f"{name}-{width}.png"
                page.screenshot(path=str(target), full_page=True)
                print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)
            page.close()
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ROOT / "screenshots")

"""Browser tests: Playwright drives the system Chromium (Debian's package; no download).

Two ways to get a server:
- `live_server` (pytest-django): tests create their own data; the database is flushed after.
- `demo_site`: a separate server process with the full demo content, loaded once per session
  into a scratch database, for tests that only read pages (accessibility, privacy, keyboard).

Without Chromium the tests are skipped, except in CI (CI=true), where that is a failure.
"""

import os
import shutil
from pathlib import Path

import pytest

from tests.browser import server

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
# around it are safe because nothing else runs concurrently in this thread.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def chromium_available():
    return Path(CHROMIUM).exists()


@pytest.fixture(autouse=True)
def _require_chromium():
    if not chromium_available():
        if os.environ.get("CI"):
            pytest.fail(f"Chromium is required in CI and was not found at {CHROMIUM}")
        pytest.skip(f"Chromium not found at {CHROMIUM}")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_FLAGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "nl-NL", "timezone_id": "Europe/Amsterdam"}


@pytest.fixture(scope="session")
def demo_server(tmp_path_factory):
    """(base URL, catalogue) of a server process with the demo content (DEBUG off)."""
    if not chromium_available():
        if os.environ.get("CI"):
            pytest.fail(f"Chromium is required in CI and was not found at {CHROMIUM}")
        pytest.skip(f"Chromium not found at {CHROMIUM}")
    with server.demo_server(tmp_path_factory.mktemp("demo-site")) as running:
        yield running


@pytest.fixture(scope="session")
def demo_site(demo_server):
    """Base URL of the demo server."""
    return demo_server[0]


@pytest.fixture(scope="session")
def page_types(demo_server):
    """{"app.Model": {"nl": path, "en": path}}: one live demo page per page type and language."""
    return demo_server[1]


@pytest.fixture
def visit(page):
    """Open a page and record what it asks of the network and what cookies it gets."""

    def _visit(url, **kwargs):
        requests = []
        page.on("request", lambda request: requests.append(request.url))
        response = page.goto(url, **kwargs)
        page.wait_for_load_state("networkidle")
        return response, requests

    return _visit

"""Browser tests: Playwright drives the system Chromium (Debian's package; no download).

Two ways to get a server:
- `live_server` (pytest-django): tests create their own data; the database is flushed after.
- `demo_site`: a separate server process with the full demo content, loaded once per session
  into a scratch database, for tests that only read pages (accessibility, privacy, keyboard).

Without Chromium the tests are skipped, except in CI (CI=true), where that is a failure.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import pytest

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
# around it are safe because nothing else runs concurrently in this thread.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parents[2]
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


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ScratchDatabase:
    """A throwaway database next to the test database: a SQLite file or a PostgreSQL database."""

    def __init__(self, tmp_path):
        self.tmp_path = tmp_path
        self.url = os.environ.get("DATABASE_URL", "")
        self.pg_name = None

    def __enter__(self):
        if self.url.startswith(("postgres://", "postgresql://")):
            import psycopg2

            parts = urlsplit(self.url)
            self.pg_name = f"herstelsite_browser_{uuid.uuid4().hex[:10]}"
            self._admin(f'CREATE DATABASE "{self.pg_name}"', psycopg2, parts)
            return parts._replace(path="/" + self.pg_name).geturl()
        return f"sqlite:///{self.tmp_path / 'browser.sqlite3'}"

    def __exit__(self, *exc):
        if self.pg_name:
            import psycopg2

            parts = urlsplit(self.url)
            self._admin(f'DROP DATABASE IF EXISTS "{self.pg_name}" WITH (FORCE)', psycopg2, parts)

    @staticmethod
    def _admin(sql, psycopg2, parts):
        connection = psycopg2.connect(
            host=parts.hostname or "127.0.0.1",
            port=parts.port or 5432,
            user=parts.username or "root",
            password=parts.password or None,
            dbname="postgres",
        )
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute(sql)
        connection.close()


@pytest.fixture(scope="session")
def demo_site(tmp_path_factory):
    """Base URL of a server with the demo content (DEBUG off, as visitors see it)."""
    if not chromium_available():
        if os.environ.get("CI"):
            pytest.fail(f"Chromium is required in CI and was not found at {CHROMIUM}")
        pytest.skip(f"Chromium not found at {CHROMIUM}")
    tmp_path = tmp_path_factory.mktemp("demo-site")
    with ScratchDatabase(tmp_path) as database_url:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
            "DATABASE_URL": database_url,
            "DEBUG": "0",
            "MEDIA_ROOT": str(tmp_path / "media"),
            "DEMO_ADMIN_PASSWORD": "demo-browser-password",
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        }
        env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        manage = [sys.executable, "manage.py"]
        for command in (["migrate", "--noinput", "-v0"], ["load_demo", "--no-admin"]):
            subprocess.run([*manage, *command], cwd=ROOT, env=env, check=True, capture_output=True)
        port = _free_port()
        log = open(tmp_path / "server.log", "w")  # noqa: SIM115
        server = subprocess.Popen(
            [*manage, "runserver", f"127.0.0.1:{port}", "--noreload"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        base_url = f"http://127.0.0.1:{port}"
        try:
            _wait_for(base_url + "/robots.txt", server, tmp_path / "server.log")
            yield base_url
        finally:
            server.terminate()
            server.wait(timeout=20)
            log.close()


def _wait_for(url, process, log_path, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("demo server stopped:\n" + log_path.read_text())
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 (our own server)
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"demo server did not answer at {url}:\n" + log_path.read_text())


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

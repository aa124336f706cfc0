"""A server process with the demo content in a scratch database, for browser tests and
screenshots. It runs with DEBUG off, as visitors see the site."""

import contextlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
# The demo server's admin user "admin" (a throwaway database, so a fixed password is fine).
ADMIN_PASSWORD = "demo-editor-password"  # noqa: S105


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def scratch_database(directory):
    """Yield a DATABASE_URL for a throwaway database: a SQLite file, or a new PostgreSQL
    database on the server DATABASE_URL points at (dropped afterwards)."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        yield f"sqlite:///{Path(directory) / 'demo.sqlite3'}"
        return
    import psycopg2

    parts = urlsplit(url)
    name = f"herstelsite_browser_{uuid.uuid4().hex[:10]}"

    def admin(sql):
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

    admin(f'CREATE DATABASE "{name}"')
    try:
        yield parts._replace(path="/" + name).geturl()
    finally:
        admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextlib.contextmanager
def demo_server(directory=None):
    """Yield (base_url, catalogue) for a running server with the demo content.

    The catalogue maps each page type to the URL of one live page per language.
    """
    with contextlib.ExitStack() as stack:
        if directory is None:
            directory = stack.enter_context(tempfile.TemporaryDirectory())
        directory = Path(directory)
        database_url = stack.enter_context(scratch_database(directory))
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
            "DATABASE_URL": database_url,
            "DEBUG": "0",
            "MEDIA_ROOT": str(directory / "media"),
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        }
        env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        manage = [sys.executable, "manage.py"]
        for command in (
            ["migrate", "--noinput", "-v0"],
            ["load_demo", "--admin-password", ADMIN_PASSWORD],
        ):
            result = subprocess.run(
                [*manage, *command], cwd=ROOT, env=env, capture_output=True, text=True
            )
            if result.returncode:
                raise RuntimeError(f"{command[0]} failed:\n{result.stdout}\n{result.stderr}")
        catalogue = json.loads(
            subprocess.run(
                [*manage, "page_type_urls"],
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        port = _free_port()
        log_path = directory / "server.log"
        log = stack.enter_context(open(log_path, "w"))  # noqa: SIM115
        server = subprocess.Popen(
            [*manage, "runserver", f"127.0.0.1:{port}", "--noreload"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        base_url = f"http://127.0.0.1:{port}"
        try:
            _wait_for(base_url + "/robots.txt", server, log_path)
            yield base_url, catalogue
        finally:
            server.terminate()
            server.wait(timeout=20)


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


def log_in_as_admin(page, base_url):
    """Log the demo server's admin in, in a Playwright page."""
    page.goto(base_url + "/admin/login/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", ADMIN_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")

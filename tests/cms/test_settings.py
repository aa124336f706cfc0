import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            "DJANGO_SETTINGS_MODULE",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
        }
    }
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_secret_key():
    result = run_manage(
        "check", DJANGO_SETTINGS_MODULE="cms.settings.production", ALLOWED_HOSTS="example.org"
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_manage(
        "check", DJANGO_SETTINGS_MODULE="cms.settings.production", SECRET_KEY="x" * 60
    )
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set" in result.stderr


def test_deploy_check_is_clean_under_production_settings():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY="k7#Vq2!pLx9@Rm4$Tz8^Wb1&Yc6*Hn3(Jd5)Fs0-Ge+Ua_Ko=Ii~Pl;Mo:Nq,Rs.Tv",
        ALLOWED_HOSTS="www.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_base_settings_are_safe_by_default():
    from cms.settings import base

    assert base.DEBUG is False or os.environ.get("DEBUG")
    assert base.WAGTAIL_ENABLE_UPDATE_CHECK is False
    assert base.LANGUAGE_CODE == "nl"
    assert [code for code, _name in base.LANGUAGES] == ["nl", "en"]


def test_sqlite_is_the_default_database(monkeypatch):
    import importlib

    from cms.settings import base

    monkeypatch.delenv("DATABASE_URL", raising=False)
    reloaded = importlib.reload(base)
    try:
        assert reloaded.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"
        assert str(reloaded.DATABASES["default"]["NAME"]).endswith("db.sqlite3")
    finally:
        importlib.reload(base)


def test_database_url_selects_postgresql(monkeypatch):
    import importlib

    from cms.settings import base

    monkeypatch.setenv("DATABASE_URL", "postgres://root@127.0.0.1:5432/herstelsite")
    reloaded = importlib.reload(base)
    try:
        database = reloaded.DATABASES["default"]
        assert database["ENGINE"] == "django.db.backends.postgresql"
        assert database["NAME"] == "herstelsite"
        assert reloaded.WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] == "dutch"
    finally:
        monkeypatch.delenv("DATABASE_URL")
        importlib.reload(base)


@pytest.mark.django_db
def test_search_backend_uses_dutch_configuration_on_postgresql(on_postgres):
    from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    assert isinstance(backend, PostgresSearchBackend)
    assert backend.config == "dutch"
    # One index, each object stemmed in its own language (search/backends.py).
    assert backend.config_for_language("nl") == "dutch"
    assert backend.config_for_language("en") == "english"


def test_machine_translation_is_off_by_default():
    from django.conf import settings

    assert getattr(settings, "WAGTAILLOCALIZE_MACHINE_TRANSLATOR", None) is None

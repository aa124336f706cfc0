# Every command a developer needs. `make help` lists them.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
	&& echo $$p && break; done)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py
export DJANGO_SETTINGS_MODULE ?= cms.settings.dev

.PHONY: help install migrate demo run test lint format bench screenshots messages lock clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  make %-12s %s\n", $$1, $$2}'

$(BIN)/python:
	@test -n "$(PYTHON)" || { echo "Python 3.11 or newer is needed (python3.11, python3.12 ...)."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.lock $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements.lock
	@touch $@

install: $(VENV)/.installed ## Create .venv and install the locked packages

migrate: install ## Apply database migrations (SQLite, or DATABASE_URL)
	$(MANAGE) migrate --noinput

demo: migrate ## Install, migrate, load demo content, print the admin login and serve on 127.0.0.1:$(PORT)
	$(MANAGE) load_demo --site-url http://127.0.0.1:$(PORT)
	@echo "Serving on http://127.0.0.1:$(PORT)/ (Ctrl-C stops)"
	$(MANAGE) runserver 127.0.0.1:$(PORT)

run: install ## Serve the site on 127.0.0.1:$(PORT) without loading demo content
	$(MANAGE) runserver 127.0.0.1:$(PORT)

test: install ## Run the whole test suite (browser tests too when Chromium is installed)
	DJANGO_SETTINGS_MODULE=cms.settings.test $(BIN)/pytest $(PYTEST_ARGS)

lint: install ## ruff, Django's checks and the migrations check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) makemigrations --check --dry-run

bench: install ## Run the benchmarks in a scratch database and print their figures
	$(MANAGE) bench $(BENCH)

screenshots: install ## Save every page type at 1280 and 320 px into screenshots/ (needs Chromium)
	$(BIN)/python -m tests.browser.screenshots screenshots

format: install ## Format and fix what ruff can
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

messages: install ## Update the .po files from the code and compile them (needs GNU gettext)
	$(MANAGE) makemessages -l nl --ignore=.venv --ignore=staticfiles --no-obsolete
	$(MANAGE) compilemessages --ignore=.venv

lock: $(BIN)/python ## Re-resolve requirements.lock from pyproject.toml
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --extra dev --strip-extras --no-emit-index-url --no-emit-find-links \
		--output-file requirements.lock pyproject.toml

clean: ## Remove the virtualenv, the SQLite database and collected files
	rm -rf $(VENV) db.sqlite3 staticfiles .pytest_cache

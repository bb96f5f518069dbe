# Two commands set up everything on a fresh machine:
#   make run    virtualenv, install, migrate (SQLite), demo content, server on :8000
#   make test   virtualenv, install test tools, run the whole suite
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py

.PHONY: run test lint format messages check clean audit bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content
	$(MANAGE) runserver 127.0.0.1:8000

# The real clients the interop tests read the portal with (ical.js, the Nu HTML Checker), pinned
# in tests/clients/package-lock.json; they need node and java.
# Without npm the interop tests skip, except in CI (.ci/run installs node, npm and java).
tests/clients/node_modules/.installed: tests/clients/package.json tests/clients/package-lock.json
	@if command -v npm >/dev/null; then \
		npm ci --prefix tests/clients --ignore-scripts --no-audit --no-fund && touch $@; \
	else echo "npm not found: the interop tests (marker interop) will be skipped"; fi

test: $(VENV)/.installed-dev tests/clients/node_modules/.installed
	$(BIN)/python -m pytest --durations=25

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SETTINGS_MODULE=mokme_cms.settings.test $(MANAGE) makemigrations --check --dry-run

format: $(VENV)/.installed-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Extract the interface strings of every app and compile all catalogues.
# The date formats' own catalogue (month and weekday names Django lacks) holds only it and kmr.
messages: $(VENV)/.installed
	$(MANAGE) makemessages --all --no-location --no-wrap --ignore=.venv --ignore=tests \
		--ignore=staticfiles --ignore=node_modules --ignore=mokme_cms/formats
	cd mokme_cms/formats && ../../$(BIN)/django-admin makemessages -l it -l kmr --no-location --no-wrap
	$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules

# The portal at district scale under gunicorn: one table of every page type (see README).
bench: $(VENV)/.installed-dev
	$(BIN)/python -m tests.bench.run $(BENCH_ARGS)

# Known vulnerabilities in every installed package (pinned in requirements*.txt), from PyPI's
# advisory data; CI runs it after the tests.
audit: $(VENV)/.installed-dev
	$(BIN)/pip-audit --skip-editable --progress-spinner off

clean:
	rm -rf $(VENV) db.sqlite3 media staticfiles .test-media

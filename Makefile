# The two commands a newcomer needs: `make run` and `make test`. Both set up everything first
# and are safe to run again.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
export DJANGO_SETTINGS_MODULE ?= champions.settings.dev

.PHONY: help setup run test lint format css migrate seed e2e screenshots clean bench loadtest bench-tools lock upgrade audit

help:
	@echo "make run    set up, load demo data, serve on http://127.0.0.1:$(PORT)"
	@echo "make test   set up, run the whole test suite"
	@echo "make e2e    set up, run only the browser tests (needs /usr/bin/chromium)"
	@echo "make screenshots  run the browser tests, then refresh the README's screenshots"
	@echo "make lint   ruff check + ruff format --check"
	@echo "make bench  load each page with wrk against gunicorn on PostgreSQL (BENCH_SIZE=national|medium|small)"
	@echo "make loadtest  200 councillors and 5 facilitators in Locust for 2 minutes, then check the database"

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)

# Installs come from the hashed lock only (every package pinned, every file checked), then the
# project itself (site/ imported as `champions`) without touching the locked set.
$(VENV)/.installed: $(BIN)/activate requirements-dev.lock pyproject.toml
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes -r requirements-dev.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

static/build/.built: node_modules/.installed $(wildcard static/scss/*.scss)
	npm run --silent build:css
	mkdir -p static/build/govuk
	cp node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js static/build/govuk/
	cp -r node_modules/govuk-frontend/dist/govuk/assets static/build/govuk/
	touch $@

css: static/build/.built

setup: $(VENV)/.installed static/build/.built
	@mkdir -p var

migrate: setup
	$(BIN)/python manage.py migrate --noinput

seed: migrate
	$(BIN)/python manage.py seed_demo

run: seed
	@echo "Serving on http://127.0.0.1:$(PORT) - demo accounts are listed in README.md"
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

test: setup
	DJANGO_SETTINGS_MODULE=champions.settings.test $(BIN)/pytest $(PYTEST_ARGS)

# Only the real-browser journeys and accessibility checks (Debian's Chromium at /usr/bin/chromium;
# they skip, saying so, when it is missing). `make test` runs them too.
e2e: setup
	DJANGO_SETTINGS_MODULE=champions.settings.test $(BIN)/pytest -m browser $(PYTEST_ARGS)

# The README's screenshots, taken by the browser tests and cut down for docs/screenshots.
screenshots: e2e
	$(BIN)/python tests/browser/readme_screenshots.py

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Benchmarks (see README "Performance"): PostgreSQL on 127.0.0.1, wrk from Debian, Locust from
# PyPI. The synthetic data is generated once per size and cloned for every run.
BENCH_SIZE ?= national

# Locust comes from the lock with everything else; wrk from Debian.
$(VENV)/.bench-installed: $(VENV)/.installed
	command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk)
	touch $@

bench-tools: setup $(VENV)/.bench-installed

bench: bench-tools
	$(BIN)/python bench/run.py --size $(BENCH_SIZE) $(BENCH_ARGS)

loadtest: bench-tools
	$(BIN)/python bench/loadtest.py --size $(BENCH_SIZE) $(LOADTEST_ARGS)

# The lock: every Python package (runtime, test, bench) at one exact version with its hashes.
# `make lock` re-resolves after a change to requirements*.txt or bench/requirements.txt, keeping
# every version it can; `make upgrade` takes the newest within the declared ranges.
UV_COMPILE = $(BIN)/uv pip compile --quiet --generate-hashes --universal --python-version 3.11 \
	--custom-compile-command "make lock"

lock: $(VENV)/.installed
	$(UV_COMPILE) requirements.txt -o requirements.lock
	$(UV_COMPILE) requirements-dev.txt bench/requirements.txt -c requirements.lock -o requirements-dev.lock

upgrade: $(VENV)/.installed
	$(UV_COMPILE) --upgrade requirements.txt -o requirements.lock
	$(UV_COMPILE) --upgrade requirements-dev.txt bench/requirements.txt -c requirements.lock -o requirements-dev.lock
	@echo "Changed versions:"
	@git diff --no-color -U0 -- requirements.lock requirements-dev.lock | grep -E '^[-+][a-z0-9]' | sort -k1.2 || echo "  none"

clean:
	rm -rf $(VENV) node_modules static/build var

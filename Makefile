# The two commands a newcomer needs: `make run` and `make test`. Both set up everything first
# and are safe to run again. `make help` lists every target (the `##` comments below).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Exported so the settings build links in emails for the port the server really uses.
export PORT ?= 8000
export DJANGO_SETTINGS_MODULE ?= champions.settings.dev

.PHONY: help setup css messages translations migrate seed run test e2e credential-conformance screenshots lint format audit lock upgrade \
	bench-tools bench loadtest loadtest-cluster cluster cluster-stop cluster-test restore-drill clean

help: ## list every target
	@grep -hE '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | \
		awk 'BEGIN {FS = ":.*## "}; {printf "  make %-12s %s\n", $$1, $$2}'

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

css: static/build/.built ## build the CSS (GOV.UK Frontend from npm + our Sass)

setup: $(VENV)/.installed static/build/.built translations ## install Python packages from the lock, npm packages, build the CSS, compile the Welsh
	@mkdir -p var

# The Welsh catalogues (<app>/locale/cy/LC_MESSAGES/django.po) compiled to .mo files, which are
# built here and never committed (docs/welsh.md). Needs gettext's msgfmt (Debian: gettext).
I18N_IGNORE := --ignore=.venv --ignore=node_modules --ignore=static --ignore=var
translations: $(VENV)/.installed ## compile the Welsh catalogues (.po -> .mo)
	@command -v msgfmt >/dev/null || { echo "msgfmt is missing: apt-get install gettext"; exit 1; }
	$(BIN)/python manage.py compilemessages -l cy $(I18N_IGNORE) --verbosity 0

# Every app folder with a locale/ folder gets its catalogue refreshed from the code and templates:
# new strings arrive empty, so the completeness test fails until they have their Welsh.
LOCALE_APPS = $(patsubst %/locale/,%,$(wildcard */locale/))
messages: $(VENV)/.installed ## refresh every app's Welsh catalogue from the code (then translate the new entries)
	@for app in $(LOCALE_APPS); do \
		echo "== $$app"; \
		(cd $$app && ../$(BIN)/python ../manage.py makemessages -l cy --no-obsolete \
			-i "migrations/*" -i "tests/*") || exit 1; \
	done

migrate: setup ## apply database migrations (var/db.sqlite3 unless DATABASE_URL is set)
	$(BIN)/python manage.py migrate --noinput

seed: migrate ## load the curriculum and the demo people (idempotent)
	$(BIN)/python manage.py seed_demo

run: seed ## set up, load demo data, serve on http://127.0.0.1:8000 (PORT=8123 make run for another port)
	@echo "Serving on http://127.0.0.1:$(PORT) - demo accounts are listed in README.md"
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

test: setup ## set up, run the whole test suite (browser tests too, when Chromium is there)
	DJANGO_SETTINGS_MODULE=champions.settings.test $(BIN)/pytest $(PYTEST_ARGS)

# Only the real-browser journeys and accessibility checks (Debian's Chromium at /usr/bin/chromium;
# they skip, saying so, when it is missing).
e2e: setup ## run only the browser journeys and accessibility checks
	DJANGO_SETTINGS_MODULE=champions.settings.test $(BIN)/pytest -m browser $(PYTEST_ARGS)

# 1EdTech's own Open Badges 3.0 schema is under their specification licence, so it is not in the
# repository: this fetches it into var/ (or takes OB3_OFFICIAL_SCHEMA=<a copy you have>) and
# validates our credential against it in the server test and the browser journey.
OB3_OFFICIAL_SCHEMA ?= var/ob3/achievementcredential.json
credential-conformance: setup ## validate our Open Badge against 1EdTech's published OB 3.0 JSON schema (needs it, or the internet)
	@test -f $(OB3_OFFICIAL_SCHEMA) || (mkdir -p $(dir $(OB3_OFFICIAL_SCHEMA)) && curl -fsSL -o $(OB3_OFFICIAL_SCHEMA) \
		https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential-jsonschema1.json)
	OB3_OFFICIAL_SCHEMA=$(abspath $(OB3_OFFICIAL_SCHEMA)) DJANGO_SETTINGS_MODULE=champions.settings.test $(BIN)/pytest -s -p no:randomly \
		"tests/recognition/test_certificates.py::test_the_credential_verifies_with_the_published_key_and_meets_the_schema" \
		"tests/browser/test_recognition_journey.py::test_councillor_completes_the_programme_and_their_credential_checks_out"

screenshots: e2e ## run the browser tests, then refresh the README's screenshots
	$(BIN)/python tests/browser/readme_screenshots.py

lint: setup ## ruff (lint + format check) and the import contracts (architecture)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: setup ## ruff: fix what it can and format
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

audit: setup ## pip-audit both lock files (allow-list: .ci/pip-audit-allowlist.txt)
	$(BIN)/python .ci/audit.py

# The lock: every Python package (runtime, test, bench) at one exact version with its hashes.
# `make lock` re-resolves after a change to requirements*.txt or bench/requirements.txt, keeping
# every version it can; `make upgrade` takes the newest within the declared ranges.
UV_COMPILE = $(BIN)/uv pip compile --quiet --generate-hashes --universal --python-version 3.11 \
	--custom-compile-command "make lock"

lock: $(VENV)/.installed ## re-resolve the lock files after changing requirements*.txt
	$(UV_COMPILE) requirements.txt -o requirements.lock
	$(UV_COMPILE) requirements-dev.txt bench/requirements.txt -c requirements.lock -o requirements-dev.lock

upgrade: $(VENV)/.installed ## upgrade every locked package within its range; print what changed
	$(UV_COMPILE) --upgrade requirements.txt -o requirements.lock
	$(UV_COMPILE) --upgrade requirements-dev.txt bench/requirements.txt -c requirements.lock -o requirements-dev.lock
	@changed=$$(git diff --no-color -U0 -- requirements.lock requirements-dev.lock | grep -E '^[-+][a-z0-9]' | sed 's/ \\$$//' | sort -u -k1.2); \
		echo "Changed versions (- before, + after):"; echo "$${changed:-  none}"

# Benchmarks (docs/developers.md, "Performance"): PostgreSQL on 127.0.0.1, wrk from Debian, Locust
# from the lock. The synthetic data is generated once per size and cloned for every run.
BENCH_SIZE ?= national

$(VENV)/.bench-installed: $(VENV)/.installed
	command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk)
	touch $@

bench-tools: setup $(VENV)/.bench-installed ## install wrk (Debian) for the benchmarks

bench: bench-tools ## load each page with wrk against gunicorn on PostgreSQL (BENCH_SIZE=national|medium|small)
	$(BIN)/python bench/run.py --size $(BENCH_SIZE) $(BENCH_ARGS)

loadtest: bench-tools ## 200 councillors and 5 facilitators in Locust for 2 minutes, then check the database
	$(BIN)/python bench/loadtest.py --size $(BENCH_SIZE) $(LOADTEST_ARGS)

loadtest-cluster: bench-tools $(VENV)/.cluster-installed ## 500 councillors and 10 facilitators on one host, then on the cluster; both side by side
	$(BIN)/python bench/loadtest.py --size $(BENCH_SIZE) --users 500 --facilitators 10 --spawn-rate 10 --duration 3m --stop-timeout 60 --compare $(LOADTEST_ARGS)

# Several app hosts behind HAProxy on this machine (docs/deployment.md): the same configuration
# files (deploy/) a council's IT team installs. Loopback only.
$(VENV)/.cluster-installed: $(VENV)/.installed
	command -v haproxy >/dev/null || (apt-get update -qq && apt-get install -y -qq haproxy)
	touch $@

cluster: setup $(VENV)/.cluster-installed ## start 2 app hosts, HAProxy, PostgreSQL db, Redis, 2 workers, the clock; print the URL
	$(BIN)/python bench/cluster.py start

cluster-stop: ## stop exactly what `make cluster` started
	$(BIN)/python bench/cluster.py stop

cluster-test: setup $(VENV)/.cluster-installed ## the cluster suite: sessions, publishing, limits, Redis and PostgreSQL faults, killed workers
	DJANGO_SETTINGS_MODULE=champions.settings.test $(BIN)/pytest -m cluster tests/cluster $(PYTEST_ARGS)

restore-drill: setup ## dump the database, restore it into a new one, check the copy
	$(BIN)/python bench/restore_drill.py $(RESTORE_ARGS)

clean: ## remove the venv, npm packages, built CSS and the local database
	rm -rf $(VENV) node_modules static/build var

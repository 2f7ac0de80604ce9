# Plenaria: `make demo` serves the Yokohama 2001 demo congress; `make test` runs every check.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
DEMO_ENV := PLENARIA_DEMO=1 EMAIL_URL=$${EMAIL_URL:-consolemail://}
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: demo test setup lint fmt messages bench clean-demo

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Plenaria needs Python 3.11 or newer"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	@touch $@

setup: $(VENV)/.installed

demo: setup
	@mkdir -p var
	$(DEMO_ENV) $(PY) manage.py compile_catalogues
	$(DEMO_ENV) $(PY) manage.py migrate --noinput
	$(DEMO_ENV) $(PY) manage.py collectstatic --noinput -v0
	$(DEMO_ENV) $(PY) manage.py seed_demo_congress
	@echo ""
	@echo "Plenaria is serving the demo congress at http://$(HOST):$(PORT)/  (Ctrl-C to stop)"
	$(DEMO_ENV) $(BIN)/gunicorn plenaria.config.wsgi:application --bind $(HOST):$(PORT) \
		--workers $${WEB_CONCURRENCY:-3} --access-logfile - --log-level warning

test: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(PY) manage.py compile_catalogues --settings=plenaria.config.settings_test
	$(BIN)/pytest $(PYTEST_ARGS)

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

fmt: setup
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: setup
	cd plenaria && ../$(PY) ../manage.py makemessages --settings=plenaria.config.settings_test \
		--no-obsolete --add-location=never -l en -l fr -l es -l ar -l ru -l zh_Hans -l ja \
		--ignore='static/*'

bench: setup
	$(PY) bench/public_pages.py $(BENCH_ARGS)
	$(PY) bench/inquiries.py $(INQUIRY_BENCH_ARGS)
	$(PY) bench/library.py $(LIBRARY_BENCH_ARGS)

clean-demo:
	rm -rf var

# factcheck: the two commands a newcomer needs are `make run` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

# First Python 3.12+ found on PATH, then under pyenv. Override with PYTHON=/path/to/python3.
PYTHON ?= $(shell scripts/find-python)

.PHONY: help run demo serve test test-sqlite test-postgres lint venv clean

help:
	@echo "make run    set up, load and check the example article, serve the admin on http://$(HOST):$(PORT)/admin/"
	@echo "           (and the API on /api/, with a background task worker beside the server)"
	@echo "make test   run the whole test suite"
	@echo "make lint   ruff and Django's checks"

$(VENV)/.installed: requirements.txt requirements-dev.txt
	@test -n "$(PYTHON)" || { echo "No Python 3.12 or newer found (looked on PATH and under pyenv). Install one or set PYTHON=." >&2; exit 1; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@

venv: $(VENV)/.installed

demo: venv
	$(PY) manage.py migrate --noinput
	$(PY) manage.py demo --host $(HOST) --port $(PORT)

# A task worker (db_worker) runs beside the server in its own process group, and is stopped with it.
run: demo
	@setsid $(PY) manage.py db_worker & worker=$$!; \
	trap 'kill -TERM -- -$$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	echo "Task worker started (process $$worker); it stops with the server."; \
	$(PY) manage.py runserver $(HOST):$(PORT)

test: venv
	$(PY) -m pytest

lint: venv
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache

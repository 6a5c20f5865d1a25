# Two commands do all the set-up on a fresh clone:
#   make run    runs the main job on the built-in data (creates .venv on first use)
#   make test   runs the whole test suite (creates .venv with the dev extras, which include `bom` and `serve`, on first use)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-dev

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev,dask]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/opengauge index

test: lint
	$(BIN)/python -m pytest -q

# ruff (lint and format) and mypy (strict on model.py, licenses/ and frameworks/), as configured in pyproject.toml
lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python bench/license_bench.py
	$(BIN)/python bench/license_tree.py

clean:
	rm -rf $(VENV) .pytest_cache build dist

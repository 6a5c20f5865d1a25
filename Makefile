# Two commands do all the set-up on a fresh clone:
#   make run    runs the main job on the built-in data (creates .venv on first use)
#   make test   runs the whole test suite (creates .venv with the dev extras on first use)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-dev

.PHONY: run test bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/opengauge index

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/license_bench.py

clean:
	rm -rf $(VENV) .pytest_cache build dist

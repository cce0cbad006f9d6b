# plugspec developer commands.  `make test` is the one test command.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: venv lint typecheck test test-fast demo docs clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy
	$(BIN)/pyright
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/pyright --verifytypes plugspec --ignoreexternal

test: lint typecheck
	$(BIN)/pytest --cov --cov-report=term

test-fast: $(STAMP)
	$(BIN)/pytest -x -q

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache .coverage .coverage.* docs/_build

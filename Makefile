# plugspec developer commands.  `make test` is the one test command.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# The example application and plugin distributions (used by `make demo` and the tests).
EXAMPLES := examples/reportapp $(sort $(wildcard examples/plugins/*))

.PHONY: venv lint typecheck test test-fast demo docs clean

$(STAMP): pyproject.toml $(wildcard examples/*/pyproject.toml examples/plugins/*/pyproject.toml)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m pip install --quiet $(EXAMPLES)
	touch $(STAMP)

venv: $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy
	$(BIN)/pyright
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/pyright --verifytypes plugspec --ignoreexternal

# Coverage starts before pytest so that modules pytest imports early (the
# plugspec.testing pytest11 plugin) are measured too.
test: lint typecheck docs
	rm -f .coverage .coverage.*
	$(BIN)/coverage run -m pytest
	$(BIN)/coverage combine --quiet
	$(BIN)/coverage report

test-fast: $(STAMP)
	$(BIN)/pytest -x -q

demo: $(STAMP)
	@$(BIN)/python -m pip install --quiet --force-reinstall --no-deps $(EXAMPLES)
	@examples/demo.sh $(BIN)

# The documentation site: warnings are errors, references nitpicky.
docs: $(STAMP)
	$(BIN)/sphinx-build -W -n --keep-going -E -q -b html docs docs/_build/html

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache .coverage .coverage.* docs/_build

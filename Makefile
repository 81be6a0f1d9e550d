# The two commands the README promises: `make report` and `make test`.
# Both create .venv when missing and install the project into it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: report test bench bench-check fuzz lint clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dask,bench]'
	touch $(STAMP)

report: $(STAMP)
	$(BIN)/summarize report seeds -o reports

# Lint and the quality gate first, the test suite last: its summary line closes the output.
test: $(STAMP)
	$(MAKE) --no-print-directory lint
	$(BIN)/python bench/quality.py --check
	$(BIN)/python bench/grouping.py --check
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/quality.py
	$(BIN)/python bench/grouping.py

bench-check: $(STAMP)
	$(BIN)/python bench/quality.py --check
	$(BIN)/python bench/grouping.py --check

lint: $(STAMP)
	$(BIN)/ruff check summarize tests bench
	$(BIN)/ruff format --check summarize tests bench
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build *.egg-info

fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q tests/test_fuzz.py

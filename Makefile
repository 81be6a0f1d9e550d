# The two commands the README promises: `make report` and `make test`.
# Both create .venv when missing and install the project into it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# pip says only what went wrong: no progress, no "new release of pip" notice, no root-user
# warning, no informational build-backend messages; errors (a missing package, a failed build)
# still show.
# --no-compile: pip byte-compiled every installed module (scipy's, dask's, their tests), 45 s of a
# fresh install against 27 s without; Python compiles the modules a run imports on first use.
PIP := $(BIN)/python -m pip --quiet --quiet --disable-pip-version-check --no-input

.PHONY: report test test-fast train train-venue train-tagger bench bench-check fuzz lint clean serve

$(STAMP): pyproject.toml scripts/system-deps
	@bash scripts/system-deps
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "Installing into $(VENV) (about a minute the first time)"
	@PIP_ROOT_USER_ACTION=ignore $(PIP) install --upgrade pip
	@PIP_ROOT_USER_ACTION=ignore $(PIP) install --no-compile -e '.[test,dask,bench]'
	@touch $(STAMP)

report: $(STAMP)
	$(BIN)/summarize report seeds -o reports

# The local web page (http://127.0.0.1:8000/), offering the seeds as sample articles.
serve: $(STAMP)
	$(BIN)/summarize serve --samples seeds -o reports/web

# Lint first. The bench gates (`make bench-check`) and the test suite share nothing, so they run
# side by side, two processes: about 5 minutes of gates no longer wait for 6 of tests on a
# 2-core machine (on one core they take turns, as before). The gates' output is kept in
# $(VENV)/bench-check.log and shown once the tests end; either failing fails `make test`.
GATES_LOG := $(VENV)/bench-check.log
test: $(STAMP)
	$(MAKE) --no-print-directory lint
	@echo "bench gates running beside the tests: $(GATES_LOG)"
	@$(MAKE) --no-print-directory bench-check > $(GATES_LOG) 2>&1 & gates=$$!; \
	$(BIN)/python -m pytest -q; tests=$$?; \
	wait $$gates; checks=$$?; cat $(GATES_LOG); \
	if [ $$checks -ne 0 ]; then echo "bench gates FAILED (above)"; fi; \
	if [ $$tests -ne 0 ]; then echo "tests FAILED (pytest's summary above the gates)"; fi; \
	[ $$checks -eq 0 ] && [ $$tests -eq 0 ] && echo "bench gates and tests passed"

# The developer's loop: everything but the tests marked slow (pytest -m slow lists them), spread
# over the machine's cores by pytest-xdist, a test file to a worker (its fixtures are built once);
# `make test` and CI run everything, in one process. Measured on 2 cores shared with other runs
# (load 3.5-4.2), 809 tests: one process 55 s of CPU, 1 min 26 s; two workers 74 s of CPU (each
# loads the models), 2 min 1 s. Workers pay off only on idle cores: on a busy machine give
# TEST_JOBS=0 (one process).
TEST_JOBS ?= auto
test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -n $(TEST_JOBS) --dist loadfile -m "not slow"

# Refit the shipped ranker (summarize/data/ranker.json) and the held-out models bench/ reads
# (bench/ranker_folds/); deterministic. A benchmark never fits: `make bench` only scores.
train: $(STAMP)
	$(BIN)/python -m bench.train_ranker

# Refit the event-venue model (summarize/data/venue.json) on the facts gold's dev lines only;
# deterministic. `python -m bench.train_venue --folds` prints its leave-one-batch-out place F1.
train-venue: $(STAMP)
	$(BIN)/python -m bench.train_venue

# Refit the people tagger (summarize/data/people_tagger.crf) on the dev lines of the facts gold,
# never the held-out ones; deterministic. `python -m bench.train_tagger --lobo` prints its
# leave-one-batch-out figures.
train-tagger: $(STAMP)
	$(BIN)/python -m bench.train_tagger

bench: $(STAMP)
	$(BIN)/python -m bench.quality
	$(BIN)/python -m bench.agreement
	$(BIN)/python -m bench.grouping
	$(BIN)/python -m bench.pages
	$(BIN)/python -m bench.soak
	$(BIN)/python -m bench.facts

bench-check: $(STAMP)
	$(BIN)/python -m bench.quality --check
	$(BIN)/python -m bench.grouping --check
	$(BIN)/python -m bench.pages --check
	$(BIN)/python -m bench.facts --check

lint: $(STAMP)
	$(BIN)/ruff check summarize tests bench
	$(BIN)/ruff format --check summarize tests bench
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build *.egg-info

fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q tests/test_fuzz.py tests/test_contract.py \
		tests/test_fuzz_formats.py

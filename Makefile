# The two commands a new user needs:  make demo  and  make test.
# Both set everything up themselves in .venv; nothing has to be installed by hand.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test test-long lint typecheck unit bench screenshots system-deps clean fuzz docs

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

system-deps:
	@sh scripts/system-deps.sh

## demo: render every sample case to out/<sample>/<document>.{md,docx,pdf}
demo: $(STAMP) system-deps
	$(BIN)/poa render samples/*.yaml -o out --format md,docx,pdf

## test: ruff, mypy --strict and the whole pytest suite
test: lint typecheck unit

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	@sh scripts/system-deps.sh --test
	$(BIN)/pytest -n auto

## test-long: the sweeps too long for make test (every bank driven at a real terminal)
test-long: $(STAMP)
	@sh scripts/system-deps.sh --test
	$(BIN)/pytest -n auto -m long

## bench: speed targets, measured side by side in one run
# pandas is the yardstick of the 1,000,000-row report row (issue 19), never a dependency of
# poa: it lives in a venv of its own, made on the first make bench.
BENCH_VENV := .venv-bench
$(BENCH_VENV)/.installed:
	$(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet pandas
	touch $(BENCH_VENV)/.installed

bench: $(STAMP) system-deps $(BENCH_VENV)/.installed
	POA_BENCH_PANDAS=$(BENCH_VENV)/bin/python $(BIN)/python benchmarks/bench.py

## docs: the documentation site in site/ (open site/index.html); any warning fails the build.
## The reference pages are generated from the code by scripts/docs_hooks.py as it builds.
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir site

## screenshots: the first page of each sample document as a PNG in docs/images (README)
screenshots: $(STAMP) system-deps
	$(BIN)/python scripts/screenshots.py

clean:
	rm -rf out build dist site .mypy_cache .ruff_cache .pytest_cache

## fuzz: every loader fed mutated inputs for FUZZ_SECONDS (default 300), then the property and
## fuzz tests with the long hypothesis profile (random examples, 20 times as many)
FUZZ_SECONDS ?= 300
fuzz: $(STAMP) system-deps
	$(BIN)/python -m tests.fuzz.run --seconds $(FUZZ_SECONDS)
	POA_HYPOTHESIS_PROFILE=fuzz $(BIN)/pytest -q tests/test_fuzz.py tests/test_properties.py

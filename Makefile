# Tally: the README's two commands are `make report` and `make test`.
# Both install what is missing first (scripts/setup.sh), so a fresh Debian machine needs nothing else.

SWIFT ?= swift
RELEASE_BIN = .build/release

.PHONY: setup build report test bench dataset clean

setup:
	@bash scripts/setup.sh

build: setup
	$(SWIFT) build -c release --static-swift-stdlib --product stats
	$(SWIFT) build -c release --static-swift-stdlib --product chart
	$(SWIFT) build -c release --static-swift-stdlib --product notebook

## The main job on the default dataset: the report's notebook, with its figures and numbers.
report: build
	$(RELEASE_BIN)/stats validate
	$(RELEASE_BIN)/stats trend --from 2015-06 --to 2019-06
	$(RELEASE_BIN)/notebook build
	@echo "The report's notebook is in notebooks-out/memorial-political-prisoners/ (index.html, index.md, .ipynb, figures/, tables/)"

## The whole test suite (unit, reference-value and end-to-end tests).
test: setup
	@bash scripts/setup-test.sh
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	bash scripts/check_notebook.sh

## Benchmarks: medians of whole-process timings (see benchmarks/README.md).
bench: build
	bash benchmarks/run.sh

## Rebuild the default data package from its research table.
dataset:
	python3 datasets/memorial-political-prisoners/build.py

clean:
	rm -rf .build

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

## The main job on the default dataset.
report: build
	$(RELEASE_BIN)/stats validate
	$(RELEASE_BIN)/stats show
	$(RELEASE_BIN)/stats trend
	$(RELEASE_BIN)/stats trend --from 2015-06 --to 2019-06
	mkdir -p out
	$(RELEASE_BIN)/chart line --out out/memorial-total.png --out out/memorial-total.svg --out out/memorial-total.pdf
	$(RELEASE_BIN)/chart share --out out/memorial-lists-share.png
	@echo "Charts written to out/"

## The whole test suite (unit, reference-value and end-to-end tests).
test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## Benchmarks: medians of whole-process timings (see benchmarks/README.md).
bench: build
	bash benchmarks/run.sh

## Rebuild the default data package from its research table.
dataset:
	python3 datasets/memorial-political-prisoners/build.py

clean:
	rm -rf .build

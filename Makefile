# Tally: the README's two commands are `make report` and `make test`.
# Both install what is missing first (scripts/setup.sh), so a fresh Debian machine needs nothing else.

SWIFT ?= swift
RELEASE_BIN = .build/release

.PHONY: setup build report test asan-test fuzz fuzz-build fuzz-one bench dataset clean

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

## The whole test suite (unit, reference-value and end-to-end tests), then the unit tests again
## under AddressSanitizer.
test: setup
	@bash scripts/setup-test.sh
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	bash scripts/check_notebook.sh
	$(MAKE) asan-test

## The unit tests once under AddressSanitizer (own build folder). Left out: the end-to-end suite
## (it runs the executables under `ulimit -v`, which an ASan binary cannot start under) and the
## tests that bound wall-clock time (*InBoundedTime, *InLinearTime: ASan makes code 2-5 times
## slower). Swift's backtracer is off (with ASan it can leave `swift test` waiting on a dead
## test process); leaks in system and toolchain libraries are suppressed (Fuzz/lsan.supp).
asan-test: setup
	$(SWIFT) build --build-tests --sanitize=address --scratch-path .build-asan
	SWIFT_BACKTRACE=enable=no LSAN_OPTIONS=suppressions=$(CURDIR)/Fuzz/lsan.supp \
		$(SWIFT) test --skip-build --sanitize=address --scratch-path .build-asan --skip 'EndToEndTests|InBoundedTime|InLinearTime'

## libFuzzer targets (Fuzz/README.md): every target for FUZZ_SECONDS (default 60), two at a time;
## findings go to Fuzz/findings/<target>/. `make fuzz-one TARGET=csv` runs one.
FUZZ_SECONDS ?= 60
fuzz-build: setup
	bash Fuzz/build.sh

fuzz: fuzz-build
	FUZZ_SECONDS=$(FUZZ_SECONDS) bash Fuzz/run.sh

fuzz-one: setup
	@test -n "$(TARGET)" || { echo "usage: make fuzz-one TARGET=name (one of: $$(ls Fuzz/Targets | tr '\n' ' '))"; exit 64; }
	bash Fuzz/build.sh $(TARGET)
	FUZZ_SECONDS=$(FUZZ_SECONDS) bash Fuzz/run.sh $(TARGET)

## Benchmarks: medians of whole-process timings (see benchmarks/README.md).
bench: build
	bash benchmarks/run.sh

## Rebuild the default data package from its research table.
dataset:
	python3 datasets/memorial-political-prisoners/build.py

clean:
	rm -rf .build .build-asan .build-fuzz

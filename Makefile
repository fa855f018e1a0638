# samplan — the two commands that matter: `make run` and `make test`.
SHELL   := /bin/bash
SWIFT   ?= swift
# The toolchain's own formatter (swift-format, in lint mode: .swift-format).
SWIFT_FORMAT ?= $(SWIFT) format
PREFIX  ?= /usr/local
BIN     := .build/debug/samplan
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Releases are one static PIE: the Swift runtime, Foundation, glibc and
# libedit (with the libraries pkg-config names for a static link) are all
# inside, so a start maps no shared library and resolves no symbol, and
# ASLR still applies. lld links it (gold cannot make a static PIE), with
# compact RELR relocations; SwiftPM's $ORIGIN rpath goes, since glibc's
# static-PIE start-up refuses one. About a quarter off every start
# (Benchmarks/README.md, round 4). Rebuild to take in security fixes of
# glibc or libedit.
STATIC_C_LIBS = $(addprefix -Xlinker ,$(shell pkg-config --static --libs-only-l libedit libbsd yaml-0.1))
RELEASE = -c release --disable-local-rpath -Xswiftc -static-executable \
	-Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld -Xswiftc -Xclang-linker -Xswiftc -static-pie \
	-Xlinker -z -Xlinker pack-relative-relocs $(STATIC_C_LIBS)

VERSION := $(shell sed -n 's/.*static let current = "\(.*\)"/\1/p' Sources/samplan/Samplan.swift)
MANUAL  := .build/debug/generate-manual

.PHONY: all deps package-deps web-test-deps sheet-test-deps build run test stress install deb dist manual-tool bench fuzz clean

all: build

# libedit-dev and libyaml-dev (and pkg-config to find them) come from apt
# when missing.
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libedit yaml-0.1; then \
		echo "Installing libedit-dev, libyaml-dev and pkg-config with apt-get…"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libedit-dev libyaml-dev pkg-config >/dev/null; \
	fi

# What checking the Debian package needs: lintian, and man to render the page.
package-deps:
	@for tool in lintian man dpkg-deb; do command -v $$tool >/dev/null 2>&1 || missing="$$missing $$tool"; done; \
	if [ -n "$$missing" ]; then \
		echo "Installing lintian and man-db with apt-get…"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq lintian man-db dpkg >/dev/null; \
	fi

# What the page's tests need (samplan serve): Debian's chromium and its
# driver for the browser test, selenium and websockets from PyPI for it
# and the load test.
web-test-deps:
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then \
		echo "Installing chromium and chromium-driver with apt-get…"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium chromium-driver >/dev/null; \
	fi
	@python3 -c 'import selenium, websockets' 2>/dev/null || { \
		echo "Installing selenium and websockets with pip…"; \
		python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore \
			'selenium==4.51.0' 'websockets==17.4'; }

# What the spreadsheet test needs: Debian's LibreOffice Calc without its
# windows, to open `summary --format excel` as a Norwegian user would.
sheet-test-deps:
	@if ! command -v soffice >/dev/null 2>&1; then \
		echo "Installing libreoffice-calc-nogui with apt-get…"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libreoffice-calc-nogui >/dev/null; \
	fi

build: deps
	$(SWIFT) build

# Sessions made here go to Sessions/ (git-ignored), never beside the
# examples in Transcripts/; SAMPLAN_DIR or --dir in ARGS say otherwise.
# SAMPLAN_COMMAND: the line that resumes a session names this build.
run: build
	@SAMPLAN_DIR="$${SAMPLAN_DIR:-$(CURDIR)/Sessions}" SAMPLAN_COMMAND="$(CURDIR)/$(BIN)" $(BIN) $(ARGS)

# Every test on the debug build, then the end-to-end tests again on the
# release binary that `make install` ships (static, see RELEASE), which
# must also prove itself a static PIE.
test: deps package-deps web-test-deps sheet-test-deps
	$(SWIFT_FORMAT) lint --strict --recursive Sources Tests Package.swift
	$(SWIFT) build --build-tests
	SAMPLAN_REQUIRE_LIBREOFFICE=1 $(SWIFT) test --skip-build
	$(SWIFT) build $(RELEASE) --product samplan
	SAMPLAN_BIN=$(CURDIR)/.build/release/samplan SAMPLAN_EXPECT_STATIC_PIE=1 \
		$(SWIFT) test --skip-build --filter samplanTests
	@mkdir -p .build/screenshots
	python3 Tests/Browser/test_page.py .build/release/samplan .build/screenshots
	python3 Tests/Browser/test_coordinator.py .build/release/samplan .build/screenshots
	python3 Tests/Browser/test_followup.py .build/release/samplan .build/screenshots
	python3 Tests/Load/serve_load.py .build/release/samplan --tables 30 --sigterm --kill --coordinator
	python3 Tests/Load/serve_load.py .build/release/samplan --tables 3 --tls
	$(MAKE) --no-print-directory deb
	Packaging/check-deb.sh .build/packages/samplan_$(VERSION)_$(shell dpkg --print-architecture).deb

# The races and crafted files at full strength (make test runs them at a
# tenth): 100 trials of each pair of writers meeting on one transcript, and
# the crafted transcripts beside 1,000 good ones, on the release binary.
stress: deps web-test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) build $(RELEASE) --product samplan
	SAMPLAN_STRESS_TRIALS=100 SAMPLAN_BIN=$(CURDIR)/.build/release/samplan \
		$(SWIFT) test --skip-build --filter 'OneWriterTests|CraftedTranscriptTests'
	python3 Tests/Load/serve_load.py .build/release/samplan --tables 130 --coordinator
	python3 Tests/Load/serve_load.py .build/release/samplan --tables 130 --sigterm --kill

# ArgumentParser's manual generator, which reads the command definitions.
manual-tool:
	$(SWIFT) build --product generate-manual

# The release binary with its manual page, bash/zsh/fish completions and
# documentation, laid out by Packaging/stage.sh (the same files for
# install, deb and dist; Packaging/README.md).
install: deps manual-tool
	$(SWIFT) build $(RELEASE) --product samplan
	Packaging/stage.sh .build/release/samplan $(MANUAL) "$(DESTDIR)" "$(PREFIX)"

deb: deps manual-tool
	$(SWIFT) build $(RELEASE) --product samplan
	Packaging/deb.sh $(VERSION) .build/release/samplan $(MANUAL) .build/packages

dist: deps manual-tool
	$(SWIFT) build $(RELEASE) --product samplan
	Packaging/dist.sh $(VERSION) .build/release/samplan $(MANUAL) .build/packages

# Benchmarks/: the in-process benchmarks (ordo-one/benchmark), then whole
# processes timed by hyperfine beside their floors (whole_process.py),
# with the medians, ratios and targets in one table. BENCH_STRICT=1 makes
# a missed target fail the run.
bench: deps web-test-deps
	@for tool in hyperfine sqlite3; do command -v $$tool >/dev/null 2>&1 || missing="$$missing $$tool"; done; \
	if [ -n "$$missing" ]; then \
		echo "Installing$$missing with apt-get…"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi
	$(SWIFT) build $(RELEASE) --product samplan
	cd Benchmarks && $(SWIFT) build -c release --product make-transcripts
	cd Benchmarks && $(SWIFT) package benchmark --no-progress
	SAMPLAN=$(CURDIR)/.build/release/samplan python3 Benchmarks/whole_process.py

# libFuzzer targets (Fuzz/): the rules loader, the transcript reader and the
# answer parsers, FUZZ_RUNS executions each from the seeds in Fuzz/Corpus.
# A crash stops the run and leaves its input in Fuzz/Crashers/TARGET/; keep
# it as a regression test in Tests/SamplanCoreTests/Fixtures/crashers/TARGET/.
FUZZ_RUNS    ?= 1000000
FUZZ_TARGETS := FuzzRules FuzzTranscript FuzzAnswers

fuzz: deps
	cd Fuzz && $(SWIFT) build -c release --sanitize=fuzzer -Xswiftc -parse-as-library
	@for t in $(FUZZ_TARGETS); do \
		mkdir -p Fuzz/.work/$$t Fuzz/Crashers/$$t && \
		echo "== $$t: $(FUZZ_RUNS) runs" && \
		Fuzz/.build/release/$$t -runs=$(FUZZ_RUNS) -max_len=8192 -print_final_stats=1 \
			-artifact_prefix=Fuzz/Crashers/$$t/ Fuzz/.work/$$t Fuzz/Corpus/$$t 2>&1 \
			| grep -E '^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::average_exec_per_sec|Done|==[0-9]+==|SUMMARY)' ; \
		status=$${PIPESTATUS[0]}; [ $$status -eq 0 ] || { echo "$$t crashed: see Fuzz/Crashers/$$t"; exit $$status; }; \
	done

clean:
	rm -rf .build Fuzz/.build Fuzz/.work Benchmarks/.build Benchmarks/.work

# samplan — the two commands that matter: `make run` and `make test`.
SHELL   := /bin/bash
SWIFT   ?= swift
PREFIX  ?= /usr/local
BIN     := .build/debug/samplan
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build run test install bench fuzz clean

all: build

# libedit-dev (and pkg-config to find it) come from apt when missing.
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libedit; then \
		echo "Installing libedit-dev and pkg-config with apt-get…"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libedit-dev pkg-config >/dev/null; \
	fi

build: deps
	$(SWIFT) build

run: build
	@$(BIN) $(ARGS)

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

install: deps
	$(SWIFT) build -c release --product samplan
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 0755 .build/release/samplan $(DESTDIR)$(PREFIX)/bin/samplan

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
	rm -rf .build Fuzz/.build Fuzz/.work

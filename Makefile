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

.PHONY: lab test setup dev system test-fast clean pictures bench lite site memory

# The learner's environment: requirements.txt (what Binder and hubs install) and the
# package, nothing else (about 240 MB). pip prints each package as it goes.
setup: $(STAMP)

$(STAMP): requirements.txt pyproject.toml
	@echo "==> [1/3] creating $(VENV) (Python: $(PY))"
	@bash scripts/ensure_venv.sh "$(PY)" "$(VENV)"
	@echo "==> [2/3] installing what a learner needs (requirements.txt, about 240 MB; 1-2 minutes)"
	$(BIN)/python -m pip install --progress-bar on --upgrade pip | grep -v "^Requirement already" || true
	$(BIN)/python -m pip install --progress-bar on -r requirements.txt
	@echo "==> [3/3] installing the taxonomy package from this checkout"
	$(BIN)/python -m pip install --progress-bar on --no-deps -e .
	touch $(STAMP)

# The tools of the tests, the browser tests and the static site: pyproject.toml's optional groups.
DEV_STAMP := $(VENV)/.installed-dev
dev: $(DEV_STAMP)

$(DEV_STAMP): $(STAMP)
	@echo "==> installing the test, browser and site tools (pyproject.toml: .[test,browser,site])"
	$(BIN)/python -m pip install --progress-bar on -e ".[test,browser,site]"
	touch $(DEV_STAMP)

# Debian packages the interop and browser tests use (skopeo, umoci, the
# distribution registry, chromium). Installed when we may; otherwise those
# tests skip outside CI and fail in CI.
system:
	@bash scripts/install_system_packages.sh

lab: setup
	$(BIN)/jupyter lab $(LAB_FLAGS) notebooks/en/00_start_here.ipynb

test: dev system
	$(BIN)/python -m pytest tests taxonomy
	$(BIN)/python -m pytest --nbval-lax notebooks

test-fast: dev
	$(BIN)/python -m pytest -x -q tests taxonomy

pictures: dev
	$(BIN)/python benchmarks/make_pictures.py

bench: dev
	for f in benchmarks/bench_*.py; do echo "== $$f"; $(BIN)/python $$f || exit 1; done

# The whole course as one static site that runs offline (build/site and build/site.zip):
# JupyterLite, Pyodide's core and every wheel, served from the site itself (lite/build.py).
site: dev
	$(BIN)/python lite/build.py

lite: site

memory: dev system
	$(BIN)/python tests/browser/measure_memory.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis

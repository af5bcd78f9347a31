# Two commands from a fresh clone: `make lab` and `make test`.
PYTHON ?= python3.11
UV_VERSION := 0.13.9
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PORT   ?= 8888
NB     ?=
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root)

.PHONY: lab test execute bench lint toc lock student site clean

$(BIN)/uv:  ## the venv, with one pinned uv in it to install the lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

# Reinstall only when the pinned requirements, the package metadata or the lab settings change.
$(STAMP): requirements.txt pyproject.toml shared/jupyterlab/overrides.json | $(BIN)/uv
	$(BIN)/uv pip install --quiet --python $(BIN)/python -r requirements.txt
	mkdir -p $(VENV)/share/jupyter/lab/settings
	cp shared/jupyterlab/overrides.json $(VENV)/share/jupyter/lab/settings/overrides.json
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (mlep)" >/dev/null
	touch $@

lab: $(STAMP)  ## open JupyterLab on 127.0.0.1 at the collection's root
	$(BIN)/jupyter lab --ip=127.0.0.1 --port=$(PORT) --ServerApp.root_dir=$(CURDIR) $(ROOT_FLAG) $(LAB_FLAGS)

test: $(STAMP)  ## every unit test and every notebook, on all cores
	$(BIN)/python -m pytest

execute: $(STAMP)  ## re-execute one notebook in place: make execute NB=course1/week2/c1w2_2_...ipynb
	@test -n "$(NB)" || { echo "usage: make execute NB=path/to/notebook.ipynb"; exit 2; }
	$(BIN)/python -m tests.tools execute $(NB)

bench: $(STAMP)  ## time and measure every notebook into benchmarks/notebooks.md
	$(BIN)/python -m tests.tools bench $(NB)

student: $(STAMP)  ## nbgrader's student edition of every notebook in build/student (a course directory in build/nbgrader)
	$(BIN)/python -m tests.grading $(NB)

site: $(STAMP)  ## the executed notebooks as a static site in build/site (MkDocs Material), nothing re-run
	$(BIN)/python -m tests.site

lint: $(STAMP)
	$(BIN)/ruff check shared tests
	$(BIN)/ruff format --check shared tests

toc: $(STAMP)  ## regenerate the README's table of contents from tests/syllabus.toml
	$(BIN)/python -m tests.tools toc

lock: | $(BIN)/uv  ## re-pin requirements.txt from requirements.in with uv
	$(BIN)/uv pip compile --quiet --python $(BIN)/python --python-version 3.11 -o requirements.txt requirements.in
	printf '\n# the helper package, editable\n-e .\n' >> requirements.txt

clean:
	rm -rf $(VENV) .pytest_cache build

"""Every notebook is stored cleanly executed, follows STYLE.md's layout and stays small."""

import json
import re

import pytest

from tests.notebooks import ROOT, headings, load, notebook_paths
from tests.tools import BENCH_JSON, RUNS_IN

NOTEBOOKS = notebook_paths()
KERNEL = "python3"
MAX_BYTES = 1_000_000


def code_cells(notebook: dict) -> list[dict]:
    return [c for c in notebook["cells"] if c["cell_type"] == "code" and "".join(c["source"]).strip()]


def test_there_are_notebooks():
    assert NOTEBOOKS, "no notebooks found under course1..course4"


@pytest.fixture(params=NOTEBOOKS, ids=lambda p: p.name)
def path(request):
    return request.param


def test_executed_in_order_with_outputs(path):
    counts = [c["execution_count"] for c in code_cells(load(path))]
    assert None not in counts, f"{path.name}: unexecuted cells; run make execute NB={path.relative_to(ROOT)}"
    assert counts == list(range(1, len(counts) + 1)), f"{path.name}: not executed top to bottom in one kernel"


def test_no_stored_error(path):
    for cell in code_cells(load(path)):
        assert not any(o["output_type"] == "error" for o in cell["outputs"]), f"{path.name}: stored error"


def test_proves_and_checks(path):
    sources = ["".join(c["source"]) for c in code_cells(load(path))]
    assert any(re.search(r"^\s*assert ", s, re.M) for s in sources), f"{path.name}: no assert"
    assert any("# NBVAL_CHECK_OUTPUT" in s for s in sources), f"{path.name}: no checked-output cell"


def test_layout(path):
    notebook = load(path)
    first = "".join(notebook["cells"][0]["source"])
    week, number = path.name.split("_")[:2]
    assert first.startswith(f"# {week.upper()}.{number} "), (
        f"{path.name}: title must be '# {week.upper()}.{number} ...'"
    )
    assert "mlep.setup(" in "".join(code_cells(notebook)[0]["source"]), (
        f"{path.name}: first code cell must call mlep.setup"
    )
    found = headings(notebook)
    assert found[-2:] == ["Summary", "Exercises"], f"{path.name}: must end with ## Summary and ## Exercises"


def test_exercises_are_checked_and_gradable(path):
    """Two or more exercises in the tests.authoring format: folded nbgrader solutions, autograded checks."""
    cells = load(path)["cells"]
    solutions = [c for c in cells if "solution" in c.get("metadata", {}).get("tags", [])]
    graded = [c for c in cells if c.get("metadata", {}).get("nbgrader", {}).get("grade")]
    assert len(solutions) >= 2, f"{path.name}: needs two or more exercises with cells tagged 'solution'"
    for cell in solutions:
        source, meta = "".join(cell["source"]), cell["metadata"]
        assert "### BEGIN SOLUTION" in source and "### END SOLUTION" in source, f"{path.name}: no solution region"
        assert meta.get("nbgrader", {}).get("solution") and meta.get("jupyter", {}).get("source_hidden"), (
            f"{path.name}: a solution cell must be an nbgrader solution stored folded (tests/authoring.py)"
        )
    checks = [c for c in graded if "".join(c["source"]).startswith("assert mlep.check.")]
    assert len(checks) >= 2, f"{path.name}: needs two or more autograded 'assert mlep.check.<name>(...)' cells"


def test_clean_metadata(path):
    notebook = load(path)
    assert notebook["metadata"].get("kernelspec", {}).get("name") == KERNEL, f"{path.name}: kernel must be {KERNEL}"
    assert "widgets" not in notebook["metadata"], f"{path.name}: stored widget state"
    assert path.stat().st_size < MAX_BYTES, f"{path.name}: {path.stat().st_size} bytes, over {MAX_BYTES}"


def test_file_name_starts_with_its_id(path):
    assert re.match(rf"c{path.parent.parent.name[-1]}w{path.parent.name[4:]}_\d+_[a-z0-9_]+\.ipynb$", path.name), (
        path.name
    )


def test_run_time_in_the_intro_is_measured(path):
    """The intro's "Runs in about N seconds" is what make bench measured (make bench writes it)."""
    intro = "".join(load(path)["cells"][0]["source"])
    found = RUNS_IN.search(intro)
    assert found, f"{path.name}: the intro needs 'Runs in about N seconds'"
    measured = json.loads(BENCH_JSON.read_text()).get(str(path.relative_to(ROOT)), {}).get("seconds")
    assert measured is not None, f"{path.name}: not benchmarked; run make bench NB={path.relative_to(ROOT)}"
    said = int(found.group(1))
    assert said == round(measured), f"{path.name}: the intro says {said} s, make bench measured {measured} s"

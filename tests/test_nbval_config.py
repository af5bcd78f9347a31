"""nbval as configured here: checked cells compare stdout, never stderr."""

import subprocess
import sys

import nbformat
import pytest

from tests.notebooks import ROOT

CHECKED = "# NBVAL_CHECK_OUTPUT\nimport sys\nprint('{stdout}')\nprint('run-specific note', file=sys.stderr)"


def run_checked_cell(tmp_path, stored_stdout: str) -> subprocess.CompletedProcess:
    """Store a cell's outputs, then let nbval (with this project's config) run it again."""
    cell = nbformat.v4.new_code_cell(CHECKED.format(stdout="same"), execution_count=1)
    cell.outputs = [
        nbformat.v4.new_output("stream", name="stdout", text=stored_stdout + "\n"),
        nbformat.v4.new_output("stream", name="stderr", text="a note from an earlier run\n"),
    ]
    notebook = nbformat.v4.new_notebook(cells=[cell])
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    path = tmp_path / "checked.ipynb"
    nbformat.write(notebook, path)
    config = ["-c", str(ROOT / "pyproject.toml")]
    command = [sys.executable, "-m", "pytest", "-q", "-n0", *config, str(path)]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("stored, passes", [("same", True), ("different", False)])
def test_stdout_is_compared_and_stderr_is_not(tmp_path, stored, passes):
    result = run_checked_cell(tmp_path, stored)
    assert ("1 passed" if passes else "1 failed") in result.stdout, result.stdout[-2000:]

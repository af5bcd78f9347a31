"""The nbgrader student edition: no solution in it, everything else runs, autograde scores it right.

Tried on one notebook per course, the quickest by benchmarks/notebooks.json.
"""

import json

import nbformat
import pytest

from tests import grading
from tests.notebooks import COURSES, ROOT, load, notebook_paths
from tests.tools import BENCH_JSON, run


def quickest_per_course() -> list:
    seconds = json.loads(BENCH_JSON.read_text()) if BENCH_JSON.exists() else {}
    picked = []
    for course in COURSES:
        paths = [p for p in notebook_paths() if course in p.parents]
        if paths:
            picked.append(min(paths, key=lambda p: (seconds.get(str(p.relative_to(ROOT)), {}).get("seconds", 1e9), p)))
    return picked


PICKED = quickest_per_course()


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    root = tmp_path_factory.mktemp("nbgrader")
    return root, grading.generate(PICKED, root)


def solution_lines(notebook: dict) -> set[str]:
    """Lines written only inside solution regions (a line that also stands elsewhere may survive)."""
    inside, outside = set(), set()
    for cell in notebook["cells"]:
        lines = "".join(cell["source"]).splitlines()
        is_solution = cell.get("metadata", {}).get("nbgrader", {}).get("solution")
        for line in lines:
            (inside if is_solution and "SOLUTION" not in line else outside).add(line.strip())
    return {line for line in inside - outside if len(line) > 3}


def test_one_notebook_per_course_is_tried():
    courses = {p.relative_to(ROOT).parts[0] for p in notebook_paths()}
    assert {p.relative_to(ROOT).parts[0] for p in PICKED} == courses


def test_no_solution_survives(course):
    _, released = course
    for source, student in released.items():
        secret, text = solution_lines(load(source)), student.read_text()
        assert secret, f"{source.name}: no solution lines found to look for"
        leaked = [line for line in secret if line in text]
        assert not leaked, f"{source.name}: solution lines in the student edition: {leaked[:3]}"
        assert '"output_type"' not in text, f"{source.name}: stored outputs left in the student edition"


def test_every_other_cell_of_the_student_edition_runs(course):
    _, released = course
    for source, student in released.items():
        notebook = nbformat.read(student, as_version=4)
        notebook.cells = [c for c in notebook.cells if "nbgrader" not in c.metadata or c.cell_type == "markdown"]
        run(notebook, source.parent)  # raises CellExecutionError on the first failing cell


def test_autograde_full_marks_for_the_solutions_none_for_the_blank_edition(course):
    root, released = course
    for source, student in released.items():
        score, best = grading.autograde(source, source, "solutions", root)
        assert best >= 2 and score == best, f"{source.name}: stored solutions scored {score} of {best}"
        score, best = grading.autograde(source, student, "blank", root)
        assert score == 0, f"{source.name}: the unmodified student edition scored {score} of {best}"

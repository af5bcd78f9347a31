"""Cells of one checked exercise, the same in every notebook (STYLE.md's Exercises; nbgrader's format).

    from tests.authoring import exercise_cells
    cells += exercise_cells(1, "**Exercise 1.** ...", "threshold = ...", "threshold", "f2_threshold")

gives a markdown prompt, a solution cell (tagged ``solution``, stored folded, an nbgrader solution
region) and an autograded cell ``assert mlep.check.f2_threshold(threshold)`` worth ``points``.
"""

from __future__ import annotations

import nbformat

SCHEMA = 3


def exercise_cells(
    number: int, prompt: str, solution: str, answer: str, check: str, points: int = 1
) -> list[nbformat.NotebookNode]:
    """Prompt, folded solution and autograded check of exercise ``number``."""
    solution_cell = nbformat.v4.new_code_cell(f"### BEGIN SOLUTION\n{solution.strip()}\n### END SOLUTION")
    solution_cell.metadata = {
        "tags": ["solution"],
        "jupyter": {"source_hidden": True},
        "nbgrader": _nbgrader(f"exercise{number}_solution", solution=True),
    }
    check_cell = nbformat.v4.new_code_cell(f"assert mlep.check.{check}({answer})")
    check_cell.metadata = {"nbgrader": _nbgrader(f"exercise{number}_check", grade=True, points=points)}
    return [nbformat.v4.new_markdown_cell(prompt), solution_cell, check_cell]


def _nbgrader(grade_id: str, solution: bool = False, grade: bool = False, points: int = 0) -> dict:
    meta = {"grade": grade, "grade_id": grade_id, "locked": grade, "schema_version": SCHEMA, "solution": solution}
    return meta | ({"points": points} if grade else {})

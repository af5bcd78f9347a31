"""nbgrader editions of the notebooks (make student): one assignment per week, as a teacher hands them out.

python -m tests.grading [NB...]   the student edition of every notebook (or the named ones) in build/student/

The course directory nbgrader works in is build/nbgrader (source/, release/, submitted/, autograded/,
gradebook.db); a teacher copies its source/ folder into the course directory of their JupyterHub.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from nbgrader.api import Gradebook
from nbgrader.preprocessors.base import NbGraderPreprocessor

from tests.notebooks import ROOT, notebook_paths, offline_env, thread_env

BUILD = ROOT / "build"
CONFIG = """c = get_config()
c.CourseDirectory.course_id = "mlep"
c.GenerateAssignment.preprocessors.append("tests.grading.UnfoldSolutions")
c.ExecutePreprocessor.timeout = 300
"""


class UnfoldSolutions(NbGraderPreprocessor):
    """The student edition shows the cells a student writes in: solutions are stored folded only for self-learners."""

    def preprocess_cell(self, cell, resources, index):  # noqa: ANN001, ANN201 (nbconvert's signature)
        if cell.metadata.get("nbgrader", {}).get("solution"):
            cell.metadata.get("jupyter", {}).pop("source_hidden", None)
        return cell, resources


def week(path: Path) -> str:
    """The assignment a notebook belongs to: its week, e.g. ``c1w2``."""
    return path.name.split("_")[0]


def nbgrader(root: Path, *args: str) -> None:
    """Run one nbgrader command in the course directory ``root``, offline, with its helpers on PATH."""
    env = offline_env(dict(os.environ)) | thread_env()
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env["PYTHONPATH"]])
    out = subprocess.run(
        [sys.executable, "-m", "nbgrader", *args, "--force"], cwd=root, env=env, capture_output=True, text=True
    )
    if out.returncode:
        raise RuntimeError(f"nbgrader {' '.join(args)} failed:\n{out.stderr[-3000:]}")


def generate(paths: list[Path], root: Path) -> dict[Path, Path]:
    """Release the student edition of ``paths`` from the course directory ``root``; source -> student path."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "nbgrader_config.py").write_text(CONFIG)
    for path in paths:
        (root / "source" / week(path)).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, root / "source" / week(path) / path.name)
    for assignment in sorted({week(p) for p in paths}):
        nbgrader(root, "generate_assignment", assignment)
    return {p: root / "release" / week(p) / p.name for p in paths}


def autograde(path: Path, submission: Path, student: str, root: Path) -> tuple[float, float]:
    """Submit ``submission`` as ``student``'s copy of notebook ``path``; return (score, max score)."""
    folder = root / "submitted" / student / week(path)
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(submission, folder / path.name)
    nbgrader(root, "autograde", week(path), "--student", student)
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gradebook:
        graded = gradebook.find_submission_notebook(path.stem, week(path), student)
        return graded.score, graded.max_score


def main(names: list[str]) -> None:
    paths = [Path(n).resolve() for n in names] or notebook_paths()
    released = generate(paths, BUILD / "nbgrader")
    for source, student in released.items():
        target = BUILD / "student" / source.relative_to(ROOT)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(student, target)
    print(f"{len(released)} student notebooks in {(BUILD / 'student').relative_to(ROOT)}/")


if __name__ == "__main__":
    main(sys.argv[1:])

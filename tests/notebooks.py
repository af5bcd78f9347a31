"""Where the notebooks are, and the syllabus map that names them."""

from __future__ import annotations

import json
import os
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COURSES = [ROOT / f"course{i}" for i in range(1, 5)]
SYLLABUS = ROOT / "tests" / "syllabus.toml"


def notebook_paths() -> list[Path]:
    """Every notebook of the four courses, sorted."""
    return sorted(p for c in COURSES for p in c.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)


def syllabus() -> list[dict]:
    """The syllabus map: one entry per notebook, in course order."""
    return tomllib.loads(SYLLABUS.read_text())["notebook"]


def load(path: Path) -> dict:
    return json.loads(path.read_text())


def headings(notebook: dict, level: int = 2) -> list[str]:
    """The text of every markdown heading of the given level."""
    prefix = "#" * level + " "
    return [
        line[len(prefix) :].strip()
        for cell in notebook["cells"]
        if cell["cell_type"] == "markdown"
        for line in "".join(cell["source"]).splitlines()
        if line.startswith(prefix)
    ]


THREAD_VARS = ("MLEP_THREADS", "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def thread_env() -> dict[str, str]:
    """One thread per kernel for BLAS, OpenMP and TensorFlow, however many test workers run.

    Stored outputs are made that way (``make execute``), and some TensorFlow results change in the
    last digits with the thread count, so ``pytest one.ipynb`` must recompute them the same way.
    It also keeps the kernels of ``make test`` from oversubscribing the cores: without the limits
    every kernel used every core, and one notebook ran 48 times slower. BLAS and OpenMP read the
    variables at start-up; ``mlep.setup`` gives ``MLEP_THREADS`` to TensorFlow.
    """
    return dict.fromkeys(THREAD_VARS, "1")


def offline_env(env: dict[str, str]) -> dict[str, str]:
    """``env`` plus what turns the offline guard on in every Python process (see tests/offline)."""
    guard = str(ROOT / "tests" / "offline")
    path = os.pathsep.join(filter(None, [guard, env.get("PYTHONPATH")]))
    return {**env, "MLEP_OFFLINE": "1", "PYTHONPATH": path}

"""Checked exercises: ``mlep.check.<name>(answer)`` says right or wrong and why, never the answer.

Each notebook's checks live in a module named after the notebook (``mlep/check/c1w2_2.py``).
A check is a function of the learner's answer that returns ``(right, why)``, registered
with :func:`exercise`, which also names answers it must reject (the tests try each one)::

    @exercise(wrong=[0.5, 1.0])
    def f2_threshold(answer: float) -> tuple[bool, str]:
        ...

In a notebook: ``mlep.check.f2_threshold(t)`` prints the verdict; an autograded cell asserts it,
``assert mlep.check.f2_threshold(t)``.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Check = Callable[[Any], tuple[bool, str]]


@dataclass(frozen=True)
class Verdict:
    """What a check found: truthy when the answer is right; ``why`` explains either way."""

    right: bool
    why: str

    def __bool__(self) -> bool:
        return self.right

    def __str__(self) -> str:
        return f"{'Right' if self.right else 'Not yet'}: {self.why}"

    def _ipython_display_(self) -> None:
        """Printed already by the check: show nothing more in a notebook."""


@dataclass
class Registered:
    """A check, the notebook it belongs to, and the answers it must reject."""

    check: Callable[[Any], Verdict]
    notebook: str
    wrong: list[Any] = field(default_factory=list)


REGISTRY: dict[str, Registered] = {}
BROKEN: dict[str, str] = {}  # check module -> why it failed to import: one notebook's bug spares the others


def exercise(wrong: list[Any]) -> Callable[[Check], Callable[[Any], Verdict]]:
    """Register a check under its function's name; ``wrong`` lists answers it must call wrong."""
    if not wrong:
        raise ValueError("exercise(wrong=[...]) needs at least one wrong answer, so that the check can be tested")

    def register(check: Check) -> Callable[[Any], Verdict]:
        @functools.wraps(check)
        def checked(answer: Any) -> Verdict:
            try:
                right, why = check(answer)
            except (TypeError, ValueError, KeyError, IndexError, AttributeError) as error:
                right, why = False, f"the answer has the wrong form ({type(error).__name__}: {error})"
            verdict = Verdict(bool(right), why)
            print(verdict)
            return verdict

        name = check.__name__
        if name in REGISTRY:
            raise ValueError(f"two checks are named {name!r}: rename one (names are global in mlep.check)")
        REGISTRY[name] = Registered(checked, check.__module__.rsplit(".", 1)[-1], list(wrong))
        return checked

    return register


def close(answer: Any, expected: float, rel: float | None = None, abs_: float | None = None) -> bool:
    """True when ``answer`` is a number within ``rel`` (relative) or ``abs_`` of ``expected``.

    Give the tolerance you mean: ``abs_`` alone is an absolute tolerance, ``rel`` alone a relative
    one (1% if neither is given), both the wider of the two.
    """
    if rel is None:
        rel = 0.0 if abs_ is not None else 0.01
    value = float(answer)
    return abs(value - expected) <= max(rel * abs(expected), 1e-9 if abs_ is None else abs_)


def load_all() -> dict[str, Registered]:
    """Import every notebook's check module; return the registry. Modules that fail go to ``BROKEN``."""
    for module in pkgutil.iter_modules(__path__):
        try:
            importlib.import_module(f"{__name__}.{module.name}")
        except Exception as error:  # reported by name here, and failed by tests/test_mlep_check.py
            BROKEN[module.name] = f"{type(error).__name__}: {error}"
    return REGISTRY


def __getattr__(name: str) -> Callable[[Any], Verdict]:
    """``mlep.check.<name>``: the check of that name, from whichever notebook module defines it."""
    if name.startswith("__"):
        raise AttributeError(name)
    registry = load_all()
    if name not in registry:
        broken = f"; these check modules failed to import: {BROKEN}" if BROKEN else ""
        raise AttributeError(f"mlep.check has no check {name!r}; there are: {', '.join(sorted(registry))}{broken}")
    return registry[name].check

"""Timing that a notebook can trust: warm-up, repeats, median and spread."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple, TypeVar

Name = TypeVar("Name", bound=Hashable)


@dataclass(frozen=True)
class Timing:
    """Wall-clock seconds of repeated calls of one function."""

    times: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def quartiles(self) -> tuple[float, float]:
        """First and third quartiles (linear interpolation, as NumPy's default)."""
        if len(self.times) < 2:
            return self.times[0], self.times[0]
        q1, _, q3 = statistics.quantiles(self.times, n=4, method="inclusive")
        return q1, q3

    @property
    def spread(self) -> float:
        """Interquartile range, a robust measure of the noise."""
        q1, q3 = self.quartiles
        return q3 - q1

    def per(self, items: float) -> Timing:
        """The same timing per item, e.g. per row of a batch of ``items`` rows."""
        if items <= 0:
            raise ValueError(f"items must be positive, got {items}")
        return Timing(tuple(t / items for t in self.times))

    def __str__(self) -> str:
        return f"{self.median * 1e3:.3g} ms ± {self.spread * 1e3:.2g} ms (median ± IQR of {len(self.times)})"


class Slowdown(NamedTuple):
    """How many times slower one timing is than another."""

    median: float
    """Ratio of the medians."""
    conservative: float
    """The slow side's first quartile over the fast side's third quartile: above 1 only when the
    gap is wider than the noise, so a busy machine cannot fake it."""


def slowdown(slow: Timing, fast: Timing) -> Slowdown:
    """How many times slower ``slow`` is than ``fast``: by medians, and conservatively by quartiles."""
    return Slowdown(slow.median / fast.median, slow.quartiles[0] / fast.quartiles[1])


def timeit(fn: Callable[[], Any], *, repeats: int = 7, warmup: int = 1, number: int = 1) -> Timing:
    """Time ``fn()``: ``warmup`` untimed calls, then ``repeats`` timed rounds.

    Each round calls ``fn`` ``number`` times and records the mean seconds per call.
    Compare two timings by the ratio of their medians, never by absolute values.
    """
    if not callable(fn):
        raise TypeError(f"timeit needs a callable taking no arguments, got {type(fn).__name__}")
    if repeats < 1 or number < 1 or warmup < 0:
        raise ValueError(f"need repeats >= 1, number >= 1, warmup >= 0; got {repeats=}, {number=}, {warmup=}")
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        times.append((time.perf_counter() - start) / number)
    return Timing(tuple(times))


def timeit_together(
    functions: Mapping[Name, Callable[[], Any]],
    *,
    repeats: int = 7,
    warmup: int = 1,
    number: int | Mapping[Name, int] = 1,
) -> dict[Name, Timing]:
    """Time several functions in turns (round-robin): one round times each function once.

    A burst of load on a busy machine then slows all of them alike, which keeps their
    ratios honest. ``number`` is the calls per sample: one value for all, or a mapping
    from names to calls (many calls of a fast function, one of a slow one; 1 if absent).
    """
    if not functions or any(not callable(fn) for fn in functions.values()):
        raise TypeError("timeit_together needs a non-empty mapping of names to callables taking no arguments")
    per_name = number if isinstance(number, Mapping) else {}
    calls = {name: per_name.get(name, 1 if per_name else number) for name in functions}
    if set(per_name) - set(functions) or repeats < 1 or warmup < 0 or min(calls.values()) < 1:
        raise ValueError(
            f"need repeats >= 1, warmup >= 0, number >= 1 and only known names; got {repeats=}, {warmup=}, {number=}"
        )
    for fn in functions.values():
        for _ in range(warmup):
            fn()
    times: dict[Name, list[float]] = {name: [] for name in functions}
    for _ in range(repeats):
        for name, fn in functions.items():
            start = time.perf_counter()
            for _ in range(calls[name]):
                fn()
            times[name].append((time.perf_counter() - start) / calls[name])
    return {name: Timing(tuple(t)) for name, t in times.items()}

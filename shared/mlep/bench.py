"""Timing that a notebook can trust: warm-up, repeats, median and spread."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Timing:
    """Wall-clock seconds of repeated calls of one function."""

    times: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def spread(self) -> float:
        """Interquartile range, a robust measure of the noise."""
        if len(self.times) < 2:
            return 0.0
        q1, _, q3 = statistics.quantiles(self.times, n=4, method="inclusive")
        return q3 - q1

    def __str__(self) -> str:
        return f"{self.median * 1e3:.3g} ms ± {self.spread * 1e3:.2g} ms (median ± IQR of {len(self.times)})"


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

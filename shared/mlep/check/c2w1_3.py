"""Checks for c2w1_3's exercises (validating data)."""

from __future__ import annotations

import functools

import numpy as np

from mlep.check import close, exercise


@functools.cache
def _occupation_linf_truth() -> float:
    from mlep.data import census
    from mlep.monitoring import linf_distance

    return linf_distance(census(2000, seed=0).occupation, census(2000, seed=5, drift=1.0).occupation)


@functools.cache
def _occupation_signed_gaps() -> tuple[float, float]:
    """Largest increase and largest decrease of one occupation's share (a learner who forgets abs)."""
    from mlep.data import census

    train = census(2000, seed=0).occupation.value_counts(normalize=True)
    drifted = census(2000, seed=5, drift=1.0).occupation.value_counts(normalize=True)
    gap = train.sub(drifted, fill_value=0)
    return float(gap.max()), float((-gap).max())


@exercise(wrong=[0.39, 0.195, 314, 0.0, 0.096])
def c2w1_3_occupation_linf(answer: float) -> tuple[bool, str]:
    """TFDV's L-infinity distance of occupation, training (seed 0) vs a drifted batch (seed 5, drift 1.0)."""
    expected = _occupation_linf_truth()
    if close(answer, expected, rel=0.01):
        return True, "L-infinity is the largest absolute change of one category's relative frequency"
    if any(close(answer, gap, rel=0.01) for gap in _occupation_signed_gaps()):
        return False, "that is the largest change in one direction only: take the absolute value of each difference"
    if close(answer, 2 * expected, rel=0.01) or float(answer) > 1:
        return False, "compare relative frequencies (value_counts(normalize=True)) and keep the largest gap only"
    return False, (
        "take the largest absolute difference of relative frequencies over all categories, "
        "not their sum (L1) nor half their sum (total variation)"
    )


@functools.cache
def _small_batch_floor_truth() -> float:
    from mlep.data import census
    from mlep.monitoring import linf_distance

    reference = census(2000, seed=0).occupation
    values = [linf_distance(reference, census(250, seed=s).occupation) for s in range(100, 200)]
    return float(np.quantile(values, 0.95))


@exercise(wrong=[0.032, 0.037, 0.0385, 0.05, 0.0155, 0.0855])
def c2w1_3_small_batch_linf_floor(answer: float) -> tuple[bool, str]:
    """95th percentile of occupation's L-infinity distance on 100 clean batches of 250 rows."""
    expected = _small_batch_floor_truth()
    if close(answer, expected, rel=0.02):
        return True, (
            "with 250 rows the noise floor rises above the 0.05 threshold (it shrinks roughly as "
            "1/sqrt(rows)): compute the statistic over larger batches or raise the threshold for small ones"
        )
    if float(answer) < 0.03:
        return False, (
            "that is far below a typical distance: np.percentile takes a percent (95), np.quantile a fraction (0.95)"
        )
    return False, (
        "use batches of 250 rows with seeds 100 to 199, the L-infinity distance of occupation against train, "
        "and the 95th percentile (np.quantile(values, 0.95)), not the median, mean or maximum"
    )

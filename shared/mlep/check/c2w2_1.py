"""Checks for c2w2_1's exercises (preprocessing on census-like data)."""

from __future__ import annotations

import numpy as np

from mlep.check import close, exercise


@exercise(wrong=[1.0, 0.5, 0.74])
def census_bayes_accuracy_train(answer: float) -> tuple[bool, str]:
    """Accuracy of the Bayes rule (true probability > 0.5) on census(5000, seed=1)."""
    from mlep import data

    frame = data.census(5000, seed=1)
    p = data.census_probability(frame)
    expected = float(np.mean((p > 0.5) == frame.income))
    if close(answer, expected, abs_=0.0002):
        return True, "no model that sees only the complete form can beat this on average: the labels are noisy"
    if close(answer, float(np.mean(np.maximum(p, 1 - p))), abs_=0.0002):
        return False, "that is the expected Bayes accuracy; score the rule against the drawn labels instead"
    return False, "predict 1 where census_probability(frame) > 0.5 and compare with frame.income"


@exercise(wrong=[[25, 50, 75], [30.0, 39.0]])
def age_quartile_edges(answer: list) -> tuple[bool, str]:
    """The three inner edges of 4 quantile buckets of the training ages."""
    from mlep import data

    ages = data.census(5000, seed=1).age.to_numpy()
    expected = np.quantile(ages, [0.25, 0.5, 0.75], method="averaged_inverted_cdf")
    values = np.asarray(answer, dtype=float)
    if values.shape != (3,):
        return False, "give the three inner edges only (bin_edges_[0] has five numbers: drop the first and last)"
    if np.allclose(values, expected):
        return True, "quantile buckets hold about a quarter of the training rows each, whatever the age spread"
    return False, "fit the discretizer on the training ages and read bin_edges_[0][1:-1]"

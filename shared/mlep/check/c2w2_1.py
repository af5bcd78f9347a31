"""Checks for c2w2_1's exercises (preprocessing on census-like data)."""

from __future__ import annotations

import numpy as np

from mlep.check import close, exercise


def _bayes_accuracy(n: int, seed: int) -> tuple[float, float]:
    """The Bayes rule's accuracy on the drawn labels of census(n, seed), and its expected accuracy."""
    from mlep import data

    frame = data.census(n, seed=seed)
    p = data.census_probability(frame)
    return float(np.mean((p > 0.5) == frame.income)), float(np.mean(np.maximum(p, 1 - p)))


def _plausible_wrong_bayes() -> list[float]:
    """On the test rows (census(20000, seed=2)) instead of the training rows; the expected accuracy."""
    return [_bayes_accuracy(20000, seed=2)[0], _bayes_accuracy(5000, seed=1)[1]]


@exercise(wrong=[1.0, 0.5, *_plausible_wrong_bayes()])
def census_bayes_accuracy_train(answer: float) -> tuple[bool, str]:
    """Accuracy of the Bayes rule (true probability > 0.5) on census(5000, seed=1)."""
    expected, expected_on_average = _bayes_accuracy(5000, seed=1)
    if close(answer, expected, rel=0, abs_=0.0002):
        return True, "no model that sees only the complete form can beat this on average: the labels are noisy"
    if close(answer, expected_on_average, rel=0, abs_=0.0002):
        return False, "that is the expected Bayes accuracy; score the rule against the drawn labels instead"
    if close(answer, _bayes_accuracy(20000, seed=2)[0], rel=0, abs_=0.0002):
        return False, "that is on the test rows: use the training rows, census(5000, seed=1)"
    return False, "predict 1 where census_probability(frame) > 0.5 and compare with frame.income"


def _uniform_edges() -> list[float]:
    """The inner edges of 4 equal-width buckets of the training ages: strategy='uniform', a plausible slip."""
    from mlep import data

    ages = data.census(5000, seed=1).age.to_numpy()
    return np.linspace(ages.min(), ages.max(), 5)[1:-1].tolist()


@exercise(wrong=[[25, 50, 75], [30.0, 39.0], _uniform_edges(), [17.0, 31.0, 39.0, 47.0, 86.0]])
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
    if np.allclose(values, _uniform_edges()):
        return False, "those are equal-width buckets (strategy='uniform'): ask for quantile buckets"
    return False, "fit the discretizer on the training ages and read bin_edges_[0][1:-1]"

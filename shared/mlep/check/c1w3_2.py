"""Checks for c1w3_2's exercises: a labeller's error from agreement, the expected error of a voting panel.

Each check rebuilds the notebook's data (same generators and seeds) and recomputes the truth.
"""

from __future__ import annotations

import numpy as np

from mlep.check import close, exercise

SLIP = 0.07


def _agreement_of_two_slipping_labellers() -> float:
    """Agreement of the exercise's two labellers: specification limit, no eye error, 7% slips, seed 7."""
    scratch = np.random.default_rng(0).gamma(shape=2, scale=0.12, size=4000)
    rng = np.random.default_rng(7)
    labels = []
    for _ in range(2):
        seen = scratch + rng.normal(0, 0, scratch.size)  # the notebook's label() draws the eye error even when it is 0
        slipped = rng.random(scratch.size) < SLIP
        labels.append((seen > 0.3) ^ slipped)
    return float(np.mean(labels[0] == labels[1]))


@exercise(wrong=[0.134, 0.93, 0.14, 0.067])
def labeller_error_from_agreement(answer: float) -> tuple[bool, str]:
    """Each labeller's error rate, estimated from the agreement of two who err independently at the same rate."""
    agreement = _agreement_of_two_slipping_labellers()
    estimate = (1 - np.sqrt(2 * agreement - 1)) / 2
    if close(answer, estimate, rel=0.02):
        return True, (
            "each labeller errs about half as often as the two disagree: disagreement counts both people's "
            "mistakes, so 1 - agreement overstates either person's error about two-fold"
        )
    if close(answer, 1 - agreement, rel=0.05):
        return (
            False,
            "that is the disagreement, which counts the mistakes of both labellers: solve for one person's rate",
        )
    if close(answer, (1 - agreement) / 2, rel=0.02):
        return False, "half the disagreement drops the e^2 term (both wrong, so they agree): solve the quadratic itself"
    if float(answer) > 0.5:
        return False, "give the error rate (a small number), not the accuracy"
    return False, "solve (1 - e)^2 + e^2 = agreement for e, taking the root below 0.5"


def _census_test_q() -> np.ndarray:
    """q(x) = P(income over 50K | features without sex and age) on the notebook's test rows."""
    from scipy.stats import norm

    import mlep.data

    test = mlep.data.census(20000, seed=0).iloc[10000:]
    ages = np.arange(17, 91)  # the generator: age = round(clip(N(39, 12), 17, 90)), independent of the rest
    upper = np.append(ages[:-1] + 0.5, np.inf)
    lower = np.insert(ages[1:] - 0.5, 0, -np.inf)
    age_p = norm.cdf(upper, 39, 12) - norm.cdf(lower, 39, 12)
    q = np.zeros(len(test))
    for sex, sex_p in (("Female", 0.45), ("Male", 0.55)):
        for age, p in zip(ages, age_p, strict=True):
            q += sex_p * p * mlep.data.census_probability(test.assign(sex=sex, age=age))
    return q


@exercise(wrong=[0.3529, 0.2880, 0.3])
def analyst_panel_expected_error(answer: float) -> tuple[bool, str]:
    """Exact expected error of a majority vote of three analysts with independent noise 1.2 on the log-odds."""
    from scipy.stats import norm

    q = _census_test_q()
    one = norm.cdf(np.log(q / (1 - q)) / 1.2)
    majority = one**3 + 3 * one**2 * (1 - one)
    expected = float(np.mean(majority * (1 - q) + (1 - majority) * q))
    single = float(np.mean(one * (1 - q) + (1 - one) * q))
    bayes = float(np.mean(np.minimum(q, 1 - q)))
    if close(answer, expected, rel=0.005):
        return True, (
            "the vote removes part of each analyst's noise, so the panel lands between one analyst and the "
            "Bayes error: a better HLP, still only a proxy for the Bayes error"
        )
    if close(answer, single, rel=0.005):
        return False, "that is one analyst's expected error: use the majority's probability a^3 + 3a^2(1 - a)"
    if close(answer, bayes, rel=0.005):
        return False, "that is the Bayes error, which no panel of noisy analysts reaches"
    return (
        False,
        "average majority x (1 - q) + (1 - majority) x q over the test rows, with a = norm.cdf(logit(q) / 1.2)",
    )

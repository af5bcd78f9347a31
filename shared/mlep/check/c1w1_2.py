"""Checks for c1w1_2's exercises (deployment patterns and automation)."""

from __future__ import annotations

import numpy as np
from scipy import stats

from mlep.check import close, exercise


def _sample_size(p_control: float, p_canary: float, ratio: float, alpha: float, power: float) -> float:
    """Canary requests for a one-sided two-proportion test, control `ratio` times larger (normal approximation)."""
    z_sum = stats.norm.ppf(1 - alpha) + stats.norm.ppf(power)
    variance = p_canary * (1 - p_canary) + p_control * (1 - p_control) / ratio
    return z_sum**2 * variance / (p_canary - p_control) ** 2


@exercise(wrong=[7275, 3037, 5430, 4783, 1875, 19667])
def c1w1_2_canary_sample_size(answer: float) -> tuple[bool, str]:
    """Canary requests needed at 25% to detect 0.32 vs 0.29 (one-sided alpha 0.001, power 0.8)."""
    expected = _sample_size(0.29, 0.32, 3, 0.001, 0.80)
    if close(answer, expected, rel=0.005):  # the formula evaluated: only rounding may differ
        return True, (
            "about 26 ticks of the 25% stage, more than its 20 ticks and far more than a 10-tick window holds: "
            "a single test of one window has little power, so the ramp catches v2-subtle only by testing every "
            "tick, and not always"
        )
    if close(answer, _sample_size(0.29, 0.32, 1, 0.001, 0.80), rel=0.03):
        return False, "that is the size for equal arms; at 25% the control gets 3 requests per canary request"
    if close(answer, _sample_size(0.29, 0.32, 3, 0.001, 0.50), rel=0.03):
        return False, "that size has 50% power only: add the z of the power, norm.ppf(0.80), to the z of alpha"
    if close(answer, _sample_size(0.29, 0.32, 3, 0.0005, 0.80), rel=0.03):
        return False, "the test is one-sided: use norm.ppf(1 - alpha), not norm.ppf(1 - alpha / 2)"
    swapped = stats.norm.ppf(1 - 0.001) + stats.norm.ppf(0.80)
    swapped = swapped**2 * (0.29 * 0.71 + 0.32 * 0.68 / 3) / 0.03**2
    if close(answer, swapped, rel=0.005):
        return False, "the arm divided by 3 is the control, which gets 3 requests per canary request, not the canary"
    if close(answer, 4 * expected, rel=0.03):
        return False, "that counts canary and control requests together: give the canary's requests only"
    return False, "recompute: (z of 1 - alpha + z of the power) squared, times the variance term, over the squared gap"


def _deployment_cases():
    """The notebook's v2 and its 20,000 automation cases, rebuilt from the same seeds."""
    from sklearn.compose import make_column_transformer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import OneHotEncoder, StandardScaler

    import mlep

    numeric = ["age", "education_num", "hours_per_week", "capital_gain"]
    encode = make_column_transformer(
        (StandardScaler(), numeric), (OneHotEncoder(handle_unknown="ignore"), ["occupation"])
    )
    train = mlep.data.census(3000, seed=1)
    v2 = make_pipeline(encode, LogisticRegression(random_state=0))
    v2.fit(train.drop(columns="income"), train.income)
    cases = mlep.data.census(20000, seed=9)
    probability = v2.predict_proba(cases.drop(columns="income"))[:, 1]
    return cases, probability


@exercise(wrong=[0.741, 0.55, 0.537, 0.419, 0.95, 0.5])  # overall, the model's p, its accuracy, 1 - it
def c1w1_2_deferred_bayes_accuracy(answer: float) -> tuple[bool, str]:
    """Expected Bayes accuracy on the cases with model confidence below 0.6."""
    import mlep

    cases, probability = _deployment_cases()
    deferred = np.maximum(probability, 1 - probability) < 0.6
    p_true = mlep.data.census_probability(cases)[deferred]
    expected = np.maximum(p_true, 1 - p_true).mean()
    if close(answer, expected, abs_=0.003):
        return True, (
            "on the cases the model finds hard, the truth itself is close to a coin flip: a person reading the "
            "same answers cannot do much better than the model there, so deferring to them buys little"
        )
    overall = np.maximum(mlep.data.census_probability(cases), 1 - mlep.data.census_probability(cases)).mean()
    if close(answer, overall, abs_=0.003):
        return False, "that is the Bayes accuracy over all cases; keep only those with confidence < 0.6"
    if close(answer, 1 - expected, abs_=0.003):
        return False, "that is the expected Bayes error, min(p, 1 - p); the accuracy is max(p, 1 - p)"
    return False, "average max(p, 1 - p) of the TRUE probability over the deferred cases (not the model's p)"


@exercise(wrong=[0.799, 0.732, 0.95, 0.80])  # the clerk alone, the model alone
def c1w1_2_weak_clerk_best_accuracy(answer: float) -> tuple[bool, str]:
    """Best system accuracy of model + an 80%-accurate clerk over the notebook's threshold sweep."""
    cases, probability = _deployment_cases()
    y = cases.income.to_numpy()
    confidence = np.maximum(probability, 1 - probability)
    model_correct = (probability >= 0.5) == y
    clerk_correct = np.random.default_rng(0).random(len(y)) < 0.80
    thresholds = np.append(np.linspace(0.5, 0.99, 50), np.inf)
    accuracy = [np.where(confidence >= t, model_correct, clerk_correct).mean() for t in thresholds]
    expected = max(accuracy)
    if close(answer, expected, abs_=0.002):
        return True, (
            "partial automation now beats both: the model is better than this clerk on the cases it is sure of, "
            "the clerk better on the cases near the model's boundary, where the clerk's information helps"
        )
    if close(answer, accuracy[-1], abs_=0.002) or close(answer, accuracy[0], abs_=0.002):
        return False, "that is one end of the sweep (all cases to the clerk, or all to the model); take the maximum"
    return False, "sweep the thresholds with the 80% clerk drawn from default_rng(0); take the largest accuracy"

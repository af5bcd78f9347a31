"""Checks for c1w2_3's exercises (data-centric vs. model-centric).

The truth is recomputed from scikit-learn's digits with the notebook's starting point (same seed), and
the label issues come from ``cleanlab`` itself, which the notebook shows equal to its own confident learning.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import numpy as np

from mlep.check import close, exercise

WEAK_DIGITS, KEEP_PER_WEAK_DIGIT, NOISE_RATE = (8, 9), 5, 0.3
KS = (5, 10, 20, 40)


@cache
def _start(seed: int = 0) -> dict[str, np.ndarray]:
    """The notebook's starting_point(seed)."""
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split

    digits = load_digits()
    rng = np.random.default_rng(seed)
    X_train, X_test, y_train, y_test = train_test_split(
        digits.data / 16, digits.target, test_size=0.4, stratify=digits.target, random_state=seed
    )
    keep = ~np.isin(y_train, WEAK_DIGITS)
    for digit in WEAK_DIGITS:
        keep[rng.choice(np.flatnonzero(y_train == digit), KEEP_PER_WEAK_DIGIT, replace=False)] = True
    y_true = y_train[keep]
    flipped = rng.random(len(y_true)) < NOISE_RATE
    y_noisy = np.where(flipped, (y_true + rng.integers(1, 10, len(y_true))) % 10, y_true)
    return {
        "X": X_train[keep],
        "y": y_noisy,
        "X_pool": X_train[~keep],
        "y_pool": y_train[~keep],
        "X_test": X_test,
        "y_test": y_test,
    }


def _model():
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(solver="newton-cg", max_iter=1000, random_state=0)


def _scores(X: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Test accuracy and weak-slice accuracy of the baseline model trained on X, y."""
    data = _start()
    predicted = _model().fit(X, y).predict(data["X_test"])
    weak = np.isin(data["y_test"], WEAK_DIGITS)
    right = predicted == data["y_test"]
    return float(right.mean()), float(right[weak].mean())


@cache
def _relabel_and_remove() -> tuple[float, float, float]:
    """Test accuracy after relabelling the flagged labels, after removing them, and of the labels as given."""
    from cleanlab.filter import find_label_issues
    from sklearn.model_selection import cross_val_predict

    data = _start()
    X = np.vstack([data["X"], data["X_pool"]])
    y = np.concatenate([data["y"], data["y_pool"]])
    probabilities = cross_val_predict(_model(), X, y, cv=5, method="predict_proba")
    flagged = find_label_issues(y, probabilities, filter_by="confident_learning")
    relabelled = np.where(flagged, probabilities.argmax(axis=1), y)
    return _scores(X, relabelled)[0], _scores(X[~flagged], y[~flagged])[0], _scores(X, y)[0]


@cache
def _scores_by_k() -> tuple[tuple[float, float], ...]:
    """(test accuracy, weak-slice accuracy) after adding the first k pool images of each weak digit."""
    data = _start()
    out = []
    for k in KS:
        chosen = np.concatenate([np.flatnonzero(data["y_pool"] == digit)[:k] for digit in WEAK_DIGITS])
        X = np.vstack([data["X"], data["X_pool"][chosen]])
        y = np.concatenate([data["y"], data["y_pool"][chosen]])
        out.append(_scores(X, y))
    return tuple(out)


@cache
def _pool_prefix() -> tuple[float, ...]:
    """Weak-slice test accuracy after adding the first k images of the pool (of any weak digit), k = 5, ..., 40."""
    data = _start()
    out = []
    for k in KS:
        X = np.vstack([data["X"], data["X_pool"][:k]])
        y = np.concatenate([data["y"], data["y_pool"][:k]])
        out.append(_scores(X, y)[1])
    return tuple(out)


# 0.950: flags from cleanlab's default filter (prune_by_noise_rate) instead of confident_learning_issues;
# 0.946: flagged labels replaced by the in-sample prediction of a model fit on all rows, not the out-of-fold one;
# 0.803: relabelled without adding the pool first (the flawed start alone)
@exercise(wrong=[0.944, 0.921, 0.783, 1.0, 0.950, 0.946, 0.803])
def c1w2_3_relabel_accuracy(answer: float) -> tuple[bool, str]:
    """Test accuracy of the baseline trained on seed 0's data with the flagged labels replaced."""
    relabel, remove, as_given = _relabel_and_remove()
    one_image = 1 / len(_start()["y_test"])  # answers differ by whole test images: accept less than one
    if close(answer, relabel, rel=0.0, abs_=0.7 * one_image):
        verdict = "above" if relabel > remove else "not above"
        return True, (
            f"relabelling keeps every image and trusts the model's guess for each flagged one; it is {verdict} "
            "removal here, by less than 0.01: the guesses are mostly right, and a wrong guess costs about what a "
            "lost image does"
        )
    if close(answer, remove, rel=0.0, abs_=0.7 * one_image):
        return False, "that is the accuracy after removing the flagged rows: keep them, with the model's label"
    if close(answer, as_given, rel=0.0, abs_=0.7 * one_image):
        return False, "that is the model trained on the labels as given: replace the flagged labels first"
    return False, (
        "add the pool to seed 0's training set, flag issues on out-of-fold probabilities of baseline_model(0), "
        "replace each flagged label by the argmax of its probabilities, fit baseline_model(0) on all rows"
    )


@exercise(
    wrong=[
        [0.155, 0.155, 0.155, 0.155],
        [0.834, 0.861, 0.896, 0.912],
        [0.866, 0.739, 0.549, 0.394],
        [0.9, 0.9, 0.9],
        [0.303, 0.373, 0.5, 0.739],  # the first k images of the whole pool, 8s and 9s mixed, not k of each digit
        [0.19, 0.394, 0.549, 0.739],  # k images in all, k / 2 of each digit
    ]
)
def c1w2_3_weak_slice_by_labels(answer: Sequence[float]) -> tuple[bool, str]:
    """Weak-slice test accuracy after adding k pool images of each weak digit, k = 5, 10, 20, 40."""
    expected = [weak for _, weak in _scores_by_k()]
    overall = [accuracy for accuracy, _ in _scores_by_k()]
    values = [float(v) for v in answer]
    if len(values) != len(KS):
        return False, f"give one accuracy for each k in {KS}, in that order"
    if all(close(v, e, rel=0.0, abs_=0.003) for v, e in zip(values, expected, strict=True)):
        return True, (
            "the slice climbs with every doubling of the targeted labels: it takes dozens of correct "
            "examples of a digit, not five, and no model setting replaces them"
        )
    if all(close(v, e, rel=0.0, abs_=0.003) for v, e in zip(values[::-1], expected, strict=True)):
        return False, "the values are in reverse order: give them for k = 5, 10, 20, 40"
    if all(close(v, e, rel=0.0, abs_=0.003) for v, e in zip(values, overall, strict=True)):
        return False, "those are accuracies on the whole test set: score only the test images of 8 and 9"
    if all(close(v, e, rel=0.0, abs_=0.003) for v, e in zip(values, _pool_prefix(), strict=True)):
        return False, "those are the first k images of the whole pool, 8s and 9s mixed: take k of each digit"
    return False, (
        "for each k, add the first k pool images of 8 and the first k of 9 (pool order) to the flawed training "
        "set, no cleaning, and score baseline_model(0) on the test images of 8 and 9 only"
    )

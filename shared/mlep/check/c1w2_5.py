"""Checks for c1w2_5's exercises (experiment tracking)."""

from __future__ import annotations

import functools

import numpy as np

from mlep.check import exercise


@functools.cache
def _history_and_confusion(hidden_units: int, learning_rate: float) -> tuple[tuple[float, ...], np.ndarray]:
    """Validation accuracy per epoch and the final validation confusion matrix of one run of the sweep, retrained."""
    from sklearn.datasets import load_digits
    from sklearn.metrics import confusion_matrix
    from sklearn.model_selection import train_test_split
    from sklearn.neural_network import MLPClassifier

    digits = load_digits(as_frame=True).frame.rename(columns={"target": "digit"})
    train, rest = train_test_split(digits, test_size=0.4, stratify=digits.digit, random_state=0)
    val, _ = train_test_split(rest, test_size=0.5, stratify=rest.digit, random_state=0)
    X, y = train.drop(columns="digit").to_numpy() / 16.0, train.digit.to_numpy()
    X_val, y_val = val.drop(columns="digit").to_numpy() / 16.0, val.digit.to_numpy()
    model = MLPClassifier(
        hidden_layer_sizes=(hidden_units,), learning_rate_init=learning_rate, alpha=1e-4, batch_size=64, random_state=0
    )
    history = []
    for _ in range(20):
        model.partial_fit(X, y, classes=np.arange(10))
        history.append(model.score(X_val, y_val))
    return tuple(history), confusion_matrix(y_val, model.predict(X_val))


@exercise(wrong=[10, 19, 0.95])
def c1w2_5_first_step_at_95(answer: int) -> tuple[bool, str]:
    """First logged step (from 0) at which run h64-lr0.003 reached validation accuracy >= 0.95."""
    history, _ = _history_and_confusion(64, 3e-3)
    expected = next(step for step, value in enumerate(history) if value >= 0.95)
    if isinstance(answer, float) and not answer.is_integer():
        return False, "give the step (an int), not the accuracy at that step"
    if int(answer) == expected:
        return True, "the history holds every epoch's value, not only the last one that search_runs shows"
    if int(answer) == expected + 1:
        return False, "off by one: that is the epoch counted from 1; the logged steps start at 0"
    if int(answer) == len(history) - 1:
        return False, "that is the last step; look for the first one that reaches 0.95"
    return False, "sort the history by step and take the first step whose value is at least 0.95"


@exercise(wrong=[1, 0, 9])
def c1w2_5_digit_with_most_errors(answer: int) -> tuple[bool, str]:
    """True digit with the most validation errors for the best run (16 hidden units, learning rate 0.03)."""
    _, matrix = _history_and_confusion(16, 3e-2)
    errors_true = matrix.sum(axis=1) - np.diag(matrix)
    errors_predicted = matrix.sum(axis=0) - np.diag(matrix)
    if int(answer) != answer or not 0 <= int(answer) <= 9:
        return False, "give a digit, an int from 0 to 9"
    if errors_true[int(answer)] == errors_true.max():
        return True, "rows are true digits: a row's sum minus its diagonal counts that digit's errors"
    if errors_predicted[int(answer)] == errors_predicted.max():
        return False, "that digit is the one most often predicted wrongly (a column); the question asks for a row"
    return False, "count the off-diagonal entries of each row (true digit) and take the largest"

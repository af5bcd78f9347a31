"""Checks for c1w2_5's exercises (experiment tracking)."""

from __future__ import annotations

import functools

import numpy as np

from mlep.check import exercise

_OTHER_RUNS = [("h16-lr0.003", 16, 3e-3), ("h64-lr0.03", 64, 3e-2), ("h16-lr0.03", 16, 3e-2)]


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


@exercise(wrong=[10, 19, 0.95, 17, 3])  # 17 and 3: the first steps of runs h16-lr0.003 and h64-lr0.03
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
    others = {name: _history_and_confusion(units, rate)[0] for name, units, rate in _OTHER_RUNS}
    if any(int(answer) == next((step for step, v in enumerate(h) if v >= 0.95), None) for h in others.values()):
        return False, "that is another run's first step at 0.95: select the run named h64-lr0.003"
    return False, "sort the history by step and take the first step whose value is at least 0.95"


# wrong: the columns (errors per predicted digit); the row size 36 minus the diagonal (digit 8 has 35 images);
# the diagonal (correct answers); rows and columns added (every error counted at both digits)
@exercise(
    wrong=[
        [0, 5, 1, 0, 0, 1, 0, 3, 0, 0],
        [0, 0, 0, 1, 2, 0, 2, 0, 4, 2],
        [36, 36, 36, 35, 34, 36, 34, 36, 32, 34],
        [0, 5, 1, 1, 2, 1, 2, 3, 3, 2],
    ]
)
def c1w2_5_errors_per_true_digit(answer: list[int]) -> tuple[bool, str]:
    """Validation errors of each true digit for the best run of the sweep (highest final validation accuracy)."""
    runs = [_history_and_confusion(units, rate) for units in (16, 64) for rate in (3e-4, 3e-3, 3e-2)]
    _, matrix = max(runs, key=lambda run: run[0][-1])
    errors_true = (matrix.sum(axis=1) - np.diag(matrix)).tolist()
    errors_predicted = (matrix.sum(axis=0) - np.diag(matrix)).tolist()
    given = [int(v) for v in answer]
    if len(given) != 10 or any(g != v for g, v in zip(given, answer, strict=True)):
        return False, "give ten ints, the errors of the digits 0 to 9 in that order"
    if given == errors_true:
        return True, (
            "rows are true digits: a row's sum minus its diagonal counts that digit's errors. The digit with the "
            "most is not always the one with the fewest correct answers: that holds only when every digit has "
            "as many validation images"
        )
    if given == errors_predicted:
        return False, "those are the columns (how often each digit was predicted wrongly); the question asks for rows"
    if given == np.diag(matrix).tolist():
        return False, "those are the correct answers (the diagonal); count the off-diagonal entries of each row"
    if given == [t + p for t, p in zip(errors_true, errors_predicted, strict=True)]:
        return False, "each error was counted twice, in its row and its column: count rows (true digits) only"
    return False, "for each row (true digit), subtract the diagonal entry from the row's sum"

"""Checks for c1w2_2's exercises: the F2 screen threshold, precision at a lower prevalence, a word-count floor.

Each check rebuilds what the notebook built (same data, seeds and splits) and recomputes the truth.
"""

from __future__ import annotations

import numpy as np

from mlep.check import close, exercise


def _cancer_validation(split: str = "validation") -> tuple[np.ndarray, np.ndarray]:
    """The tumour model's validation (or test) labels and scores, as the notebook makes them."""
    from sklearn.datasets import load_breast_cancer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import train_test_split
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    cancer = load_breast_cancer(as_frame=True)
    X, y = cancer.data[["mean radius", "mean texture"]], 1 - cancer.target
    X_train, X_rest, y_train, y_rest = train_test_split(X, y, test_size=0.5, stratify=y, random_state=0)
    X_val, X_test, y_val, y_test = train_test_split(X_rest, y_rest, test_size=0.5, stratify=y_rest, random_state=0)
    model = make_pipeline(StandardScaler(), LogisticRegression(random_state=0)).fit(X_train, y_train)
    X_split, y_split = (X_val, y_val) if split == "validation" else (X_test, y_test)
    return y_split.to_numpy(), model.predict_proba(X_split)[:, 1]


# Real mistakes: 0.43 is the best F1, 0.44 the best F0.5 (beta the wrong way round), 0.16 the best F2 on the test
# split, 0.1967 the best F2 over precision_recall_curve's thresholds instead of the sweep's.
@exercise(wrong=[0.5, 0.43, 0.01, 0.44, 0.16, 0.1967])
def cancer_screen_f2_threshold(answer: float) -> tuple[bool, str]:
    """The threshold of the 0.01..0.99 grid with the highest validation F2 (any tied threshold is right)."""
    from sklearn.metrics import fbeta_score

    grid = np.linspace(0.01, 0.99, 99)
    y_val, scores = _cancer_validation()
    y_test, test_scores = _cancer_validation("test")

    def f_beta(t: float, beta: float = 2, y: np.ndarray = y_val, s: np.ndarray = scores) -> float:
        return fbeta_score(y, (s >= t).astype(int), beta=beta, zero_division=0)

    if not np.isclose(float(answer), grid, rtol=0, atol=1e-6).any():
        return False, "give one of the sweep's thresholds (np.linspace(0.01, 0.99, 99)), the grid `thresholds` holds"
    f2 = [f_beta(t) for t in grid]
    best = max(f2)
    if f_beta(float(answer)) >= best - 1e-9:
        return True, (
            "this threshold maximizes F2, far below the best-F1 threshold: F2 treats recall as twice as important "
            "as precision, so it lands near the screen's recall-target threshold"
        )
    if f_beta(float(answer), y=y_test, s=test_scores) >= max(f_beta(t, y=y_test, s=test_scores) for t in grid) - 1e-9:
        return (
            False,
            "that is the best threshold on the test split: choose it on validation, and keep test for reporting",
        )
    if f_beta(float(answer), beta=1) >= max(f_beta(t, beta=1) for t in grid) - 1e-9:
        return False, "that is the best-F1 threshold: F2 counts recall more, so its best threshold is lower"
    if f_beta(float(answer), beta=0.5) >= max(f_beta(t, beta=0.5) for t in grid) - 1e-9:
        return False, "that maximizes F0.5, which favours precision: in F2, beta = 2 makes recall count more"
    if float(answer) > 0.3:
        return (
            False,
            "F2 is higher at a lower threshold: it counts recall more, so its best threshold is lower",
        )
    return False, "F2 is not at its highest there: compute f_beta(precision, recall, 2) at every threshold of the sweep"


def _skewed_split() -> tuple[np.ndarray, ...]:
    """The notebook's skewed data set (2% positives, seed 2) and its train/test split."""
    from sklearn.model_selection import train_test_split

    rng = np.random.default_rng(2)
    y = (rng.random(20000) < 0.02).astype(int)
    X = rng.normal(0, 1, (20000, 4)) + np.outer(y, [2.0, 2.0, 0, 0])
    X_train, X_rest, y_train, y_rest = train_test_split(X, y, test_size=0.5, stratify=y, random_state=0)
    _, X_test, _, y_test = train_test_split(X_rest, y_rest, test_size=0.5, stratify=y_rest, random_state=0)
    return X_train, y_train, X_test, y_test


@exercise(wrong=[0.2, 0.921, 0.02, 0.05])  # 0.05: the 2% precision divided by 4, as if it scaled with the rate
def skewed_precision_at_lower_prevalence(answer: float) -> tuple[bool, str]:
    """Precision of the class-weighted model at a 0.5% positive rate, from its test recall and false-positive rate."""
    from sklearn.linear_model import LogisticRegression

    X_train, y_train, X_test, y_test = _skewed_split()
    flagged = LogisticRegression(class_weight="balanced", random_state=0).fit(X_train, y_train).predict(X_test)
    tpr, fpr = flagged[y_test == 1].mean(), flagged[y_test == 0].mean()
    expected = tpr * 0.005 / (tpr * 0.005 + fpr * 0.995)
    measured = flagged[y_test == 1].sum() / flagged.sum()
    if close(answer, expected, rel=0.03):
        return True, (
            "with a quarter of the positives, true alarms fall four-fold while false alarms stay about the same, "
            "so precision drops by a factor of three to four; recall and balanced accuracy do not change"
        )
    if close(answer, measured, rel=0.05):
        return False, "that is the precision at 2% positives: recompute it with the positive rate set to 0.005"
    return False, "precision = recall x rate / (recall x rate + false-positive rate x (1 - rate)), with rate = 0.005"


@exercise(wrong=[0.0, 0.0233, 0.1017])
def spaced_word_count_floor(answer: float) -> tuple[bool, str]:
    """The lowest validation error of any model that sees only word counts, on the spaced-spam corpus."""
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.model_selection import train_test_split

    import mlep.data

    spaced = mlep.data.comments(3000, seed=0, spaced=0.2)
    _, rest = train_test_split(spaced, test_size=0.4, stratify=spaced.label, random_state=0)
    val, _ = train_test_split(rest, test_size=0.5, stratify=rest.label, random_state=0)

    def floor(key) -> float:
        counts = val.groupby(key).label.agg(["sum", "size"])
        return float(np.minimum(counts["sum"], counts["size"] - counts["sum"]).sum() / len(val))

    tokens = CountVectorizer(lowercase=False).build_analyzer()
    expected = floor(val.text.map(lambda text: " ".join(sorted(tokens(text)))))
    if close(answer, expected, rel=0.01):
        return True, (
            "a word-count model cannot go below this floor, far above the text-only floor: the spaced pitch is "
            "invisible to it, so a better word model cannot help, and a new feature can"
        )
    if close(answer, floor(val.text), rel=0.01):
        return False, "that is the floor of the exact texts: group by the sorted tokens instead, what a word model sees"
    return False, "group the validation rows by their sorted tokens, and add up the smaller label count of each group"

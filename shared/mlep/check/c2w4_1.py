"""Checks for c2w4_1's exercises (label spreading and active learning on the digits)."""

from __future__ import annotations

import numpy as np

from mlep.check import close, exercise


def _pool():
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split

    X, y = load_digits(return_X_y=True)
    X_pool, _, y_pool, _ = train_test_split(X / 16, y, test_size=0.3, random_state=0, stratify=y)
    return X_pool, y_pool


# wrong: the position among the candidates, the surest image, least confidence's and entropy's first picks
@exercise(wrong=[961, 923, 665, 542, 1256.5])
def margin_first_query(answer: int) -> tuple[bool, str]:
    """The pool index margin sampling asks about first, from seed 0's 20 random start images."""
    from sklearn.linear_model import LogisticRegression

    X_pool, y_pool = _pool()
    start = np.random.default_rng(0).choice(len(y_pool), 20, replace=False)
    model = LogisticRegression(max_iter=500).fit(X_pool[start], y_pool[start])
    rest = np.setdiff1d(np.arange(len(y_pool)), start)
    top = np.sort(model.predict_proba(X_pool[rest]), axis=1)
    margins = top[:, -1] - top[:, -2]
    if answer != int(answer):
        return False, "give the index into X_pool, a whole number"
    if int(answer) == int(rest[np.argmin(margins)]):
        return True, "the smallest gap between the two likeliest digits: the model is torn between two classes"
    if int(answer) == int(np.argmin(margins)):
        return False, "that is a position in the list of candidates; map it back through the candidates' pool indices"
    if int(answer) == int(rest[np.argmax(margins)]):
        return False, "that is the image with the largest margin, the one the model is surest about"
    if int(answer) in {int(rest[np.argmin(top[:, -1])]), int(rest[np.argmax(-(top * np.log(top)).sum(axis=1))])}:
        return False, "that is another uncertainty score's first pick: rank by the gap between the two likeliest digits"
    return False, "fit on the 20 start images, score every other pool image by margin, take the smallest margin"


# wrong: alpha left at 0.2, the whole pool scored, the test set scored
@exercise(wrong=[0.815, 0.8011, 0.7648, 0.5])
def label_spreading_alpha_09(answer: float) -> tuple[bool, str]:
    """Share of unlabelled pool images labelled right by label spreading with alpha = 0.9 from 30 labels."""
    from sklearn.neighbors import NearestNeighbors
    from sklearn.semi_supervised import LabelSpreading

    X_pool, y_pool = _pool()
    rng = np.random.default_rng(0)
    labelled = np.concatenate([rng.choice(np.flatnonzero(y_pool == c), 3, replace=False) for c in range(10)])
    distances, _ = NearestNeighbors(n_neighbors=4).fit(X_pool).kneighbors(X_pool)
    gamma = 1 / np.median(distances[:, 3] ** 2)
    partial = np.full(len(y_pool), -1)
    partial[labelled] = y_pool[labelled]
    model = LabelSpreading(kernel="rbf", gamma=gamma, alpha=0.9, max_iter=2000, tol=1e-9).fit(X_pool, partial)
    unlabelled = np.setdiff1d(np.arange(len(y_pool)), labelled)
    expected = float(np.mean(model.transduction_[unlabelled] == y_pool[unlabelled]))
    if close(answer, expected, rel=0, abs_=0.002):  # rel=0: 1% would accept the whole-pool share
        return True, "checked against scikit-learn's LabelSpreading: a stronger pull lets labels travel further"
    if close(answer, float(np.mean(model.transduction_ == y_pool)), rel=0, abs_=0.0005):
        return False, "that counts the 30 labelled images too: score only the unlabelled ones"
    default = LabelSpreading(kernel="rbf", gamma=gamma, alpha=0.2, max_iter=2000, tol=1e-9).fit(X_pool, partial)
    if close(answer, float(np.mean(default.transduction_[unlabelled] == y_pool[unlabelled])), rel=0, abs_=0.002):
        return False, "that is the accuracy with the default alpha of 0.2: pass alpha=0.9"
    return (
        False,
        "use label_spreading(X_pool, labelled, y_pool[labelled], gamma, alpha=0.9) and score the unlabelled rows",
    )

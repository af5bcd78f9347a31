"""Intervals for numbers a notebook reports on a finite test set, and the statistics they resample."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from numpy.typing import ArrayLike


def bootstrap_interval(
    arrays: Sequence[ArrayLike],
    statistic: Callable[..., float],
    seed: int,
    *,
    n_resamples: int = 1000,
    level: float = 0.95,
) -> tuple[float, float]:
    """Percentile-bootstrap interval of ``statistic(*arrays)``, resampling whole rows (paired).

    ``arrays`` are equally long columns of the same rows (truth, predictions, ...), e.g.
    ``bootstrap_interval((y_test, y_pred), lambda t, p: np.mean(t == p), seed=0)`` for accuracy.
    A thin, seeded wrapper of ``scipy.stats.bootstrap``; the statistic gets each column back in
    its own dtype (booleans stay booleans, so they can index).
    """
    from scipy import stats

    columns = tuple(np.asarray(a) for a in arrays)
    lengths = [len(c) for c in columns]
    if not columns or len(set(lengths)) != 1 or lengths[0] < 2:
        raise ValueError(f"arrays must be columns of equal length, two rows or more; got lengths {lengths}")
    if not 0 < level < 1:
        raise ValueError(f"level must lie in (0, 1), got {level}")
    dtypes = [c.dtype for c in columns]

    def typed(*resampled: np.ndarray) -> float:  # scipy's paired resampling hands back float64 columns
        return statistic(*(r.astype(d, copy=False) for r, d in zip(resampled, dtypes, strict=True)))

    result = stats.bootstrap(
        columns,
        typed,
        paired=True,
        vectorized=False,
        n_resamples=n_resamples,
        confidence_level=level,
        method="percentile",
        rng=np.random.default_rng(seed),
    )
    return float(result.confidence_interval.low), float(result.confidence_interval.high)


def roc_auc(labels: ArrayLike, scores: ArrayLike) -> float:
    """ROC AUC from one ranking: the Mann-Whitney statistic, the chance that a random positive outscores a
    random negative (ties count one half). Equal to ``sklearn.metrics.roc_auc_score`` for binary labels, and
    about ten times faster (0.2 ms against 2 ms on 3,000 rows, measured round-robin), which matters inside a
    bootstrap that calls it a thousand times.
    """
    from scipy.stats import rankdata

    positive = np.asarray(labels).astype(bool)
    n_positive = int(positive.sum())
    n_negative = positive.size - n_positive
    if n_positive == 0 or n_negative == 0 or positive.size != np.size(scores):
        raise ValueError(
            f"need as many scores as labels and both classes among the labels; got {positive.size} labels "
            f"({n_positive} positive) and {np.size(scores)} scores"
        )
    ranks = rankdata(scores)
    return float((ranks[positive].sum() - n_positive * (n_positive + 1) / 2) / (n_positive * n_negative))

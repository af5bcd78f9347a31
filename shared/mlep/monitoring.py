"""Drift and skew statistics, as TFDV and the monitoring literature define them.

- ``psi``: population stability index over the reference's quantile bins.
- ``ks``: two-sample Kolmogorov-Smirnov statistic and p-value.
- ``linf_distance``: TFDV's L-infinity distance between categorical frequencies.
- ``js_divergence``: TFDV's Jensen-Shannon divergence between numeric histograms.
- ``drift_table``: all of them, feature by feature, against thresholds.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from scipy import stats

ArrayLike = Sequence | np.ndarray | pd.Series

EPSILON = 1e-6  # stands in for an empty bin, so logarithms stay finite


def _numeric(values: ArrayLike, name: str) -> np.ndarray:
    """Return ``values`` as a 1-D float array without NaNs, or say what is wrong."""
    try:
        array = np.asarray(values, dtype=float).ravel()
    except (TypeError, ValueError) as exc:
        raise TypeError(f"{name} must hold numbers; cast it with pd.to_numeric first ({exc})") from None
    array = array[~np.isnan(array)]
    if array.size == 0:
        raise ValueError(f"{name} is empty (or all NaN): a statistic needs at least one value")
    return array


def _categorical(values: ArrayLike, name: str) -> pd.Series:
    series = pd.Series(np.asarray(values, dtype=object).ravel()).dropna()
    if series.empty:
        raise ValueError(f"{name} is empty (or all missing): a statistic needs at least one value")
    return series


def psi(reference: ArrayLike, current: ArrayLike, bins: int = 10) -> float:
    """Population stability index of ``current`` against ``reference``.

    Bins are the reference's quantiles, so each holds about 1/bins of it.
    Rule of thumb: < 0.1 stable, 0.1-0.25 moderate shift, > 0.25 major shift.
    """
    if bins < 2:
        raise ValueError(f"psi needs at least 2 bins, got {bins}")
    ref, cur = _numeric(reference, "reference"), _numeric(current, "current")
    edges = np.unique(np.quantile(ref, np.linspace(0, 1, bins + 1)))
    edges[0], edges[-1] = -np.inf, np.inf
    expected = np.histogram(ref, edges)[0] / ref.size
    actual = np.histogram(cur, edges)[0] / cur.size
    expected, actual = np.clip(expected, EPSILON, None), np.clip(actual, EPSILON, None)
    return float(np.sum((actual - expected) * np.log(actual / expected)))


def ks(reference: ArrayLike, current: ArrayLike) -> tuple[float, float]:
    """Two-sample Kolmogorov-Smirnov test: (largest gap between the two ECDFs, p-value).

    The p-value is scipy's asymptotic one (``ks_2samp(method="asymp")``).
    """
    ref, cur = np.sort(_numeric(reference, "reference")), np.sort(_numeric(current, "current"))
    grid = np.concatenate([ref, cur])
    cdf_ref = np.searchsorted(ref, grid, side="right") / ref.size
    cdf_cur = np.searchsorted(cur, grid, side="right") / cur.size
    statistic = float(np.max(np.abs(cdf_ref - cdf_cur)))
    effective_n = round(ref.size * cur.size / (ref.size + cur.size))
    return statistic, float(np.clip(stats.kstwo.sf(statistic, effective_n), 0, 1))


def frequencies(values: ArrayLike, categories: Sequence | None = None) -> pd.Series:
    """Relative frequency of each category (missing values left out)."""
    counts = _categorical(values, "values").value_counts(normalize=True)
    return counts if categories is None else counts.reindex(categories, fill_value=0.0)


def linf_distance(reference: ArrayLike, current: ArrayLike) -> float:
    """TFDV's L-infinity distance: the largest change of any category's frequency.

    Categories seen in only one of the two count as frequency 0 in the other.
    """
    ref, cur = _categorical(reference, "reference"), _categorical(current, "current")
    categories = sorted(set(ref) | set(cur), key=str)
    gap = frequencies(ref, categories) - frequencies(cur, categories)
    return float(gap.abs().max())


def js_divergence(reference: ArrayLike, current: ArrayLike, bins: int = 10, base: float = 2.0) -> float:
    """TFDV's Jensen-Shannon divergence between histograms of two numeric samples.

    Both are binned on ``bins`` equal-width bins over their joint range. With
    ``base=2`` the result lies in [0, 1]; it equals
    ``scipy.spatial.distance.jensenshannon(p, q, base) ** 2``.
    """
    if bins < 1:
        raise ValueError(f"js_divergence needs at least 1 bin, got {bins}")
    ref, cur = _numeric(reference, "reference"), _numeric(current, "current")
    edges = np.histogram_bin_edges(np.concatenate([ref, cur]), bins=bins)
    p = np.histogram(ref, edges)[0] / ref.size
    q = np.histogram(cur, edges)[0] / cur.size
    m = (p + q) / 2
    return float((_kl(p, m) + _kl(q, m)) / 2 / np.log(base))


def _kl(p: np.ndarray, q: np.ndarray) -> float:
    mask = p > 0
    return float(np.sum(p[mask] * np.log(p[mask] / q[mask])))


def drift_table(
    reference: pd.DataFrame,
    current: pd.DataFrame,
    *,
    numeric_threshold: float = 0.1,
    categorical_threshold: float = 0.1,
) -> pd.DataFrame:
    """Compare every shared column with TFDV's statistics against thresholds.

    Numeric columns get the Jensen-Shannon divergence (plus PSI and KS for
    reference); other columns the L-infinity distance. One row per feature.
    """
    missing = sorted(set(reference.columns) ^ set(current.columns))
    if missing:
        raise KeyError(f"columns present in only one frame: {missing}; drop or add them first")
    rows = []
    for column in reference.columns:
        if pd.api.types.is_numeric_dtype(reference[column]):
            value = js_divergence(reference[column], current[column])
            rows.append(
                {
                    "feature": column,
                    "statistic": "js_divergence",
                    "value": value,
                    "threshold": numeric_threshold,
                    "psi": psi(reference[column], current[column]),
                    "ks_pvalue": ks(reference[column], current[column])[1],
                }
            )
        else:
            value = linf_distance(reference[column], current[column])
            rows.append(
                {"feature": column, "statistic": "linf_distance", "value": value, "threshold": categorical_threshold}
            )
    table = pd.DataFrame(rows)
    table["drifted"] = table["value"] > table["threshold"]
    return table.set_index("feature")

import numpy as np
import pandas as pd
import pytest
from scipy import stats
from scipy.spatial.distance import jensenshannon

from mlep import monitoring

rng = np.random.default_rng(0)
SAME_A, SAME_B = rng.normal(0, 1, 2000), rng.normal(0, 1, 2000)
SHIFTED = rng.normal(1, 1, 2000)


@pytest.mark.parametrize("b", [SAME_B, SHIFTED, rng.normal(0, 3, 500), rng.integers(0, 3, 300)])
def test_ks_matches_scipy(b):
    ours = monitoring.ks(SAME_A, b)
    theirs = stats.ks_2samp(SAME_A, b, method="asymp")
    assert np.allclose(ours, (theirs.statistic, theirs.pvalue))


def test_js_divergence_matches_scipy_and_is_bounded():
    edges = np.histogram_bin_edges(np.concatenate([SAME_A, SHIFTED]), bins=10)
    p, q = np.histogram(SAME_A, edges)[0], np.histogram(SHIFTED, edges)[0]
    assert np.isclose(monitoring.js_divergence(SAME_A, SHIFTED), jensenshannon(p, q, base=2) ** 2)
    assert monitoring.js_divergence(SAME_A, SAME_A) == 0
    assert 0 < monitoring.js_divergence(SAME_A, SHIFTED) <= 1
    assert monitoring.js_divergence([0, 0, 1], [5, 5, 6]) == pytest.approx(1)


def test_linf_distance_is_the_largest_frequency_change():
    assert monitoring.linf_distance(list("aabb"), list("aabb")) == 0
    assert monitoring.linf_distance(list("aaab"), list("abbb")) == pytest.approx(0.5)
    assert monitoring.linf_distance(list("ab"), list("cc")) == pytest.approx(1)  # unseen category


def test_psi_separates_stable_from_shifted():
    assert monitoring.psi(SAME_A, SAME_B) < 0.1 < 0.25 < monitoring.psi(SAME_A, SHIFTED)


def test_drift_table_flags_the_drifted_feature():
    ref = pd.DataFrame({"x": SAME_A, "c": ["a"] * 1000 + ["b"] * 1000})
    cur = pd.DataFrame({"x": SHIFTED, "c": ["a"] * 1000 + ["b"] * 1000})
    table = monitoring.drift_table(ref, cur)
    assert table["drifted"].to_dict() == {"x": True, "c": False}


@pytest.mark.parametrize(
    "call, error, words",
    [
        (lambda: monitoring.psi([], [1.0]), ValueError, "empty"),
        (lambda: monitoring.ks(["a", "b"], [1.0]), TypeError, "numbers"),
        (lambda: monitoring.psi([1.0], [1.0], bins=1), ValueError, "bins"),
        (lambda: monitoring.linf_distance([None], ["a"]), ValueError, "empty"),
        (lambda: monitoring.drift_table(pd.DataFrame({"a": [1]}), pd.DataFrame({"b": [1]})), KeyError, "only one"),
    ],
)
def test_bad_input_says_what_is_wrong(call, error, words):
    with pytest.raises(error, match=words):
        call()

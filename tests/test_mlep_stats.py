import numpy as np
import pytest

from mlep.stats import bootstrap_interval


def accuracy(truth, predicted):
    return np.mean(truth == predicted)


def test_interval_covers_the_estimate_and_narrows_with_rows():
    rng = np.random.default_rng(0)

    def sample(n):
        truth = rng.integers(0, 2, n)
        return truth, np.where(rng.random(n) < 0.8, truth, 1 - truth)

    small, large = sample(100), sample(2000)
    low, high = bootstrap_interval(small, accuracy, seed=1)
    assert low < accuracy(*small) < high
    low_large, high_large = bootstrap_interval(large, accuracy, seed=1)
    assert high_large - low_large < (high - low) / 2, "20 times the rows should give a much narrower interval"


def test_same_seed_same_interval():
    columns = (np.arange(50) % 2, np.arange(50) % 3 == 0)
    assert bootstrap_interval(columns, accuracy, seed=3) == bootstrap_interval(columns, accuracy, seed=3)


@pytest.mark.parametrize(
    "arrays, level, words",
    [(([1, 0], [1]), 0.95, "equal length"), (([], []), 0.95, "equal length|empty"), (([1, 0], [1, 1]), 1.5, "level")],
)
def test_bad_input_says_what_is_wrong(arrays, level, words):
    with pytest.raises(ValueError, match=words):
        bootstrap_interval(arrays, accuracy, seed=0, level=level)


def test_statistic_gets_columns_in_their_own_dtype():
    flags = np.arange(40) % 3 == 0
    values = np.arange(40.0)
    low, high = bootstrap_interval((flags, values), lambda f, v: v[f].mean() if f.any() else 0.0, seed=0)
    assert low < values[flags].mean() < high


def test_roc_auc_is_scikit_learns_with_ties():
    from sklearn.metrics import roc_auc_score

    from mlep.stats import roc_auc

    rng = np.random.default_rng(0)
    labels = rng.integers(0, 2, 300)
    scores = np.round(labels * 0.5 + rng.normal(0, 1, 300), 1)  # rounded: many ties
    assert np.isclose(roc_auc(labels, scores), roc_auc_score(labels, scores))
    assert roc_auc(labels, -scores) == pytest.approx(1 - roc_auc(labels, scores))


@pytest.mark.parametrize("labels, scores", [([1, 1], [0.2, 0.3]), ([0, 1], [0.5])])
def test_roc_auc_refuses_one_class_or_unequal_lengths(labels, scores):
    from mlep.stats import roc_auc

    with pytest.raises(ValueError, match="both classes"):
        roc_auc(labels, scores)

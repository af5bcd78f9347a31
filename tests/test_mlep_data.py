import hashlib
import re

import numpy as np
import pandas as pd
import pytest

from mlep import data, monitoring


def test_census_is_deterministic_and_labelled_by_its_known_model():
    a, b = data.census(3000, seed=1), data.census(3000, seed=1)
    assert a.equals(b)
    assert not a.equals(data.census(3000, seed=2))
    p = data.census_probability(a)
    assert abs(a["income"].mean() - p.mean()) < 0.03
    assert 0.15 < a["income"].mean() < 0.45


def test_census_drift_moves_inputs_not_the_rule():
    base, drifted = data.census(4000, seed=0), data.census(4000, seed=0, drift=1.0)
    assert drifted["age"].mean() - base["age"].mean() > 8
    table = monitoring.drift_table(base.drop(columns="income"), drifted.drop(columns="income"))
    assert table.loc["age", "psi"] > 0.25 and table.loc["occupation", "drifted"]
    assert not table.loc["education", "drifted"]


def test_census_anomalies():
    frame = data.census(500, anomalies=data.ANOMALIES)
    assert "hours_per_week" not in frame
    assert "Astronaut" in set(frame["occupation"])
    assert frame["age"].max() == 150
    assert frame["education"].isna().any()
    assert not pd.api.types.is_numeric_dtype(frame["capital_gain"])


def test_stream_regimes():
    s = data.stream(6000, data_drift_at=2000, concept_drift_at=4000, emergence_at=5000)
    assert list(s["regime"].unique()) == ["stable", "data_drift", "concept_drift", "emergence"]
    stable = s[s.regime == "stable"]
    rule = (stable.x0 + stable.x1 > 0).astype(int)
    assert 0.92 < (rule == stable.y).mean() < 0.98  # 5% label noise
    concept = s[s.regime == "concept_drift"]
    assert ((concept.x0 + concept.x1 > 0).astype(int) == concept.y).mean() < 0.65
    assert (s[s.regime == "emergence"].y == 2).all()


def test_comments():
    corpus = data.comments(800, seed=3, spam_rate=0.4)
    assert corpus.equals(data.comments(800, seed=3, spam_rate=0.4))
    assert abs(corpus.label.mean() - 0.4) < 0.05
    has_link = corpus.text.str.contains("http|www", case=False)
    assert corpus[has_link].label.all() and not corpus[~has_link].label.eq(1).all()


def test_comments_spaced_spam_is_opt_in():
    """``spaced`` adds spam a word tokenizer cannot see; its default leaves the corpus byte for byte as it was."""
    default = data.comments(3000, seed=0)
    digest = hashlib.sha256(default.to_csv(index=False).encode()).hexdigest()
    assert digest == "910939a836f7d67413d418c443b7c756c20fe5e06eb79ebfb3b3f6faa32e1de6"  # before spaced existed
    assert default.equals(data.comments(3000, seed=0, spaced=0.0))
    spaced_letters = r"\b\w \w \w\b"
    assert not default.text.str.contains(spaced_letters).any()
    corpus = data.comments(3000, seed=0, spaced=0.3)
    hidden = corpus.text.str.contains(spaced_letters)
    assert corpus[hidden].label.all()
    assert 0.24 < hidden.sum() / corpus.label.sum() < 0.36
    ham_words = {w for text in corpus.text[corpus.label == 0] for w in re.findall(r"\w\w+", text)}
    hidden_words = {w for text in corpus.text[hidden] for w in re.findall(r"\w\w+", text)}
    assert hidden_words <= ham_words, "a word-level model must see only praise in a spaced comment"


@pytest.mark.parametrize(
    "call, words",
    [
        (lambda: data.census(0), "positive"),
        (lambda: data.census(10, anomalies=["typo"]), "unknown anomalies"),
        (lambda: data.stream(100, concept_drift_at=100), "must lie in"),
        (lambda: data.comments(10, spam_rate=2), "spam_rate"),
        (lambda: data.comments(10, spaced=-0.1), "spaced"),
    ],
)
def test_bad_input_says_what_is_wrong(call, words):
    with pytest.raises(ValueError, match=words):
        call()


def test_bad_seed():
    import mlep

    with pytest.raises(ValueError, match="seed"):
        mlep.setup(seed=-1)
    assert np.isfinite(data.census(5).age).all()


def test_probability_given_hidden_columns_is_the_average_over_their_draws():
    frame = data.census(400, seed=3)
    manual = 0.45 * data.census_probability(frame.assign(sex="Female")) + 0.55 * data.census_probability(
        frame.assign(sex="Male")
    )
    assert np.allclose(data.census_probability_given(frame, ["sex"]), manual)
    # Monte Carlo: redraw age and sex for the same rows, as census draws them, and average the rule.
    rng = np.random.default_rng(0)
    ages = np.clip(rng.normal(39, 12, (4000, 1)), 17, 90).round()
    draws = [
        data.census_probability(frame.iloc[:5].assign(age=a, sex=s))
        for a, s in zip(ages[:, 0], rng.choice(["Female", "Male"], 4000, p=[0.45, 0.55]), strict=True)
    ]
    exact = data.census_probability_given(frame.iloc[:5], ["sex", "age"])
    assert np.abs(np.mean(draws, axis=0) - exact).max() < 0.01
    assert not np.allclose(exact, data.census_probability(frame.iloc[:5])), "hiding columns must change p"
    shifted = data.census_probability_given(frame, ["sex"], log_odds_shift=1.0)
    assert (shifted < data.census_probability_given(frame, ["sex"])).all()


def test_probability_given_refuses_dependent_columns():
    with pytest.raises(ValueError, match="independently"):
        data.census_probability_given(data.census(5), ["education_num"])


def test_weather_is_reproducible_seasonal_and_loses_readings():
    hourly = data.weather_hourly(seed=0)
    assert hourly.equals(data.weather_hourly(seed=0)) and not hourly.equals(data.weather_hourly(seed=1))
    assert 0.02 < 1 - len(hourly) / (730 * 24) < 0.04
    by_month = hourly.groupby(hourly.index.month).mean()
    assert by_month[7] - by_month[1] > 12, "July should be much warmer than January"
    by_hour = hourly.groupby(hourly.index.hour).mean()
    assert by_hour.idxmax() in (14, 15, 16) and by_hour.idxmin() in (2, 3, 4)
    calm = data.weather_hourly(seed=0, anomaly_sd=0.0, lost=0.0).resample("D").mean()
    assert calm.diff().abs().max() < 1.0, "without shocks, days change only by the seasonal cycle and noise"


@pytest.mark.parametrize("kwargs", [{"days": 1}, {"lost": 1.0}, {"lost": -0.1}, {"anomaly_sd": -1.0}])
def test_weather_refuses_bad_input(kwargs):
    with pytest.raises(ValueError):
        data.weather_hourly(**kwargs)

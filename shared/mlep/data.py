"""Offline data makers shared by the notebooks. Same seed, same data.

- ``census``: census-like tabular data with a known ground-truth probability,
  and switches for drift and injected anomalies.
- ``stream``: a labelled stream with data drift, concept drift and concept
  emergence at chosen rows.
- ``comments``: a small generated corpus of video comments, spam or ham.
- ``weather_hourly``: two years of hourly temperatures with lost readings.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

EDUCATION_YEARS = {"11th": 7, "HS-grad": 9, "Some-college": 10, "Bachelors": 13, "Masters": 14, "Doctorate": 16}
OCCUPATIONS = ["Adm-clerical", "Craft-repair", "Exec-managerial", "Prof-specialty", "Sales", "Service"]
OCCUPATION_EFFECT = dict(zip(OCCUPATIONS, [-0.2, -0.1, 0.9, 0.8, 0.1, -0.9], strict=True))
ANOMALIES = ("missing_column", "unseen_category", "out_of_range", "wrong_type", "missing_values")


def _check_size(n: int) -> None:
    if not isinstance(n, int | np.integer) or n < 1:
        raise ValueError(f"n must be a positive int, got {n!r}")


def census(n: int = 2000, seed: int = 0, *, drift: float = 0.0, anomalies: Iterable[str] = ()) -> pd.DataFrame:
    """Census-like rows with an ``income`` label (1 = over 50K) drawn from a known model.

    ``drift`` (0 = none, 1 = strong) ages the population, lengthens hours and
    moves people into management; the labelling rule stays the same (data drift).
    ``anomalies`` names problems to inject, from ``ANOMALIES``.
    The true P(income=1 | features) is ``census_probability(frame)``.
    """
    _check_size(n)
    rng = np.random.default_rng(seed)
    education = rng.choice(list(EDUCATION_YEARS), n, p=[0.08, 0.32, 0.22, 0.22, 0.11, 0.05])
    occupation_p = np.array([0.2, 0.2, 0.12, 0.18, 0.15, 0.15]) + drift * np.array([-0.05, -0.05, 0.15, 0.05, 0, -0.1])
    frame = pd.DataFrame(
        {
            "age": np.clip(rng.normal(39 + 12 * drift, 12, n), 17, 90).round().astype(int),
            "education": education,
            "education_num": pd.Series(education).map(EDUCATION_YEARS).to_numpy(),
            "occupation": rng.choice(OCCUPATIONS, n, p=occupation_p / occupation_p.sum()),
            "hours_per_week": np.clip(rng.normal(40 + 8 * drift, 11, n), 1, 99).round().astype(int),
            "sex": rng.choice(["Female", "Male"], n, p=[0.45, 0.55]),
            "capital_gain": np.where(rng.random(n) < 0.1, np.round(rng.lognormal(8, 1, n)), 0.0),
        }
    )
    frame["income"] = (rng.random(n) < census_probability(frame)).astype(int)
    return inject_anomalies(frame, anomalies, seed=seed)


def census_probability(frame: pd.DataFrame) -> np.ndarray:
    """The true P(income = 1 | features) that ``census`` labels with."""
    age = frame["age"].to_numpy(dtype=float)
    logit = (
        -1.2
        + 0.35 * (frame["education_num"].to_numpy(dtype=float) - 10)
        + 0.045 * (age - 39)
        - 0.0012 * (age - 45) ** 2
        + 0.04 * (frame["hours_per_week"].to_numpy(dtype=float) - 40)
        + frame["occupation"].map(OCCUPATION_EFFECT).fillna(0).to_numpy()
        + 0.5 * (frame["sex"].to_numpy() == "Male")
        + 0.9 * (frame["capital_gain"].to_numpy(dtype=float) > 5000)
    )
    return 1 / (1 + np.exp(-logit))


SEX_SHARE = {"Female": 0.45, "Male": 0.55}
AGE_RANGE = (17, 90)


def census_column_shares(column: str, drift: float = 0.0) -> pd.Series:
    """How ``census`` draws one of its independent columns (sex, age or occupation): value -> probability."""
    if column == "sex":
        return pd.Series(SEX_SHARE)
    if column == "age":  # normal(39 + 12 drift, 12), clipped to the range, then rounded
        from scipy.stats import norm

        ages = np.arange(AGE_RANGE[0], AGE_RANGE[1] + 1)
        edges = np.r_[-np.inf, ages[1:] - 0.5, np.inf]
        return pd.Series(np.diff(norm.cdf(edges, loc=39 + 12 * drift, scale=12)), index=ages)
    if column == "occupation":
        p = np.array([0.2, 0.2, 0.12, 0.18, 0.15, 0.15]) + drift * np.array([-0.05, -0.05, 0.15, 0.05, 0, -0.1])
        return pd.Series(p / p.sum(), index=OCCUPATIONS)
    raise ValueError(f"census draws only sex, age and occupation independently of the rest; got {column!r}")


def census_probability_given(
    frame: pd.DataFrame, hidden: Iterable[str] = ("sex",), *, drift: float = 0.0, log_odds_shift: float = 0.0
) -> np.ndarray:
    """P(income = 1 | the columns a model sees): ``census_probability`` averaged over the ``hidden`` columns.

    Exact, because ``census`` draws sex, age and occupation independently of every other column; each
    is averaged with the shares it is drawn with (``census_column_shares``, at the frame's ``drift``).
    ``log_odds_shift`` is subtracted from the true log-odds before averaging (a concept drift).
    The Bayes classifier of a model that cannot see ``hidden`` predicts 1 where this exceeds 0.5.
    """
    hidden = list(dict.fromkeys(hidden))
    if not hidden:
        raise ValueError("hidden names no column: use census_probability for the full rule")
    shares = [census_column_shares(column, drift) for column in hidden]
    total = np.zeros(len(frame))
    for combination in pd.MultiIndex.from_product([s.index for s in shares]):
        weight = np.prod([s[value] for s, value in zip(shares, combination, strict=True)])
        p = census_probability(frame.assign(**dict(zip(hidden, combination, strict=True))))
        total += weight / (1 + np.exp(np.log(1 / p - 1) + log_odds_shift))
    return total


def inject_anomalies(frame: pd.DataFrame, kinds: Iterable[str], seed: int = 0) -> pd.DataFrame:
    """Return a copy of a ``census`` frame with the named anomalies injected."""
    kinds = list(kinds)
    unknown = sorted(set(kinds) - set(ANOMALIES))
    if unknown:
        raise ValueError(f"unknown anomalies {unknown}; choose from {list(ANOMALIES)}")
    rng = np.random.default_rng(seed + 1)
    frame = frame.copy()
    rows = rng.choice(len(frame), max(1, len(frame) // 50), replace=False)
    if "unseen_category" in kinds:
        frame.loc[frame.index[rows], "occupation"] = "Astronaut"
    if "out_of_range" in kinds:
        frame.loc[frame.index[rows], "age"] = 150
    if "missing_values" in kinds:
        frame.loc[frame.index[rows], "education"] = None
    if "wrong_type" in kinds:
        frame["capital_gain"] = frame["capital_gain"].map(lambda v: f"{v:.0f} USD")
    if "missing_column" in kinds:
        frame = frame.drop(columns="hours_per_week")
    return frame


def stream(
    n: int = 6000,
    seed: int = 0,
    *,
    data_drift_at: int | None = None,
    concept_drift_at: int | None = None,
    emergence_at: int | None = None,
) -> pd.DataFrame:
    """A stream of two features ``x0, x1`` and a label ``y``, one row per time step ``t``.

    - before any change: y = 1 when x0 + x1 > 0 (plus 5% label noise);
    - ``data_drift_at``: inputs move along the decision boundary, P(x) changes
      while P(y | x) does not (accuracy barely moves);
    - ``concept_drift_at``: the rule becomes y = 1 when x0 - x1 > 0, P(y | x)
      changes while P(x) does not;
    - ``emergence_at``: a third of the rows come from a new cluster with a new
      class ``y = 2``.
    The ``regime`` column names what holds at each row.
    """
    _check_size(n)
    for name, at in [
        ("data_drift_at", data_drift_at),
        ("concept_drift_at", concept_drift_at),
        ("emergence_at", emergence_at),
    ]:
        if at is not None and not 0 <= at < n:
            raise ValueError(f"{name}={at} must lie in [0, n={n})")
    rng = np.random.default_rng(seed)
    t = np.arange(n)
    x = rng.normal(0, 1, (n, 2))
    after = _after(t, data_drift_at)
    x[after] += np.array([1.5, -1.5])
    concept = _after(t, concept_drift_at)
    score = np.where(concept, x[:, 0] - x[:, 1], x[:, 0] + x[:, 1])
    y = (score > 0).astype(int)
    flip = rng.random(n) < 0.05
    y[flip] = 1 - y[flip]
    emerged = _after(t, emergence_at) & (rng.random(n) < 1 / 3)
    x[emerged] = rng.normal([4.0, 4.0], 0.5, (emerged.sum(), 2))
    y[emerged] = 2
    regime = np.select([emerged, concept, after], ["emergence", "concept_drift", "data_drift"], "stable")
    return pd.DataFrame({"t": t, "x0": x[:, 0], "x1": x[:, 1], "y": y, "regime": regime})


def weather_hourly(seed: int = 0, *, anomaly_sd: float = 2.0, days: int = 730, lost: float = 0.03) -> pd.Series:
    """Hourly temperatures (°C) from 2023-01-01, indexed by hour, with a share ``lost`` of readings missing.

    A yearly cycle (9 °C amplitude, coldest mid-January), a daily cycle (4 °C, warmest at 15:00),
    a daily anomaly that keeps 70% of yesterday's plus a fresh shock of standard deviation
    ``anomaly_sd`` (what no forecast can know in advance), and hourly sensor noise (0.7 °C).
    """
    if not isinstance(days, int) or days < 2:
        raise ValueError(f"days must be an int of at least 2, got {days!r}")
    if not 0 <= lost < 1 or anomaly_sd < 0:
        raise ValueError(f"need 0 <= lost < 1 and anomaly_sd >= 0; got {lost=}, {anomaly_sd=}")
    rng = np.random.default_rng(seed)
    hours = pd.date_range("2023-01-01", periods=days * 24, freq="h")
    shocks = rng.normal(0, anomaly_sd, days)
    anomaly = np.zeros(days)
    for day in range(1, days):
        anomaly[day] = 0.7 * anomaly[day - 1] + shocks[day]
    doy, hour = hours.dayofyear.to_numpy(), hours.hour.to_numpy()
    temp = (
        12
        - 9 * np.cos(2 * np.pi * (doy - 15) / 365.25)
        + 4 * np.cos(2 * np.pi * (hour - 15) / 24)
        + anomaly[np.arange(hours.size) // 24]
        + rng.normal(0, 0.7, hours.size)
    )
    kept = rng.random(hours.size) >= lost
    return pd.Series(temp[kept], index=hours[kept], name="temp")


def _after(t: np.ndarray, at: int | None) -> np.ndarray:
    return np.zeros(t.size, bool) if at is None else t >= at


_HAM = {
    "open": ["this song", "the chorus", "her voice", "this video", "the guitar solo", "the drummer", "this part"],
    "verb": ["is amazing", "gives me chills", "never gets old", "is so good", "made my day", "brings back memories"],
    "tail": [
        "",
        "",
        " love it",
        " :)",
        " who is listening in 2024",
        " check the lyrics, they are deep",
        " 10/10",
        " thanks for sharing",
    ],
}
_SPAM = {
    "open": [
        "check out my channel",
        "subscribe to my channel",
        "visit my page",
        "free gift cards",
        "win an iphone",
        "earn money fast",
    ],
    "verb": ["", " please", " now", " today", " for real"],
    "tail": [" http://bit.ly/x{k}", " www.promo{k}.com", "!!!", " :)", "", " i post music too"],
}


def comments(n: int = 1000, seed: int = 0, *, spam_rate: float = 0.3, spaced: float = 0.0) -> pd.DataFrame:
    """``n`` generated video comments with ``label`` 1 for spam and 0 for ham.

    Built from phrase templates with overlap between the classes (ham can say
    "check the lyrics", spam can be plain), so no single keyword is perfect.
    About 15% of spam (of the rest, when ``spaced`` is set) is plain praise, and
    some of it ("her voice is so good") is word for word the same as ham: no
    model that reads only the text can get all of it right.

    ``spaced`` is the share of spam that hides its pitch in spaced letters after
    praise ("her voice is amazing s u b s c r i b e   t o   m y ..."): a person
    reads through it, a word-level model sees only the praise. The default, 0,
    draws nothing more from the generator, so the corpus is the same as without it.
    """
    _check_size(n)
    if not 0 <= spam_rate <= 1:
        raise ValueError(f"spam_rate must lie in [0, 1], got {spam_rate}")
    if not 0 <= spaced <= 1:
        raise ValueError(f"spaced must lie in [0, 1] (a share of the spam), got {spaced}")
    rng = np.random.default_rng(seed)
    labels = (rng.random(n) < spam_rate).astype(int)
    texts = [_spam_text(rng, spaced) if label else _ham_text(rng) for label in labels]
    return pd.DataFrame({"text": texts, "label": labels})


def _pick(rng: np.random.Generator, options: list[str]) -> str:
    return options[rng.integers(len(options))]


def _ham_text(rng: np.random.Generator) -> str:
    text = f"{_pick(rng, _HAM['open'])} {_pick(rng, _HAM['verb'])}{_pick(rng, _HAM['tail'])}"
    return text.upper() if rng.random() < 0.05 else text


def _spam_text(rng: np.random.Generator, spaced: float = 0.0) -> str:
    if spaced and rng.random() < spaced:  # no draw when spaced == 0: the default corpus is unchanged
        praise = f"{_pick(rng, _HAM['open'])} {_pick(rng, _HAM['verb'])}"
        return f"{praise} {' '.join(_pick(rng, _SPAM['open']))}"
    if rng.random() < 0.15:  # spam that looks like praise, often with nothing to give it away
        praise = f"{_pick(rng, _HAM['open'])} {_pick(rng, _HAM['verb'])}"
        return praise + _pick(rng, [" i post music too", " :)", "", " 10/10"])
    tail = _pick(rng, _SPAM["tail"]).format(k=rng.integers(100))
    text = f"{_pick(rng, _SPAM['open'])}{_pick(rng, _SPAM['verb'])}{tail}"
    return text.upper() if rng.random() < 0.25 else text

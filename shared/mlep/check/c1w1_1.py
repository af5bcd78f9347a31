"""Checks for c1w1_1's exercises (the ML project lifecycle)."""

from __future__ import annotations

import numpy as np
from scipy.special import expit, logit
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

from mlep import data, monitoring
from mlep.check import exercise

NUMERIC = ["age", "education_num", "hours_per_week", "capital_gain"]
FEATURES = [*NUMERIC, "occupation"]  # the notebook's scope: no protected attribute


def _split(frame):
    return train_test_split(frame, test_size=0.3, stratify=frame["income"], random_state=0)


def _fit(frame):
    features = ColumnTransformer(
        [
            ("numeric", StandardScaler(), NUMERIC),
            ("categorical", OneHotEncoder(handle_unknown="ignore"), ["occupation"]),
        ]
    )
    model = make_pipeline(features, LogisticRegression(max_iter=1000, random_state=0))
    return model.fit(frame[FEATURES], frame["income"])


def _month(month, n=1000, concept_shift=1.0):
    """The notebook's production month: partner customers from month 5, with a concept shift."""
    partner = month >= 5
    frame = data.census(n, seed=100 + month, drift=1.0 if partner else 0.0)
    probability = expit(logit(data.census_probability(frame)) - (concept_shift if partner else 0.0))
    frame["income"] = (np.random.default_rng(200 + month).random(n) < probability).astype(int)
    return frame


def _errors(model, frame):
    return int((model.predict(frame[FEATURES]) != frame["income"]).sum())


@exercise(wrong=[0, 0.098, -98, 379, 281])  # no effect, a share, the sign, one model's count
def c1w1_1_label_delay_errors(answer: int) -> tuple[bool, str]:
    """Extra month-6 errors when the model retrained on month 5 serves only from month 7."""
    if isinstance(answer, float) and not float(answer).is_integer():
        return False, "count applicants: an int, not a share or an accuracy difference"
    original = _fit(_split(data.census(3000, seed=0))[0])
    new_train, holdout = _split(_month(5))
    challenger = _fit(new_train)
    gated = challenger if _errors(challenger, holdout) < _errors(original, holdout) else original
    month6 = _month(6)
    expected = _errors(original, month6) - _errors(gated, month6)
    if int(answer) == expected:
        return True, "month 6 is served by a model that learned where the same profile earned more"
    if int(answer) == -expected:
        return False, "the sign: count the original model's errors minus the retrained model's"
    return False, "compare the two models on month 6 only, counting wrong predictions of each"


@exercise(wrong=[8, 10, 6, 0])  # 8: the partner's shift or 50 bins; 10: the first on the notebook's grid
def c1w1_1_js_detectable_shift(answer: int) -> tuple[bool, str]:
    """Smallest whole-hour shift of the training hours at which the 10-bin JS divergence exceeds 0.1."""
    hours = _split(data.census(3000, seed=0))[0]["hours_per_week"].to_numpy(dtype=float)
    expected = next(k for k in range(1, 31) if monitoring.js_divergence(hours, hours + k) > 0.1)
    if float(answer) == expected:
        return True, "about 0.8 SD: a JS threshold of 0.1 waits for shifts that PSI already calls major"
    if float(answer) < expected:
        return False, "at that shift the divergence is still at or below 0.1: try larger shifts"
    return False, "a smaller shift already exceeds 0.1: look for the first one"

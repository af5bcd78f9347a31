"""Checks for c1w3_4's exercises (scoping a loan pre-screen)."""

from __future__ import annotations

import functools

import numpy as np
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

from mlep import data
from mlep.check import close, exercise

FEATURES = ["age", "education_num", "hours_per_week", "capital_gain", "occupation"]  # no protected attribute
THRESHOLDS = np.round(np.arange(0.02, 0.8, 0.01), 2)
N, PROFIT, REVIEW_COST, ML_COST, RULE_COST = 10_000, 200, 60, 6_000, 500


@functools.cache
def _case():
    """The notebook's archive, splits and chosen model (the logistic regression), recomputed."""
    archive = data.census(6000, seed=0)
    train, rest = train_test_split(archive, test_size=0.5, stratify=archive.income, random_state=0)
    valid, test = train_test_split(rest, test_size=0.5, stratify=rest.income, random_state=0)
    encode = ColumnTransformer(
        [
            ("numeric", StandardScaler(), FEATURES[:4]),
            ("categorical", OneHotEncoder(handle_unknown="ignore", sparse_output=False), FEATURES[4:]),
        ]
    )
    model = make_pipeline(encode, LogisticRegression(max_iter=1000, random_state=0)).fit(train[FEATURES], train.income)
    return archive.income.mean(), valid, test, model


def _screen(sent, qualified):
    sent, qualified = np.asarray(sent, bool), np.asarray(qualified) == 1
    return sent.mean(), sent[qualified].mean()


def _value(sent, recall, running_cost, review_cost=REVIEW_COST):
    qualified_share = _case()[0]
    return N * (1 - sent) * review_cost - N * qualified_share * (1 - recall) * PROFIT - running_cost


def _best_threshold(review_cost):
    _, valid, _, model = _case()
    scores = model.predict_proba(valid[FEATURES])[:, 1]
    values = [_value(*_screen(scores >= t, valid.income), ML_COST, review_cost) for t in THRESHOLDS]
    return float(THRESHOLDS[int(np.argmax(values))])


@exercise(wrong=[0.26, 0.4, 0.3])
def c1w3_4_threshold_at_dearer_review(answer: float) -> tuple[bool, str]:
    """The value-maximizing validation threshold of the chosen model when a review costs 80 dollars."""
    expected = _best_threshold(80)
    if close(answer, expected, abs_=0.005):
        return True, "dearer reviews pay only for likelier applicants; the sweep lands near review cost / profit"
    if close(answer, _best_threshold(REVIEW_COST), abs_=0.005):
        return False, "that is the threshold at 60 dollars: pass the changed assumptions to the sweep"
    if close(answer, 80 / PROFIT, abs_=0.005):
        return False, "that is the economic formula; the exercise asks where the measured sweep peaks"
    return False, "take the threshold of the grid with the highest monthly value on validation, at 80 dollars"


# Wrong answers a learner gives, from the notebook's value table (they are rejected whatever the data): the
# assumed running cost; the value over the rule (forgetting the 6,000 dollars already paid); the value
# over the status quo; and the break-even against the status quo instead of the rule.
@exercise(wrong=[6_000, 41_300, 123_333, 129_333])
def c1w3_4_break_even_running_cost(answer: float) -> tuple[bool, str]:
    """The running cost at which the chosen model's test value equals the rule's."""
    _, valid, test, model = _case()
    threshold = _best_threshold(REVIEW_COST)
    ml = _value(*_screen(model.predict_proba(test[FEATURES])[:, 1] >= threshold, test.income), 0.0)
    rule_sent = (test.education_num >= 13) | test.occupation.isin(["Exec-managerial", "Prof-specialty"])
    expected = ml - _value(*_screen(rule_sent, test.income), RULE_COST)
    if close(answer, expected, rel=0.005):
        return True, "beyond that running cost the fixed rule is the better buy"
    if close(answer, expected - ML_COST, rel=0.005):
        return False, "that is the value over the rule at today's running cost: add the cost the model already pays"
    if close(answer, ml, rel=0.005):
        return False, "that is where the model breaks even with the status quo: compare it with the rule instead"
    if close(answer, ml - ML_COST, rel=0.005):
        return False, "that is the value over the status quo: the break-even is against the rule's value"
    return False, "solve monthly_value(sent, recall, cost) = the rule's value for the cost, on the test split"


def _gaps(frame, model, threshold):
    """Approval-rate and recall gaps between the sexes (largest minus smallest) on one split."""
    sent = model.predict_proba(frame[FEATURES])[:, 1] >= threshold
    qualified = frame.income.to_numpy() == 1
    groups = [(frame.sex == sex).to_numpy() for sex in ("Female", "Male")]
    approval = [sent[group].mean() for group in groups]
    recall = [sent[qualified & group].mean() for group in groups]
    return abs(approval[0] - approval[1]), abs(recall[0] - recall[1])


# Wrong answers a learner gives: no gap; validation's approval-rate gap (0.016); the test split's recall gap
# (0.007); men minus women (-0.048), the sign of `group_gaps`; the gap of `model.predict`, at 0.5 instead of
# the chosen threshold (0.063).
@exercise(wrong=[0.0, 0.016, 0.007, -0.048, 0.063, 0.5])
def c1w3_4_validation_recall_gap(answer: float) -> tuple[bool, str]:
    """The recall gap between the sexes of the chosen model on validation, at its chosen threshold."""
    _, valid, test, model = _case()
    threshold = _best_threshold(REVIEW_COST)
    approval_gap, expected = _gaps(valid, model, threshold)
    if close(answer, expected, abs_=0.0005):
        return True, "compare it with the test gap: the two splits differ by sampling noise alone"
    if close(abs(answer), approval_gap, abs_=0.0015):
        return False, "that is the gap of approval rates (all applicants); recall looks at qualified ones only"
    if close(abs(answer), _gaps(test, model, threshold)[1], abs_=0.0015):
        return False, "that is the test split's gap: score the validation split instead"
    if close(answer, -expected, abs_=0.0005):
        return False, "right size, wrong sign: the gap is the largest group's recall minus the smallest's"
    if close(abs(answer), _gaps(valid, model, 0.5)[1], abs_=0.0015):
        return False, "that is the gap at 0.5 (model.predict): send to review at the chosen threshold instead"
    return False, "recall per group on validation's qualified applicants, then largest minus smallest"

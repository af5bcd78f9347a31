"""Checks for c1w2_1's exercises (modeling and baselines).

The truth is recomputed from the notebook's generator, copied here so that the checks do not depend on
the learner's kernel: the same constants, the same seeds.
"""

from __future__ import annotations

from functools import cache

import numpy as np
import pandas as pd

from mlep.check import close, exercise

COMMAND_SHARE = [0.33, 0.25, 0.20, 0.19, 0.03]
EMERGENCY, CALL_HOME = 4, 3
SIGNAL = {"clean": 3.6, "car noise": 3.6, "people noise": 3.0, "low bandwidth": 1.6}
CONDITION_SHARE = {"clean": 0.56, "car noise": 0.04, "people noise": 0.22, "low bandwidth": 0.18}
CAR_SWAP = [2, 3, 0, 1, 4]


def _means() -> np.ndarray:
    means = np.eye(len(COMMAND_SHARE))
    means[EMERGENCY, CALL_HOME] = means[CALL_HOME, EMERGENCY] = 0.5
    return means


def _clips(n: int, seed: int, car_share: float = 0.04) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Features (5 scores, hum, bandwidth), command and condition, as the notebook's speech_clips."""
    rng = np.random.default_rng(seed)
    command = rng.choice(len(COMMAND_SHARE), n, p=COMMAND_SHARE)
    share = pd.Series(CONDITION_SHARE)
    share["clean"] += share["car noise"] - car_share
    share["car noise"] = car_share
    condition = rng.choice(share.index, n, p=share.to_numpy())
    signal = pd.Series(condition).map(SIGNAL).to_numpy()[:, None]
    scores = rng.normal(0, 1, (n, len(COMMAND_SHARE))) + signal * _means()[command]
    in_car = condition == "car noise"
    scores[in_car] = scores[in_car][:, CAR_SWAP]
    hum = rng.normal(np.where(in_car, 3.0, 0.0), 0.5)
    bandwidth = np.where(condition == "low bandwidth", 4.0, 16.0) + rng.normal(0, 0.5, n)
    return np.column_stack([scores, hum, bandwidth]), command, condition


def _posterior(features: np.ndarray, condition: np.ndarray) -> np.ndarray:
    """P(command | scores, condition), with the car's swap undone."""
    scores = features[:, : len(COMMAND_SHARE)].copy()
    in_car = condition == "car noise"
    scores[in_car] = scores[in_car][:, np.argsort(CAR_SWAP)]
    signal = pd.Series(condition).map(SIGNAL).to_numpy()[:, None, None]
    log_joint = -0.5 * ((scores[:, None, :] - signal * _means()) ** 2).sum(axis=2) + np.log(COMMAND_SHARE)
    log_joint -= log_joint.max(axis=1, keepdims=True)
    joint = np.exp(log_joint)
    return joint / joint.sum(axis=1, keepdims=True)


@cache
def _test() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return _clips(8000, seed=1)


@cache
def _forest_emergency(weight: float) -> tuple[float, float]:
    """Emergency (recall, precision) on the test clips of the forest trained with that emergency weight."""
    from sklearn.ensemble import RandomForestClassifier

    features, command, _ = _clips(6000, seed=0, car_share=0.01)
    forest = RandomForestClassifier(n_estimators=100, min_samples_leaf=3, random_state=0, n_jobs=1)
    if weight == 1.0:  # no sample_weight at all, as the notebook's forest (weights change how sklearn bootstraps)
        forest.fit(features, command)
    else:
        forest.fit(features, command, sample_weight=np.where(command == EMERGENCY, weight, 1.0))
    test_features, test_command, _ = _test()
    says = forest.predict(test_features) == EMERGENCY
    truth = test_command == EMERGENCY
    return float(says[truth].mean()), float(truth[says].mean())


def _bayes_emergency(threshold: float | None) -> tuple[float, float]:
    """Emergency (recall, precision) of the Bayes posterior, by argmax or by a threshold on the emergency."""
    features, command, condition = _test()
    posterior = _posterior(features, condition)
    decided = posterior.argmax(axis=1)
    if threshold is not None:
        decided = np.where(posterior[:, EMERGENCY] > threshold, EMERGENCY, decided)
    says, truth = decided == EMERGENCY, command == EMERGENCY
    return float(says[truth].mean()), float(truth[says].mean())


@exercise(wrong=[0.556, 0.519, 0.917, 0.406, 1.0, 0.842])  # 0.842: the threshold 1/10 instead of 1/11
def c1w2_1_emergency_recall_at_cost(answer: float) -> tuple[bool, str]:
    """Emergency recall of the cost-minimising decision (emergency when its posterior exceeds 1/11)."""
    recall, precision = _bayes_emergency(1 / 11)
    argmax_recall, _ = _bayes_emergency(None)
    if close(answer, recall, rel=0.0, abs_=0.003):
        return True, (
            f"the cost-minimising decision trades precision ({precision:.2f}) for recall: it finds far more "
            "emergencies than the accuracy-optimal Bayes classifier, from the same posterior, with no new model"
        )
    if close(answer, _bayes_emergency(0.1)[0], rel=0.0, abs_=0.003):
        return False, "that is the threshold 1/10: 'emergency' costs less when 10 p > 1 - p, that is when p > 1/11"
    if close(answer, argmax_recall, rel=0.0, abs_=0.01):
        return False, "that is the recall of the argmax decision: say 'emergency' whenever its posterior exceeds 1/11"
    if close(answer, precision, rel=0.0, abs_=0.003):
        return False, "that is the precision of the decision; the exercise asks for its recall on the emergency clips"
    return False, (
        "compute, over the test clips whose true command is the emergency, the share your decision calls an "
        "emergency; the decision uses the threshold 1/11 on the emergency's posterior, the argmax otherwise"
    )


@exercise(wrong=[0.740, 0.726, 0.0, 1.0])
def c1w2_1_weighted_forest_precision(answer: float) -> tuple[bool, str]:
    """Emergency precision of the forest trained with emergency clips weighted 10."""
    recall, precision = _forest_emergency(10.0)
    plain_recall, plain_precision = _forest_emergency(1.0)
    if close(answer, precision, rel=0.0, abs_=0.003):
        return True, (
            f"weighting the rare class raised its recall from {plain_recall:.2f} to {recall:.2f} and cost "
            f"precision ({plain_precision:.2f} before): the same trade as a lower threshold"
        )
    if close(answer, plain_precision, rel=0.0, abs_=0.003):
        return False, "that is the unweighted forest's precision: pass sample_weight to fit"
    if close(answer, recall, rel=0.0, abs_=0.003):
        return (
            False,
            "that is the weighted forest's recall; precision is the share of its emergency alarms that are right",
        )
    return False, (
        "train on the same 6,000 clips with weight 10 for emergency clips and 1 for the others, then divide the "
        "true emergencies among its emergency predictions by its emergency predictions"
    )

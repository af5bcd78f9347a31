"""Checks for c2w2_2's exercises: a served z-score and the vocabulary ids of a serving batch.

Each check rebuilds the notebook's training data (``mlep.data.census(2000, seed=0)``) and recomputes
what the saved tf.Transform graph holds, with pandas.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from mlep.check import exercise

REQUESTED = ["Service", "Astronaut", "Sales"]


def _training_rows() -> pd.DataFrame:
    from mlep.data import census

    return census(2000, seed=0)


def _z(age: float, ddof: int) -> float:
    ages = _training_rows().age
    return float((age - ages.mean()) / ages.std(ddof=ddof))


def _wrong_z_scores() -> list[float]:
    ages = _training_rows().age
    return [
        _z(60, ddof=1),  # pandas' default std
        float((60 - ages.mean()) / ages.var(ddof=0)),  # divided by the variance
        float((60 - ages.min()) / np.ptp(ages)),  # min-max scaling
        (60 - 39) / 12,  # the generator's mean and spread, not the training rows' statistics
    ]


@exercise(wrong=[*_wrong_z_scores(), 0.0])
def tft_age_z_of_sixty(answer: float) -> tuple[bool, str]:
    """The z-score tf.Transform's graph gives age 60: (60 - mean) / population std of the training ages."""
    value = float(answer)
    if abs(value - _z(60, ddof=0)) <= 5e-5:
        return True, (
            "scale_to_z_score divides by the population standard deviation (ddof=0) of the training ages, "
            "the constant baked into the graph"
        )
    if abs(value - _z(60, ddof=1)) <= 5e-5:
        return False, "close, but that is pandas' default sample standard deviation (ddof=1); tf.Transform uses ddof=0"
    if abs(value - (60 - 39) / 12) <= 5e-5:
        return False, "that uses the generator's parameters; the graph holds the statistics of the 2,000 training rows"
    return False, "subtract the training mean of age and divide by its standard deviation over the training rows"


def _vocabulary_ids() -> dict[str, int]:
    counts = _training_rows().occupation.value_counts()
    return {word: i for i, word in enumerate(counts.index)}


@exercise(wrong=[[5, -1, 4], [3, 6, 4], [5, 6, 4], [3, 0, 4], [4, -1, 5]])  # alphabetical, OOV bucket, 1-based
def tft_occupation_ids_at_serving(answer: list[int]) -> tuple[bool, str]:
    """Ids of Service, Astronaut (unseen) and Sales: frequency rank in training, -1 for an unseen value."""
    ids = _vocabulary_ids()
    expected = [ids.get(word, -1) for word in REQUESTED]
    given = [int(v) for v in answer]
    if len(given) != len(REQUESTED):
        return False, f"give one id per request, {len(REQUESTED)} in all"
    if given == expected:
        return True, (
            "the vocabulary is ordered by training frequency, most frequent first, and with num_oov_buckets=0 "
            "an unseen value gets default_value=-1"
        )
    if given[1] != expected[1]:
        return (
            False,
            "look again at the unseen value: what does the vocabulary lookup return with no OOV buckets?",
        )
    alphabetical = {word: i for i, word in enumerate(sorted(ids))}
    if given == [alphabetical.get(word, -1) for word in REQUESTED]:
        return False, "the vocabulary is not alphabetical: tf.Transform orders it by frequency"
    return False, "the id of a known value is its rank in the vocabulary file, most frequent first, counting from 0"

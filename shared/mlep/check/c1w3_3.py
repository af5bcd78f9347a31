"""Checks for c1w3_3's exercises (metadata, provenance and lineage)."""

from __future__ import annotations

import hashlib
import json

from mlep.check import exercise

# A literal, justified by the pipeline's shape rather than by its numbers: the day-3 batch is read only by
# the transform of day 4 (training set v2), which feeds only model v2, which makes only its predictions.
# Model v1 and its training set were made on day 2, before the batch existed. Rerunning the pipeline
# here would cost seconds and could only restate this.
IMPACTED = ["model v2", "predictions of model v2", "training set v2 (days 1-4)"]


# Wrong answers a learner gives: a walk that stops early; one that strays into model v1; ids instead of names;
# an unsorted list; and a walk that keeps its starting batch (the query's `WHERE artifact_id != ?` left out).
@exercise(
    wrong=[
        IMPACTED[2:],
        [*IMPACTED, "model v1"],
        [7, 8, 11],
        list(reversed(IMPACTED)),
        sorted([*IMPACTED, "census day 3"]),
    ]
)
def c1w3_3_downstream_names(answer: list[str]) -> tuple[bool, str]:
    """Names of the artifacts downstream of the broken day-3 batch, sorted."""
    if not isinstance(answer, list) or not all(isinstance(name, str) for name in answer):
        return False, "give a list of artifact names (str), as the artifacts table stores them"
    if answer == IMPACTED:
        return True, "day 3 reaches model v2 through its training set, and model v2's predictions through it"
    if sorted(answer) == IMPACTED:
        return False, "the right names, but sort the list"
    if set(answer) < set(IMPACTED):
        return False, "only part of it: keep walking forward, through every execution, to the last artifact"
    if "census day 3" in answer:
        return False, "leave out the day-3 batch itself: the question is what depends on it"
    if any("v1" in name for name in answer):
        return False, "model v1 and its predictions were made from days 1 and 2 only: they are not downstream of day 3"
    return False, "walk forward from the day-3 batch: input events to executions, their output events to artifacts"


def _canonical_sha256(frame) -> str:
    """SHA-256 of the notebook's canonical serialization: a JSON line of dtypes, then sorted-column CSV."""
    columns = sorted(frame.columns)
    dtypes = json.dumps({column: str(frame[column].dtype) for column in columns})
    body = frame[columns].to_csv(index=False, float_format="%.17g", lineterminator="\n")
    return hashlib.sha256((dtypes + "\n" + body).encode()).hexdigest()


def _raw_batch(day: int):
    """The notebook's raw batch of one day; day 3's export dropped a column."""
    import mlep.data

    frame = mlep.data.census(600, seed=10 + day)
    return mlep.data.inject_anomalies(frame, ["missing_column"], seed=day) if day == 3 else frame


def _training_set(days: tuple[int, ...]):
    """The notebook's transform over the census batches of the given days."""
    import pandas as pd

    numeric = ["education_num", "hours_per_week", "capital_gain"]
    raw = pd.concat([_raw_batch(day) for day in days], ignore_index=True)
    frame = raw.reindex(columns=[*numeric, "occupation", "income"])
    frame[numeric] = frame[numeric].apply(pd.to_numeric, errors="coerce").fillna(0)
    return frame


# Wrong answers a learner gives, from the notebook's artifact table: a made-up prefix, an empty string, a number,
# the raw batch of day 1 ("00eef6711e37"), training set v2 ("14010268354a", the set of the other model) and the
# hash of model v1 itself ("5b4089bfe876", whose pickled bytes are not recomputed here).
@exercise(wrong=["0123456789ab", "", 12, "00eef6711e37", "14010268354a", "5b4089bfe876"])
def c1w3_3_training_set_v1_version(answer: str) -> tuple[bool, str]:
    """First 12 hex characters of the content hash of model v1's training set."""
    if not isinstance(answer, str):
        return False, "give the hash prefix as a str of 12 hexadecimal characters"
    if len(answer) != 12:
        return False, "give exactly the first 12 hexadecimal characters"
    if answer == _canonical_sha256(_training_set((1, 2)))[:12]:
        return True, "the lineage names the training set; rehashing its stored frame confirms the version"
    if answer in {_canonical_sha256(_raw_batch(day))[:12] for day in (1, 2)}:
        return False, "that is a raw batch; model v1 was trained on the transformed set made from days 1 and 2"
    if answer == _canonical_sha256(_training_set((1, 2, 3, 4)))[:12]:
        return False, "that is training set v2, model v2's: walk the lineage of model v1, not of the latest model"
    return False, "walk model v1's lineage to the TrainingSet artifact and read its content_hash"

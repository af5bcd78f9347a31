"""Checks for c2w3_1's exercises (data journey, provenance and ML metadata)."""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

from mlep.check import exercise


def _export(version: str):
    """The notebook's raw export v1 or v2, as the pipeline's landing file holds it (before any overwrite)."""
    import numpy as np

    import mlep.data

    n = 1000
    if version == "v1":
        frame = mlep.data.census(n, seed=1, anomalies=["out_of_range"])
        return frame.assign(record_id=[f"v1-{i:04d}" for i in range(n)])[["record_id", *frame.columns]]
    rng = np.random.default_rng(2)
    frame = mlep.data.census(n, seed=2, anomalies=["out_of_range"])
    frame.insert(4, "hours_worked", frame.pop("hours_per_week") + rng.choice([0.0, 0.5], n))
    frame["capital_gain"] = frame["capital_gain"].astype("int64")
    frame["workclass"] = rng.choice(["Private", "Self-employed", "Government"], n, p=[0.7, 0.15, 0.15])
    return frame.assign(record_id=[f"v2-{i:04d}" for i in range(n)])[["record_id", *frame.columns]]


def _file_sha256(version: str) -> str:
    """SHA-256 of the export written as CSV, the way the notebook writes its landing files."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"census_{version}.csv"
        _export(version).to_csv(path, index=False)
        return hashlib.sha256(path.read_bytes()).hexdigest()


@exercise(wrong=["", "0123456789ab", 12, "9d69c6b1", "8116e6a8a96c"])
def c2w3_1_raw_sha_of_model_v2(answer: str) -> tuple[bool, str]:
    """First 12 hex characters of the SHA-256 the ingest step recorded for model v2's landing file."""
    if not isinstance(answer, str):
        return False, "give the hash prefix as a str of 12 hexadecimal characters"
    if len(answer) == 8:
        return False, "that looks like MLflow's 8-character dataset digest; the ingest step tagged the file's SHA-256"
    if len(answer) != 12:
        return False, "give exactly the first 12 hexadecimal characters"
    if answer == _file_sha256("v2")[:12]:
        return True, "train <- transform <- validate <- ingest: the last link's input tag holds the file's SHA-256"
    if answer == _file_sha256("v1")[:12]:
        return False, "that is the v1 export, model v1's; start from model_v2's source run"
    return False, "walk from mlflow.get_logged_model(model_v2).source_run_id through each input's source to ingest"


# A literal, justified by MLflow's rule the notebook measures (mlflow.models.utils, MLflow 3.17): v1's
# hours are int64 and an int64 column is converted to double only when it holds nothing but 0 and 1;
# v1's capital gain is float64, and a double is never converted to long. The other two columns keep
# their v1 types. Recomputing it here would mean rerunning the pipeline (seconds) to restate the rule.
REFUSED_BY_MODEL_V2 = ["capital_gain", "hours_worked"]


@exercise(wrong=[["hours_worked"], ["capital_gain"], [], ["hours_worked", "capital_gain"]])
def c2w3_1_columns_refused_by_model_v2(answer: list[str]) -> tuple[bool, str]:
    """The columns of the renamed v1 eval rows that model v2's signature refuses, sorted."""
    if not isinstance(answer, list) or not all(isinstance(name, str) for name in answer):
        return False, "give a list of column names (str)"
    if answer == REFUSED_BY_MODEL_V2:
        return True, "a double is never narrowed to long, and an int64 is widened to double only if it holds 0s and 1s"
    if sorted(answer) == REFUSED_BY_MODEL_V2:
        return False, "the right columns, but sort the list"
    if answer == ["hours_worked"]:
        return False, "MLflow stops at the first refused column: put each v1 column alone into rows the model accepts"
    if answer == ["capital_gain"]:
        return False, "widening is not always accepted: look again at what happened to an int64 column"
    return False, "test each of the four signature columns on its own, with the other three from eval_rows_v2"

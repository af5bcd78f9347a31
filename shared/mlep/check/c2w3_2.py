"""Checks for c2w3_2's exercises (feature stores: point-in-time join and materialization)."""

from __future__ import annotations

from typing import Any

import pandas as pd

from mlep.check import exercise

EX_TTL = "3 days"
EX_SNAPSHOTS = {
    "holder": ["a", "a", "a", "b", "b"],
    "ts": pd.to_datetime(["2024-03-01", "2024-03-03", "2024-03-08", "2024-03-02", "2024-03-10"], format="ISO8601"),
    "value": [10, 11, 12, 20, 21],
}
EX_EVENTS = {  # the last event is exactly one TTL after b's row of 2 March: the bound is inclusive
    "holder": ["a", "a", "a", "b", "b", "b"],
    "ts": pd.to_datetime(
        ["2024-03-03", "2024-03-07 12:00", "2024-03-09", "2024-03-04", "2024-03-01", "2024-03-05"], format="ISO8601"
    ),
}
MATERIALIZE_START, MATERIALIZE_END, INCREMENTAL_END = "2024-03-01", "2024-03-05", "2024-03-09"


def _pit_values() -> list[int | None]:
    """Latest snapshot at or before each event, within the TTL, written as a plain loop."""
    snaps = pd.DataFrame(EX_SNAPSHOTS)
    out: list[int | None] = []
    for holder, ts in zip(EX_EVENTS["holder"], EX_EVENTS["ts"], strict=True):
        ok = snaps[(snaps.holder == holder) & (snaps.ts <= ts) & (snaps.ts >= ts - pd.Timedelta(EX_TTL))]
        out.append(int(ok.sort_values("ts").value.iloc[-1]) if len(ok) else None)
    return out


def _as_optional_ints(answer: Any) -> list[int | None]:
    return [None if v is None or pd.isna(v) else int(v) for v in list(answer)]


# wrong: exact matches excluded, no TTL, each holder's latest row, a forward look, a TTL bound made strict
@exercise(
    wrong=[
        [10, None, 12, 20, None, 20],
        [11, 11, 12, 20, None, 20],
        [12, 12, 12, 21, 21, 21],
        [11, None, 12, 20, 20, 20],
        [11, None, 12, 20, None, None],
    ]
)
def c2w3_2_pit_values(answer: Any) -> tuple[bool, str]:
    """Point-in-time values of the exercise events, None where no row qualifies."""
    expected = _pit_values()
    got = _as_optional_ints(answer)
    if got == expected:
        return True, "backward as-of join per holder, exact timestamps included, rows older than the TTL dropped"
    if len(got) != len(expected):
        return False, f"give one value per event ({len(expected)}), in the order of ex_events"
    if got[4] is not None:
        return False, "an event before a holder's first row has no value: never look forward in time"
    if got[0] != expected[0]:
        return False, "a row stamped exactly at the event time is already known then: include exact matches"
    if got[1] is not None:
        return False, "check the TTL: a row older than the TTL before its event does not qualify"
    if got[5] is None:
        return False, "a row exactly one TTL old still qualifies: the bound is event - ttl <= feature timestamp"
    return False, "for each event, take the newest row of the same holder at or before the event"


def _online_after_materialize() -> dict[str, int]:
    """Each holder's newest row stamped in [start, end] of either run (Feast's file store bounds are inclusive)."""
    snaps = pd.DataFrame(EX_SNAPSHOTS)
    loaded = snaps[(snaps.ts >= pd.Timestamp(MATERIALIZE_START)) & (snaps.ts <= pd.Timestamp(INCREMENTAL_END))]
    return {str(h): int(v) for h, v in loaded.sort_values("ts").groupby("holder").value.last().items()}


@exercise(wrong=[{"a": 12, "b": 21}, {"a": 11, "b": 20}, {"a": 12}, {"a": 12, "b": None}])
def c2w3_2_online_after_materialize(answer: Any) -> tuple[bool, str]:
    """Online values per holder after materialize then materialize_incremental."""
    expected = _online_after_materialize()
    got = {str(k): (None if v is None else int(v)) for k, v in dict(answer).items()}
    if got == expected:
        return True, "the incremental run overwrote a's value; b kept the value of the first run, the newest it has"
    if set(got) != set(expected):
        return False, "the first run loaded a value for every holder, and the online store keeps it until replaced"
    if got["b"] is None:
        return False, "the online store does not drop a value the incremental run did not touch"
    if got["a"] != expected["a"]:
        return (
            False,
            "the incremental run continues from the first run's end up to its own end: a has a newer row there",
        )
    return False, "rows stamped after the last end date are not in the online store yet"

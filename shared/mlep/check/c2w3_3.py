"""Checks for c2w3_3's exercises (data warehouse)."""

from __future__ import annotations

from typing import Any

import pandas as pd

from mlep.check import exercise

ORDERS = {"customer": ["a", "a", "b", "a", "b"], "day": [1, 3, 2, 7, 9], "amount": [10, 5, 7, 20, 1]}
EVENTS = {
    "customer": ["a", "a", "a", "b", "b", "c"],
    "ts": [
        "2024-01-31 00:00",
        "2024-02-20 09:30",
        "2024-03-01 00:00",
        "2024-01-15 12:00",
        "2024-02-29 23:59",
        "2024-03-05 08:00",
    ],
}
CUTOFF = pd.Timestamp("2024-03-01")


def _running_totals() -> list[int]:
    orders = pd.DataFrame(ORDERS).sort_values(["customer", "day"])
    return orders.groupby("customer").amount.cumsum().astype(int).tolist()


# wrong: no partition, no order, ordered by day across customers, raw amounts, right totals listed by day
@exercise(wrong=[[10, 15, 35, 42, 43], [35, 35, 35, 8, 8], [10, 17, 22, 42, 43], [10, 5, 20, 7, 1], [10, 7, 15, 35, 8]])
def c2w3_3_running_total(answer: Any) -> tuple[bool, str]:
    """Running total of amount per customer, ordered by customer then day."""
    expected = _running_totals()
    values = [int(v) for v in answer]
    if values == expected:
        return True, "SUM(...) OVER (PARTITION BY customer ORDER BY day) restarts the total for each customer"
    if len(values) != len(expected):
        return False, f"expected one running total per order ({len(expected)} values)"
    if values[-1] == sum(ORDERS["amount"]):
        return False, "the total runs across customers: partition the window by customer"
    if len(set(values[:3])) == 1:
        return False, "each order needs the total up to its own day: order the window by day"
    if sorted(values) == sorted(expected):
        return False, "the totals are right but listed in the wrong order: sort by customer, then day"
    return False, "sort the result by customer, then day, and sum amount over the customer's earlier orders"


def _recent_counts() -> dict[str, int]:
    events = pd.DataFrame(EVENTS).assign(ts=lambda f: pd.to_datetime(f.ts))
    window = (events.ts >= CUTOFF - pd.Timedelta(days=30)) & (events.ts < CUTOFF)
    return {c: int(n) for c, n in window.groupby(events.customer).sum().items()}


@exercise(wrong=[{"a": 3, "b": 1, "c": 0}, {"a": 2, "b": 2, "c": 0}, {"a": 1, "b": 1, "c": 0}, {"a": 2, "b": 1}])
def c2w3_3_point_in_time_count(answer: Any) -> tuple[bool, str]:
    """Orders per customer in [cutoff - 30 days, cutoff)."""
    expected = _recent_counts()
    got = {str(k): int(v) for k, v in dict(answer).items()}
    if got == expected:
        return True, "the window includes its start and excludes the cutoff itself, which is already the future"
    if set(got) != set(expected):
        return False, "every customer needs a count, including those with none in the window (0)"
    if got["a"] > expected["a"]:
        return False, "an order at the cutoff instant is not known before it: use ts < cutoff, not <="
    if got["b"] > expected["b"]:
        return False, "only the 30 days before the cutoff count: add the lower bound ts >= cutoff - 30 days"
    return False, "the lower bound is inclusive: an order exactly 30 days before the cutoff counts"

"""Checks for c1w1_4's exercises (deployment challenges)."""

from __future__ import annotations

import numpy as np

from mlep.check import exercise

N_FEATURES = 3  # education_num, hours_per_week, log_capital_gain


def _flops(
    n_features: int, hidden: list[int], bias: bool = True, normalization: bool = True, per_weight: int = 2
) -> int:
    """FLOPs per row as the notebook counts them: 3 per feature to normalize, 2 n_in n_out (+ n_out) per Dense.

    ``per_weight=1`` is the common mistake of counting one operation (a multiply-add) per weight.
    """
    sizes = [n_features, *hidden, 1]
    dense = sum(
        per_weight * n_in * n_out + (n_out if bias else 0) for n_in, n_out in zip(sizes, sizes[1:], strict=False)
    )
    return dense + (3 * n_features if normalization else 0)


@exercise(
    wrong=[
        _flops(N_FEATURES, [64, 32], bias=False),
        _flops(N_FEATURES, [64, 32], normalization=False),
        _flops(N_FEATURES, [64, 32], per_weight=1),
        _flops(N_FEATURES, [64, 32], bias=False, per_weight=1),
        _flops(N_FEATURES, [256, 128]),
    ]
)
def c1w1_4_flops_smaller_model(answer: int) -> tuple[bool, str]:
    """FLOPs per row of the 3-feature model with hidden layers of 64 and 32 units."""
    if int(answer) != answer:
        return False, "a FLOP count is a whole number"
    expected = _flops(N_FEATURES, [64, 32])
    if int(answer) == expected:
        return True, "every multiply, add and bias add, plus the normalization; the profiler agrees"
    if int(answer) == _flops(N_FEATURES, [64, 32], bias=False):
        return False, "close: each Dense layer also adds its bias, one FLOP per output unit"
    if int(answer) == _flops(N_FEATURES, [64, 32], normalization=False):
        return False, "close: the Normalization layer costs 3 FLOPs per feature too"
    if int(answer) in {
        _flops(N_FEATURES, [64, 32], per_weight=1),
        _flops(N_FEATURES, [64, 32], bias=False, per_weight=1),
    }:
        return (
            False,
            "that counts one operation per weight: a multiply and an add are two FLOPs, as the profiler counts",
        )
    return False, "count layer by layer: 3 -> 64 -> 32 -> 1, two FLOPs per weight of a Dense layer plus its biases"


def _smallest_batch(fixed: float = 4e-3, per_row: float = 5e-6, arrivals: float = 2000.0) -> int:
    return next(b for b in range(1, 100_000) if b / (fixed + per_row * b) >= arrivals)


@exercise(wrong=[8, 16, 1])
def c1w1_4_smallest_batch_that_keeps_up(answer: int) -> tuple[bool, str]:
    """Smallest batch b with b / (4 ms + 5 µs b) >= 2000 requests per second."""
    expected = _smallest_batch()
    if int(answer) != answer:
        return False, "a batch size is a whole number of rows"
    if int(answer) == expected:
        return True, "one row fewer and the capacity b / c(b) falls just below the arrival rate"
    if int(answer) == _smallest_batch(per_row=0.0):
        return False, "that ignores the 5 µs each row adds to the call: the call grows with the batch"
    if int(answer) > expected:
        return False, "that batch keeps up, but a smaller one already does: look for the smallest"
    return False, "at that size b / c(b) is still below 2,000 rows per second"


def _request_users() -> tuple[np.ndarray, np.ndarray]:
    """The notebook's users of each request, regenerated from its seeds."""
    n_requests = int(np.random.default_rng(0).poisson([300] * 5 + [600] * 5).sum())
    user_ids = np.array([f"user{i:04d}@example.com" for i in range(300)])
    user_rng = np.random.default_rng(1)
    activity = 1 / user_rng.permutation(np.arange(1, len(user_ids) + 1))
    return user_ids, user_rng.choice(user_ids, n_requests, p=activity / activity.sum())


def _ranked_users() -> list[str]:
    """The request users' raw ids, busiest first (ties in id order)."""
    _, requests = _request_users()
    ids, counts = np.unique(requests, return_counts=True)
    return [str(ids[i]) for i in np.argsort(-counts, kind="stable")]


# Real mistakes: the busiest and the second busiest (per_user.index[0] or [1]), the fourth (index[3], counting from 1)
@exercise(wrong=["user0000@example.com", "0123456789abcdef", 2, *(_ranked_users()[i] for i in (0, 1, 3))])
def c1w1_4_third_busiest_user(answer: str) -> tuple[bool, str]:
    """The raw id behind the third-busiest pseudonym."""
    if not isinstance(answer, str):
        return False, "give the raw id as a str, like 'user0123@example.com'"
    user_ids, requests = _request_users()
    counts = dict(zip(*np.unique(requests, return_counts=True), strict=True))
    third_count = sorted(counts.values(), reverse=True)[2]
    if "@" not in answer:
        return False, "that looks like a pseudonym: map it back to a raw id with a table of every user's pseudonym"
    if answer not in counts:
        return False, "no request in the log comes from that id"
    if counts[answer] == third_count:
        return True, "with the key, a table of every id's pseudonym undoes the pseudonymization"
    if counts[answer] == max(counts.values()):
        return False, "that is the busiest user; per_user is sorted, take the third entry"
    if counts[answer] > third_count:
        return False, "that user is busier than the third busiest: per_user.index[2] is the pseudonym to map"
    return False, "that user is less busy than the third busiest: positions count from 0, per_user.index[2]"

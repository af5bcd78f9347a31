"""Checks for c1w3_1's exercises (label consistency)."""

from __future__ import annotations

import numpy as np

from mlep.check import close, exercise

# The notebook's simulation constants: inspectors see a length with this error and slip on this share.
EYE_ERROR, SLIP_RATE, SPEC = 0.3, 0.02, 4.0
BEFORE_THRESHOLDS = np.array([1.5, SPEC, 6.5])  # Ana, Ben, Cai before the instruction
WORKLOAD = np.array([0.60, 0.25, 0.15])  # exercise 2's shares of the crops


@exercise(wrong=[0.52, 1.0, 0.5])
def c1w3_1_lazy_inspector_kappa(answer: float) -> tuple[bool, str]:
    """Cohen's kappa between an inspector who always says 'ok' and Ben after the instruction."""
    # A constant rater: p_o = P(Ben = 0) and p_e = 1 * P(Ben = 0) + 0 * P(Ben = 1), so kappa = 0 exactly.
    if close(answer, 0.0, rel=0, abs_=1e-6):
        return True, (
            "the lazy inspector agrees with Ben on every crop Ben calls ok, but exactly as often as chance "
            "predicts from their label frequencies (p_o = p_e), so kappa is 0 however high the raw agreement"
        )
    if 0.3 < float(answer) < 0.7:
        return False, "that looks like the raw agreement p_o; kappa corrects it by the chance agreement p_e"
    return False, "compute kappa = (p_o - p_e) / (1 - p_e) with cohen_kappa(lazy, pilot['after'].Ben)"


def _weighted_boundary() -> float:
    from scipy import optimize, stats

    def share(length: float) -> float:
        seen_above = (WORKLOAD * stats.norm.cdf((length - BEFORE_THRESHOLDS) / EYE_ERROR)).sum()
        return SLIP_RATE + (1 - 2 * SLIP_RATE) * seen_above

    return optimize.brentq(lambda length: share(length) - 0.5, 0.5, 7.5)


@exercise(wrong=[4.0, 1.5, float(WORKLOAD @ BEFORE_THRESHOLDS)])
def c1w3_1_weighted_label_boundary(answer: float) -> tuple[bool, str]:
    """The length at which half the labels of a team with unequal workloads say 'defect'."""
    expected = _weighted_boundary()
    if close(answer, expected, rel=0, abs_=0.02):
        return True, (
            "Ana's lenient rule now makes most of the labels, so the majority flips to 'defect' a little above "
            "her 1.5 px (her eye error moves it; the 2% slips, which flip labels both ways, do not move the point "
            "where half the labels say defect): unequal shares bias the team as a shifted rule would, and more "
            "data would learn that boundary, not the specification's 4 px"
        )
    if close(answer, SPEC, rel=0, abs_=0.05):
        return False, "that is the equal-share answer; with 60% of the labels, Ana's convention dominates"
    if close(answer, float(WORKLOAD @ BEFORE_THRESHOLDS), rel=0, abs_=0.05):
        return False, "a weighted mean of thresholds is not where half the labels say defect: solve share = 0.5"
    if close(answer, 1.5, rel=0, abs_=0.05):
        return False, "close, but the eye error moves the boundary above Ana's 1.5 px: solve share(length) = 0.5"
    return False, "solve SLIP + (1 - 2 SLIP) * sum_i w_i Phi((length - t_i) / EYE_ERROR) = 0.5 for the length"

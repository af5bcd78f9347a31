"""Checks for c2w1_2's exercises (labelling data)."""

from __future__ import annotations

import numpy as np

from mlep.check import close, exercise


@exercise(wrong=[0.7, 0.8369, 0.5282])
def majority_of_five_raters(answer: float) -> tuple[bool, str]:
    """P(the majority of 5 independent raters is right), each right with probability 0.7."""
    from math import comb

    expected = sum(comb(5, k) * 0.7**k * 0.3 ** (5 - k) for k in (3, 4, 5))
    if close(answer, expected, abs_=1e-4):
        return True, "the binomial tail: three or more of five right; it assumes the raters err independently"
    if close(answer, 0.7**3 * 0.3**2 * comb(5, 3), abs_=1e-4):
        return False, "that is exactly three right; the majority is also right with four or five"
    if close(answer, sum(comb(5, k) * 0.7**k * 0.3 ** (5 - k) for k in (4, 5)), abs_=1e-4):
        return False, "three of five is already a majority"
    return False, "add P(k raters right) for every k that makes a majority of 5"


@exercise(wrong=[0.02, 0.98, 0.7])
def reported_ham_share(answer: float) -> tuple[bool, str]:
    """Share of ham among the pool comments users reported (report rates 0.40 for spam, 0.02 for ham)."""
    from mlep import data

    gold = data.comments(5000, seed=21).label.to_numpy()[:4000]
    rng = np.random.default_rng(4)
    reported = rng.random(len(gold)) < np.where(gold == 1, 0.40, 0.02)
    expected = float(np.mean(gold[reported] == 0))
    if close(answer, expected, abs_=0.0005):
        return True, "ham is common but rarely reported, spam less common but often reported: Bayes' rule"
    if close(answer, 1 - expected, abs_=0.0005):
        return False, "that is the share of spam among reported comments; the question asks for ham"
    return False, "take the gold labels of the reported pool comments and compute the share that are ham (label 0)"

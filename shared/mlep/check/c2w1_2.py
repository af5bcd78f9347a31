"""Checks for c2w1_2's exercises (labelling data)."""

from __future__ import annotations

from mlep.check import close, exercise


@exercise(wrong=[0.7, 0.3087, 0.5282])
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


@exercise(wrong=[0.02, 0.107, 0.513, 0.95])
def reported_ham_share(answer: float) -> tuple[bool, str]:
    """Share of ham among reported comments when 5% are spam and reports catch 40% of spam, 2% of ham."""
    spam, p_spam, p_ham = 0.05, 0.40, 0.02
    expected = p_ham * (1 - spam) / (p_ham * (1 - spam) + p_spam * spam)
    if close(answer, expected, abs_=0.0005):
        return True, "with spam rare, 2% of the many ham comments rivals 40% of the few spam ones: Bayes' rule"
    if close(answer, 1 - expected, abs_=0.0005):
        return False, "that is the share of spam among reported comments; the question asks for ham"
    if close(answer, p_ham, abs_=0.0005) or close(answer, 1 - spam, abs_=0.0005):
        return False, "that ignores one side: weigh each report rate by how common its class is, then normalise"
    return False, "P(ham | reported) = P(reported | ham) P(ham) / P(reported), with P(ham) = 0.95 in the new community"

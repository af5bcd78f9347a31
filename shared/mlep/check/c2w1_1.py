"""Checks for c2w1_1's exercises (collecting data)."""

from __future__ import annotations

import numpy as np

from mlep.check import close, exercise


@exercise(wrong=[0.05, 0.1, 2.0, 0.6321, 0.5724])
def three_group_chi_square_p(answer: float) -> tuple[bool, str]:
    """Chi-square goodness-of-fit p-value of counts 30, 50, 20 against shares 0.25, 0.5, 0.25."""
    from scipy import stats

    expected = float(stats.chisquare([30, 50, 20], [25, 50, 25]).pvalue)
    if close(answer, expected, abs_=1e-4):
        return True, "above 0.05: a departure this size is common in samples of 100, so it is not significant"
    if close(answer, 2.0, abs_=1e-9) or close(answer, float(stats.chisquare([30, 50, 20], [25, 50, 25]).statistic)):
        return False, "that is the statistic; the question asks for its p-value (chi-square with 2 degrees of freedom)"
    if close(answer, float(stats.chi2.sf(2.0, 3)), abs_=1e-4):
        return False, "three categories give 3 - 1 = 2 degrees of freedom"
    if close(answer, 1 - expected, abs_=1e-4):
        return False, "that is the lower tail (the cdf); the p-value is the upper tail (sf)"
    return False, "compare the counts with 100 x the shares, sum (O - E)^2 / E and take the chi-square tail"


@exercise(wrong=[0.0, 1.0, 0.409, 17, 0.04393])
def unique_on_age_and_occupation(answer: float) -> tuple[bool, str]:
    """Share of the 50,000-person population that is the only one with its (age, occupation)."""
    from mlep import data

    population = data.census(50000, seed=5)
    sizes = population.groupby(["age", "occupation"]).age.transform("size")
    expected = float(np.mean(sizes == 1))
    if close(answer, expected, abs_=1e-5):
        return True, "two coarse columns single out few people; every column you add multiplies the combinations"
    groups = population.groupby(["age", "occupation"]).size()
    if close(answer, float(np.mean(groups == 1)), abs_=1e-5):
        return False, "that is a share of groups; the question asks for a share of people"
    count = int((sizes == 1).sum())
    if close(answer, count, abs_=0.5):
        return False, "that is a count; divide by the population size for the share"
    if answer > 0.1:
        return False, "that looks like the four-column share; use only age and occupation"
    return False, "group the population by age and occupation and take the share of groups of size one, per person"

"""Checks for c2w4_2's exercises (weak supervision on the generated comment corpus)."""

from __future__ import annotations

import re

import numpy as np

from mlep.check import close, exercise


def _pool():
    from mlep import data

    return data.comments(3000, seed=7).iloc[:2000].reset_index(drop=True)


def _corpus_coverage():
    from mlep import data

    texts = data.comments(3000, seed=7).text
    return float(np.mean([bool(re.search(r"\bplease\b", t, re.IGNORECASE)) for t in texts]))


@exercise(wrong=[0.0, 1.0, 0.5, 0.0385, 0.0477])
def please_lf_coverage(answer: float) -> tuple[bool, str]:
    """Share of the pool that contains the word 'please', any case."""
    texts = _pool().text
    expected = float(np.mean([bool(re.search(r"\bplease\b", t, re.IGNORECASE)) for t in texts]))
    if close(answer, expected, abs_=0.0005):
        return True, "coverage needs no gold labels: it is the share of comments the LF votes on"
    lowercase_only = float(np.mean(["please" in t for t in texts]))
    if close(answer, lowercase_only, abs_=0.0005):
        return False, "shouted comments are upper case: match 'please' in any case"
    if close(answer, _corpus_coverage(), abs_=0.0005):
        return False, "that is the whole corpus: coverage is measured on the 2,000-comment pool"
    return False, "coverage is the share of the 2,000 pool comments on which the LF does not abstain"


@exercise(wrong=[0.7, 1.0, 0.899, 0.9523, 0.8655])
def majority_vote_without_short(answer: float) -> tuple[bool, str]:
    """Majority-vote accuracy over the pool with the eight LFs other than 'short', undecided -> ham."""
    pool = _pool()
    spam_patterns = [r"http|www\.|\.com", r"my channel|my page", r"free|\bwin\b|earn|money|gift", r"!!!"]
    ham_patterns = [r"song|chorus|voice|guitar|drummer", r"lyrics|listening in|memories|chills", r":\)"]
    spam = np.array([sum(bool(re.search(p, t, re.I)) for p in spam_patterns) + t.isupper() for t in pool.text])
    ham = np.array([sum(bool(re.search(p, t, re.I)) for p in ham_patterns) for t in pool.text])
    gold = pool.label.to_numpy()
    expected = float(((spam > ham).astype(int) == gold).mean())
    if close(answer, expected, abs_=0.0005):
        return True, "dropping the bad LF helps majority vote, which cannot down-weight it by itself"
    decided = spam != ham
    if close(answer, float(((spam > ham).astype(int)[decided] == gold[decided]).mean()), abs_=0.0005):
        return False, "that is the accuracy on decided comments only: score all 2,000, undecided ones as ham"
    if close(answer, float(((spam >= ham).astype(int) == gold).mean()), abs_=0.0005):
        return False, "send ties and comments with no vote to ham, the majority class, not to spam"
    return False, "use the eight LFs other than 'short', majority vote per comment, ties and no votes -> ham"

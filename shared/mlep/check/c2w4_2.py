"""Checks for c2w4_2's exercises (weak supervision on the generated comment corpus)."""

from __future__ import annotations

import re

import numpy as np

from mlep.check import close, exercise


def _pool():
    from mlep import data

    return data.comments(3000, seed=7).iloc[:2000].reset_index(drop=True)


def _corpus_coverage(part=slice(None)):
    """Coverage of the 'please' LF on a part of the corpus: all of it, or the test set (rows 2000 on)."""
    from mlep import data

    texts = data.comments(3000, seed=7).text.iloc[part]
    return float(np.mean([bool(re.search(r"\bplease\b", t, re.IGNORECASE)) for t in texts]))


_TEST = slice(2000, None)


@exercise(wrong=[0.0, 1.0, 0.5, 0.0385, 0.0477, _corpus_coverage(_TEST), 100.0])  # 100: a count, not a share
def please_lf_coverage(answer: float) -> tuple[bool, str]:
    """Share of the pool that contains the word 'please', any case."""
    texts = _pool().text
    expected = float(np.mean([bool(re.search(r"\bplease\b", t, re.IGNORECASE)) for t in texts]))
    if close(answer, expected, rel=0, abs_=0.001):
        return True, "coverage needs no gold labels: it is the share of comments the LF votes on"
    lowercase_only = float(np.mean(["please" in t for t in texts]))
    if close(answer, lowercase_only, rel=0, abs_=0.001):
        return False, "shouted comments are upper case: match 'please' in any case"
    if close(answer, _corpus_coverage(), rel=0, abs_=0.001):
        return False, "that is the whole corpus: coverage is measured on the 2,000-comment pool"
    if close(answer, _corpus_coverage(_TEST), rel=0, abs_=0.001):
        return False, "that is the test set: coverage is measured on the 2,000-comment pool you label"
    return False, "coverage is the share of the 2,000 pool comments on which the LF does not abstain"


def _votes_without_short(frame):
    """Spam and ham vote counts per comment from the eight LFs other than 'short', and the gold labels."""
    spam_patterns = [r"http|www\.|\.com", r"my channel|my page", r"free|\bwin\b|earn|money|gift", r"!!!"]
    ham_patterns = [r"song|chorus|voice|guitar|drummer", r"lyrics|listening in|memories|chills", r":\)"]
    spam = np.array([sum(bool(re.search(p, t, re.I)) for p in spam_patterns) + t.isupper() for t in frame.text])
    ham = np.array([sum(bool(re.search(p, t, re.I)) for p in ham_patterns) for t in frame.text])
    return spam, ham, frame.label.to_numpy()


def _test_set_accuracy():
    from mlep import data

    spam, ham, gold = _votes_without_short(data.comments(3000, seed=7).iloc[_TEST])
    return float(((spam > ham).astype(int) == gold).mean())


@exercise(wrong=[0.7, 1.0, 0.899, 0.9523, 0.8655, _test_set_accuracy()])
def majority_vote_without_short(answer: float) -> tuple[bool, str]:
    """Majority-vote accuracy over the pool with the eight LFs other than 'short', undecided -> ham."""
    spam, ham, gold = _votes_without_short(_pool())
    expected = float(((spam > ham).astype(int) == gold).mean())
    if close(answer, expected, rel=0, abs_=0.001):
        return True, "dropping the bad LF helps majority vote, which cannot down-weight it by itself"
    decided = spam != ham
    if close(answer, float(((spam > ham).astype(int)[decided] == gold[decided]).mean()), rel=0, abs_=0.001):
        return False, "that is the accuracy on decided comments only: score all 2,000, undecided ones as ham"
    if close(answer, float(((spam >= ham).astype(int) == gold).mean()), rel=0, abs_=0.001):
        return False, "send ties and comments with no vote to ham, the majority class, not to spam"
    if close(answer, _test_set_accuracy(), rel=0, abs_=0.001):
        return False, "that is the test set: the question asks for the accuracy over the 2,000-comment pool"
    return False, "use the eight LFs other than 'short', majority vote per comment, ties and no votes -> ham"

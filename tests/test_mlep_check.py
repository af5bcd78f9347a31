"""mlep.check: every check rejects its wrong answers, and a notebook asserts it on the stored solution."""

import re

import pytest

import mlep.check
from mlep.check import BROKEN, REGISTRY, Verdict, exercise, load_all
from tests.notebooks import load, notebook_paths

CHECKS = load_all()
ASSERTED = re.compile(r"^assert mlep\.check\.(\w+)\(", re.M)


def graded_checks() -> dict[str, str]:
    """check name -> notebook id, for every autograded cell of every notebook."""
    found = {}
    for path in notebook_paths():
        for cell in load(path)["cells"]:
            if cell.get("metadata", {}).get("nbgrader", {}).get("grade"):
                for name in ASSERTED.findall("".join(cell["source"])):
                    found[name] = path.name.split("_")[0] + "_" + path.name.split("_")[1]
    return found


def test_every_check_module_imports():
    assert not BROKEN, f"check modules that fail to import: {BROKEN}"


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_check_rejects_its_wrong_answers(name, capsys):
    registered = CHECKS[name]
    for answer in registered.wrong:
        verdict = registered.check(answer)
        assert isinstance(verdict, Verdict) and not verdict, f"{name} accepted the wrong answer {answer!r}"
        assert capsys.readouterr().out.startswith("Not yet: "), f"{name} must say why it is wrong"


def test_every_check_is_asserted_by_its_notebook():
    graded = graded_checks()
    for name, registered in CHECKS.items():
        assert graded.get(name) == registered.notebook, f"no autograded cell of {registered.notebook} asserts {name}"
    assert set(graded) <= set(CHECKS), f"cells assert unknown checks: {set(graded) - set(CHECKS)}"


def test_a_check_says_why_and_never_crashes(capsys):
    @exercise(wrong=["x"])
    def _demo_number(answer):
        return mlep.check.close(answer, 2.0), "the answer is the number of classes"

    try:
        assert _demo_number(2.0) and str(_demo_number(2.0)).startswith("Right: ")
        verdict = _demo_number("two")
        assert not verdict and "wrong form" in verdict.why
    finally:
        del REGISTRY["_demo_number"]


def test_unknown_check_lists_the_known_ones():
    with pytest.raises(AttributeError, match="has no check 'no_such_check'"):
        mlep.check.no_such_check  # noqa: B018


def test_a_check_needs_a_wrong_answer():
    with pytest.raises(ValueError, match="at least one wrong answer"):
        exercise(wrong=[])


def test_close_uses_the_tolerance_it_is_given():
    close = mlep.check.close
    assert not close(0.918, 0.921, abs_=0.001), "a default relative tolerance must not widen an absolute one"
    assert close(0.9205, 0.921, abs_=0.001)
    assert close(101, 100, rel=0.02) and not close(103, 100, rel=0.02)
    assert close(100.5, 100) and not close(102, 100), "1% when no tolerance is given"
    assert close(0.5, 100, rel=0.0, abs_=100) and not close(0.5, 100, rel=0.01, abs_=0.1)

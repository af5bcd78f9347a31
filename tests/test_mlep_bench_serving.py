import json
import time
import urllib.request

import pytest

from mlep import bench, serving


def test_timeit_measures_the_median():
    timing = bench.timeit(lambda: time.sleep(0.01), repeats=5)
    assert len(timing.times) == 5
    assert 0.009 < timing.median < 0.05
    assert "ms" in str(timing)


def test_timeit_rejects_bad_input():
    with pytest.raises(TypeError, match="callable"):
        bench.timeit(42)
    with pytest.raises(ValueError, match="repeats"):
        bench.timeit(lambda: None, repeats=0)


def make_app():
    from fastapi import FastAPI

    app = FastAPI()

    @app.get("/health")
    def health():
        return {"status": "ok"}

    return app


def test_serve_answers_then_shuts_down():
    with serving.serve(make_app()) as url:
        assert url.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(url + "/health") as response:
            assert json.load(response) == {"status": "ok"}
    with pytest.raises(OSError):
        urllib.request.urlopen(url + "/health", timeout=1)


def test_serve_rejects_a_non_app():
    with pytest.raises(TypeError, match="ASGI"), serving.serve("not an app"):
        pass


def test_timeit_together_runs_in_turns_and_per_name_counts():
    order = []
    timings = bench.timeit_together(
        {"a": lambda: order.append("a"), "b": lambda: order.append("b")}, repeats=3, warmup=0, number={"a": 2}
    )
    assert order == ["a", "a", "b"] * 3, "each round should time every function once, in turns"
    assert set(timings) == {"a", "b"} and all(len(t.times) == 3 for t in timings.values())


def test_slowdown_is_conservative_when_noisy():
    fast = bench.Timing((1.0, 1.0, 2.0, 2.0, 3.0))
    slow = bench.Timing((2.0, 2.0, 4.0, 4.0, 6.0))
    ratio = bench.slowdown(slow, fast)
    assert ratio.median == 2.0 and ratio.conservative == 1.0  # q1 of slow (2) over q3 of fast (2)
    assert bench.slowdown(slow, fast).conservative < ratio.median
    assert fast.per(2).median == 1.0 and fast.quartiles == (1.0, 2.0)


@pytest.mark.parametrize(
    "functions, kwargs, error",
    [
        ({}, {}, TypeError),
        ({"a": 3}, {}, TypeError),
        ({"a": print}, {"number": {"b": 2}}, ValueError),
        ({"a": print}, {"repeats": 0}, ValueError),
        ({"a": print}, {"number": 0}, ValueError),
    ],
)
def test_timeit_together_rejects_bad_input(functions, kwargs, error):
    with pytest.raises(error):
        bench.timeit_together(functions, **kwargs)

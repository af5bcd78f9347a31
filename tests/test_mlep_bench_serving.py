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

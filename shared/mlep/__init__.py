"""Helpers shared by the MLEP companion notebooks.

Import is cheap: submodules (``mlep.data``, ``mlep.monitoring``, ``mlep.serving``,
``mlep.bench``) load their heavy dependencies only when used.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.util
import os
import random
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.machinery import ModuleSpec
from types import ModuleType

SUBMODULES = ("bench", "check", "data", "monitoring", "offline", "serving", "stats", "tracking")
__all__ = ["setup", "under_test", "verbose", *SUBMODULES]


def __getattr__(name: str) -> ModuleType:
    """Load ``mlep.data`` and friends on first use, so ``import mlep`` stays fast."""
    if name in SUBMODULES:
        return importlib.import_module(f"mlep.{name}")
    raise AttributeError(f"module 'mlep' has no attribute {name!r}; submodules are {SUBMODULES}")


def setup(seed: int = 0) -> None:
    """Make a notebook reproducible and quiet.

    Seeds Python and NumPy, sets one plot style and pandas display options, and
    quiets warnings noise. TensorFlow is not imported here: a notebook that never
    uses it does not pay for it. The first ``import tensorflow`` (direct, or by
    Keras, tf.Transform or TFMA) is seeded, made op-deterministic and quiet
    before it returns.
    """
    if not isinstance(seed, int) or seed < 0:
        raise ValueError(f"seed must be a non-negative int, got {seed!r}")
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")  # C++ notes would land in stored stderr
    os.environ.setdefault("DO_NOT_TRACK", "1")  # no usage telemetry (MLflow and others honour it)
    os.environ.setdefault("MLFLOW_DISABLE_TELEMETRY", "true")
    os.environ.setdefault("MLFLOW_ENABLE_ARTIFACTS_PROGRESS_BAR", "false")
    os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")
    random.seed(seed)
    _seed_numpy(seed)
    _quiet_warnings()
    _seed_tensorflow_on_import(seed)
    _style_plots()
    _style_pandas()


def under_test() -> bool:
    """True when the test harness (``make test``, ``make execute``, ``make bench``) runs the notebook."""
    return os.environ.get("MLEP_OFFLINE") == "1"


def verbose() -> int:
    """A Keras ``verbose=`` value: progress bars for a person, quiet under the test harness."""
    return 0 if under_test() else 1


def _seed_numpy(seed: int) -> None:
    import numpy as np

    np.random.seed(seed)


@contextmanager
def _silent_stderr() -> Iterator[None]:
    """Send file descriptor 2 to /dev/null: TensorFlow's C++ start-up notes bypass Python."""
    saved = os.dup(2)
    with open(os.devnull, "w") as devnull:
        os.dup2(devnull.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)


def _quiet_warnings() -> None:
    import warnings

    warnings.filterwarnings("ignore", category=DeprecationWarning)
    warnings.filterwarnings("ignore", category=FutureWarning)
    warnings.filterwarnings("ignore", message="IProgress not found")  # tqdm without ipywidgets


def _configure_tensorflow(tf: ModuleType, seed: int) -> None:
    """Seed TensorFlow, turn on op determinism, quiet its loggers; honour MLEP_THREADS."""
    import logging

    import absl.logging

    if threads := int(os.environ.get("MLEP_THREADS", "0")):
        tf.config.threading.set_intra_op_parallelism_threads(threads)
        tf.config.threading.set_inter_op_parallelism_threads(threads)
    tf.random.set_seed(seed)
    tf.config.experimental.enable_op_determinism()
    tf.get_logger().setLevel(logging.ERROR)
    absl.logging.set_verbosity(absl.logging.ERROR)


def _seed_keras(keras: ModuleType, seed: int) -> None:
    """Seed Keras 3's own generator (weight initializers, dropout), leaving Python's and NumPy's streams alone."""
    import numpy as np

    python_state, numpy_state = random.getstate(), np.random.get_state()
    keras.utils.set_random_seed(seed)
    random.setstate(python_state)
    np.random.set_state(numpy_state)


def _quiet_beam(beam: ModuleType, seed: int) -> None:
    """Quiet Beam's notes about workers and optional extras; in a notebook, start Beam's
    interactive environment now, with its display captured: left to itself it would store a
    script that fetches jQuery from a CDN in the first cell that runs a pipeline."""
    import logging

    logging.getLogger("apache_beam").setLevel(logging.ERROR)
    ipython = sys.modules.get("IPython")
    if ipython is not None and ipython.get_ipython() is not None:
        from apache_beam.runners.interactive import interactive_environment
        from IPython.utils.capture import capture_output

        with capture_output():
            interactive_environment.current_env()


_ON_IMPORT = {"tensorflow": _configure_tensorflow, "keras": _seed_keras, "apache_beam": _quiet_beam}


class _ImportHook(importlib.abc.MetaPathFinder):
    """Configures TensorFlow, Keras and Beam right after their first import, wherever that import happens."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.waiting = {name for name in _ON_IMPORT if name not in sys.modules}

    def find_spec(self, name: str, path: object = None, target: object = None) -> ModuleSpec | None:
        if name not in self.waiting:
            return None
        self.waiting.discard(name)
        if not self.waiting:
            sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)  # the real spec: this hook no longer answers for name
        if spec is None or spec.loader is None:
            return spec
        load, configure, seed = spec.loader.exec_module, _ON_IMPORT[name], self.seed

        def exec_module(module: ModuleType) -> None:
            with _silent_stderr():  # TensorFlow's C++ start-up notes bypass Python's logging
                load(module)
            configure(module, seed)

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def _seed_tensorflow_on_import(seed: int) -> None:
    """Configure TensorFlow, Keras and Beam now if already imported, else at their first import."""
    sys.meta_path[:] = [f for f in sys.meta_path if not isinstance(f, _ImportHook)]
    for name, configure in _ON_IMPORT.items():
        if name in sys.modules:
            configure(sys.modules[name], seed)
    hook = _ImportHook(seed)
    if hook.waiting:
        sys.meta_path.insert(0, hook)


def _style_plots() -> None:
    import matplotlib as mpl

    mpl.rcParams.update(
        {
            "figure.figsize": (6.4, 3.6),
            "figure.dpi": 72,
            "axes.grid": True,
            "grid.alpha": 0.3,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "legend.frameon": False,
        }
    )


def _style_pandas() -> None:
    import pandas as pd

    pd.set_option("display.precision", 3)
    pd.set_option("display.max_columns", 20)
    pd.set_option("display.width", 100)

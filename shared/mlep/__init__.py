"""Helpers shared by the MLEP companion notebooks.

Import is cheap: submodules (``mlep.data``, ``mlep.monitoring``, ``mlep.serving``,
``mlep.bench``) load their heavy dependencies only when used.
"""

from __future__ import annotations

import importlib
import os
import random
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType

SUBMODULES = ("bench", "data", "monitoring", "offline", "serving")
__all__ = ["setup", "under_test", "verbose", *SUBMODULES]


def __getattr__(name: str) -> ModuleType:
    """Load ``mlep.data`` and friends on first use, so ``import mlep`` stays fast."""
    if name in SUBMODULES:
        return importlib.import_module(f"mlep.{name}")
    raise AttributeError(f"module 'mlep' has no attribute {name!r}; submodules are {SUBMODULES}")


def setup(seed: int = 0) -> None:
    """Make a notebook reproducible and quiet.

    Seeds Python, NumPy and TensorFlow, turns on TensorFlow op determinism,
    silences TensorFlow/absl logs and warnings noise, and sets one plot style
    and pandas display options.
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
    _seed_tensorflow(seed)
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


def _seed_tensorflow(seed: int) -> None:
    import logging
    import warnings

    import absl.logging

    with _silent_stderr():
        import tensorflow as tf

    tf.keras.utils.set_random_seed(seed)
    tf.config.experimental.enable_op_determinism()
    tf.get_logger().setLevel(logging.ERROR)
    absl.logging.set_verbosity(absl.logging.ERROR)
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    warnings.filterwarnings("ignore", category=FutureWarning)
    warnings.filterwarnings("ignore", message="IProgress not found")  # tqdm without ipywidgets


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

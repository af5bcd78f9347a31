"""mlep.setup: cheap without TensorFlow; TensorFlow and Keras seeded and deterministic at first import."""

import json
import os
import subprocess
import sys

from tests.notebooks import THREAD_VARS, thread_env

AFTER_SETUP = "import sys, json, mlep\nmlep.setup()\n"


def python(code: str, **env: str) -> dict:
    """Run ``code`` in a fresh interpreter; it prints one JSON line, returned here."""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, env={**os.environ, **env}
    )
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_setup_does_not_import_tensorflow():
    found = python(AFTER_SETUP + "print(json.dumps(sorted(m for m in ('tensorflow', 'keras') if m in sys.modules)))")
    assert found == []


DRAW = AFTER_SETUP + (
    "import keras\nimport tensorflow as tf\nfrom tensorflow.python.framework import config\n"
    "layer = keras.layers.Dense(3)\nlayer.build((None, 2))\n"
    "print(json.dumps({'tf': tf.random.normal([4]).numpy().tolist(),"
    " 'init': layer.kernel.numpy().ravel().tolist(),"
    " 'deterministic': config.is_op_determinism_enabled(),"
    " 'threads': tf.config.threading.get_intra_op_parallelism_threads()}))"
)


def test_first_tensorflow_import_is_seeded_and_deterministic():
    first, second = python(DRAW), python(DRAW)
    assert first == second, "two fresh processes drew different tensors or initial weights"
    assert first["deterministic"]
    other_seed = python(DRAW.replace("mlep.setup()", "mlep.setup(seed=1)"))
    assert other_seed["tf"] != first["tf"] and other_seed["init"] != first["init"], "the seed changed nothing"


def test_keras_seeding_leaves_numpy_stream_alone():
    code = AFTER_SETUP + "import numpy as np\na = np.random.rand()\nimport keras\nb = np.random.rand()\n"
    code += "np.random.seed(0)\nprint(json.dumps([a, b, np.random.rand(2).tolist()]))"
    a, b, reference = python(code)
    assert [a, b] == reference, "importing keras re-seeded NumPy's global stream"


def test_mlep_threads_reaches_tensorflow():
    assert python(DRAW, MLEP_THREADS="1")["threads"] == 1


def test_thread_limit_is_one_whatever_the_workers():
    assert thread_env() == dict.fromkeys(THREAD_VARS, "1")


def test_test_kernels_get_the_limits():
    """This process runs under the harness: its BLAS pool (and so its kernels', which inherit the env) has one
    thread, as under ``make execute``, with or without xdist workers."""
    code = "import json, numpy, threadpoolctl\n"
    code += "print(json.dumps([p['num_threads'] for p in threadpoolctl.threadpool_info()]))"
    assert set(python(code)) == {1}


def test_beam_is_quiet_at_first_import():
    code = AFTER_SETUP + "import logging, apache_beam\nprint(json.dumps(logging.getLogger('apache_beam').level))"
    assert python(code) == 40, "Beam's logger should be at ERROR after mlep.setup() and import apache_beam"


def test_beam_interactive_environment_starts_captured_in_a_notebook():
    code = (
        "import json, sys\nfrom IPython.core.interactiveshell import InteractiveShell\nInteractiveShell.instance()\n"
        "import mlep\nmlep.setup()\nimport apache_beam\n"
        "from apache_beam.runners.interactive import interactive_environment as env\n"
        "print(json.dumps(env._interactive_beam_env is not None))"
    )
    assert python(code), "in an IPython kernel, Beam's interactive environment should start at import"
    assert not python(code.replace("mlep.setup()", "pass")), "without mlep it should not"

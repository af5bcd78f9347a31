"""The test harness, a pytest plugin (pyproject's ``-p tests.harness``), so it holds for any path pytest is given:
the offline guard and thread limits for this process and every process it starts, notebook kernels included."""

import os

from mlep import offline
from tests.notebooks import offline_env, thread_env

os.environ.update(offline_env(dict(os.environ)) | thread_env())
offline.install()


def pytest_collection_modifyitems(items):
    """Leave stderr out of nbval's output comparisons: TensorFlow and absl write notes there."""
    for item in items:
        notebook = item.parent
        if hasattr(notebook, "skip_compare") and "stderr" not in notebook.skip_compare:
            notebook.skip_compare += ("stderr",)

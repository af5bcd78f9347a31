"""Test-wide setup: the offline guard for this process and every process it starts."""

import os

from mlep import offline
from tests.notebooks import offline_env

os.environ.update(offline_env(dict(os.environ)))
offline.install()

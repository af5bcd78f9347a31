"""Loaded by every Python process the tests start (PYTHONPATH): the offline guard."""

import os

if os.environ.get("MLEP_OFFLINE") == "1":
    from mlep.offline import install

    install()

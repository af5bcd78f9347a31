"""A throw-away MLflow tracking store, so that a notebook leaves nothing on disk."""

from __future__ import annotations

import logging
import re
import tempfile
import warnings
from pathlib import Path
from types import TracebackType


class TemporaryStore:
    """An MLflow tracking store in a temporary folder, made the active one.

    Run metadata go to a SQLite database (``mlflow.db``) and files to an
    ``artifacts`` folder beside it. Creating the store makes one experiment and
    selects it, so ``mlflow.start_run()`` logs there. ``cleanup()`` (or leaving a
    ``with`` block) deletes the folder and restores the previous tracking URI.
    On a team the same code points at a shared tracking server: only the URI
    changes.
    """

    def __init__(self, experiment: str) -> None:
        if not isinstance(experiment, str) or not re.fullmatch(r"[\w.\- ]{1,100}", experiment):
            raise ValueError(
                f"experiment must be a name of 1-100 letters, digits, spaces, '.', '-' or '_'; got {experiment!r}"
            )
        import mlflow

        logging.getLogger("mlflow").setLevel(logging.WARNING)  # start-up and migration notes
        warnings.filterwarnings("ignore", message="Hint: Inferred schema contains integer")
        # a local path matches two equivalent dataset-source resolvers; MLflow takes the first, as wanted
        warnings.filterwarnings("ignore", message="The specified dataset source can be interpreted in multiple ways")
        self._folder = tempfile.TemporaryDirectory(prefix="mlflow-")
        self._previous_uri = mlflow.get_tracking_uri()
        self.path = Path(self._folder.name)
        self.uri = f"sqlite:///{self.path / 'mlflow.db'}"
        mlflow.set_tracking_uri(self.uri)
        self.experiment_id: str = mlflow.create_experiment(experiment, artifact_location=str(self.path / "artifacts"))
        mlflow.set_experiment(experiment_id=self.experiment_id)

    def cleanup(self) -> None:
        """End any active run, delete the folder and restore the previous tracking URI."""
        import mlflow

        while mlflow.active_run():
            mlflow.end_run()
        mlflow.set_tracking_uri(self._previous_uri)
        self._folder.cleanup()

    def __enter__(self) -> TemporaryStore:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.cleanup()


def temporary_store(experiment: str) -> TemporaryStore:
    """A fresh MLflow store in a temporary folder with one experiment, active until ``cleanup()``.

    >>> store = temporary_store("digits-sweep")     # doctest: +SKIP
    >>> with mlflow.start_run(): ...                # logs into the store
    >>> store.cleanup()                             # nothing remains on disk
    """
    return TemporaryStore(experiment)

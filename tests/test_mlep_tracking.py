import mlflow
import pytest

from mlep.tracking import temporary_store


def test_store_logs_runs_and_leaves_nothing_behind():
    before = mlflow.get_tracking_uri()
    with temporary_store("unit-test") as store:
        assert mlflow.get_tracking_uri() == store.uri != before
        with mlflow.start_run() as run:
            mlflow.log_param("alpha", 0.1)
            mlflow.log_text("hello", "notes/hello.txt")
        found = mlflow.search_runs([store.experiment_id])
        assert found.run_id.tolist() == [run.info.run_id] and found["params.alpha"].tolist() == ["0.1"]
        assert (store.path / "artifacts").is_dir() and (store.path / "mlflow.db").is_file()
        mlflow.start_run()  # left open: cleanup must end it
    assert not store.path.exists() and mlflow.active_run() is None
    assert mlflow.get_tracking_uri() == before


def test_two_stores_are_independent():
    with temporary_store("first") as first, temporary_store("second") as second:
        assert first.path != second.path and mlflow.get_tracking_uri() == second.uri


@pytest.mark.parametrize("name", ["", "a/b", "x" * 101, 3])
def test_bad_experiment_name_says_what_is_wrong(name):
    with pytest.raises(ValueError, match="experiment must be a name"):
        temporary_store(name)
